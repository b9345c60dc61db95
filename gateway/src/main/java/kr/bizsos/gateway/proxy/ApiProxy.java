package kr.bizsos.gateway.proxy;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Forwards {@code /api/<name>/**} and {@code /openapi/<name>} to the service configured as
 * {@code bizsos.routes.<name>}. Mounted on Quarkus' router after its own filters (request id,
 * body limit, CORS) and before Quarkus REST, which never sees these requests; bodies stream through.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    static final int ORDER = 1;

    private final RouteConfig config;
    private HttpClient client;

    ApiProxy(RouteConfig config) {
        this.config = config;
    }

    void install(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(50).setKeepAlive(true));
        config.routes().forEach((name, route) -> {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(new Origin(route))
                    .addInterceptor(new UpstreamFailures(name))
                    .addInterceptor(new UpstreamExchange());
            Handler<RoutingContext> forward = ctx -> {
                AccessLog.track(ctx, name);
                proxy.handle(ctx.request());
            };
            router.route("/api/" + name + "/*").order(ORDER).handler(forward);
            router.route(UpstreamExchange.OPENAPI_PREFIX + name).order(ORDER).handler(forward);
            LOG.infof("route /api/%s/** and /openapi/%s -> %s", name, name, route.url());
        });
    }

    void close(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
        }
    }
}
