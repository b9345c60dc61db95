package kr.bizsos.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for grievance-service: it answers every request with a JSON
 * description of what reached it (so tests assert on what the gateway forwarded), with the status
 * asked for in the {@code status} query parameter; {@code /api/grievances/slow} never answers.
 */
public class FakeService implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (request.path().startsWith("/api/grievances/slow")) {
                return;
            }
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("municipality", request.getParam("municipality"))
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("contentType", request.getHeader("Content-Type"))
                    .put("expect", request.getHeader("Expect"))
                    .put("bodyLength", body.length())
                    .put("bodySha256", sha256(body.getBytes()));
            String status = request.getParam("status");
            request.response()
                    .setStatusCode(status == null ? 200 : Integer.parseInt(status))
                    .putHeader("Content-Type", "application/json")
                    // what a service of its own would add; the gateway must not pass these on
                    .putHeader("X-Request-Id", "set-by-the-service")
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .end(echo.encode());
        }));
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("fake grievance-service did not start", e);
        }
        return Map.of("bizsos.routes.grievances.url", "http://127.0.0.1:" + server.actualPort());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
