package kr.bizsos.gateway.spa;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves the built SPA from a directory on disk. Hashed files under {@code /assets/} are cached
 * for a year; everything else is revalidated. A GET for a path that is no file and not an API path
 * gets index.html, so that client-side routes such as {@code /grievances/new} survive a reload.
 */
@ApplicationScoped
public class SpaRoutes {

    private static final Logger LOG = Logger.getLogger(SpaRoutes.class);
    /** After the API proxy (order 1); API paths pass on to Quarkus REST and the /q endpoints. */
    static final int ORDER = 2;
    private static final long ONE_YEAR = 365L * 24 * 60 * 60;
    /** Paths the SPA never owns: a miss there is a 404 from the API, never index.html. */
    static final List<String> SERVER_PATHS = List.of("/api", "/q", "/openapi", "/open311", "/.well-known", "/assets");

    static final String NOT_BUILT = """
            <!doctype html>
            <html lang="ko"><head><meta charset="utf-8"><title>기업SOS</title></head>
            <body><h1>기업SOS</h1>
            <p>화면(SPA)이 아직 빌드되지 않았습니다. <code>frontend</code>에서 <code>npm run build</code>를 실행한 뒤 게이트웨이를 다시 시작해 주세요.</p>
            <p>API 문서: <a href="/q/swagger-ui">/q/swagger-ui</a></p>
            </body></html>
            """;

    private final Path dir;

    SpaRoutes(@ConfigProperty(name = "bizsos.spa.dir", defaultValue = "../frontend/dist") Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    void install(@Observes Router router) {
        Path index = dir.resolve("index.html");
        if (!Files.isRegularFile(index)) {
            LOG.warnf("no SPA at %s: pages answer with a notice until it is built", dir);
            pages(router).handler(spaOnly(ctx -> ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(NOT_BUILT)));
            return;
        }
        LOG.infof("serving the SPA from %s", dir);
        router.route("/assets/*").order(ORDER).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(StaticHandler.create(FileSystemAccess.ROOT, dir.resolve("assets").toString())
                        .setCachingEnabled(true)
                        .setMaxAgeSeconds(ONE_YEAR)
                        .setDirectoryListing(false)
                        .setIncludeHidden(false));
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, dir.toString())
                .setCachingEnabled(true)
                .setDirectoryListing(false)
                .setIncludeHidden(false)
                .setIndexPage("index.html");
        pages(router).handler(spaOnly(ctx -> {
            // Files outside /assets/ keep their names across builds: the browser must revalidate.
            // (StaticHandler keeps a Cache-Control that is already set.)
            ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            files.handle(ctx);
        }));
        // Reached when no file matched: a client-side route.
        pages(router).handler(spaOnly(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .sendFile(index.toString())));
    }

    private static Route pages(Router router) {
        return router.route().order(ORDER).method(HttpMethod.GET).method(HttpMethod.HEAD);
    }

    private static Handler<RoutingContext> spaOnly(Handler<RoutingContext> handler) {
        return ctx -> {
            if (isServerPath(ctx.normalizedPath())) {
                ctx.next();
            } else {
                handler.handle(ctx);
            }
        };
    }

    static boolean isServerPath(String path) {
        return SERVER_PATHS.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
