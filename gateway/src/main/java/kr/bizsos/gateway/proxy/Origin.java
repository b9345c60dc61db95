package kr.bizsos.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import java.net.URI;

/**
 * Opens the request to one service with the route's timeouts, and notes on the proxy context
 * once the connection stands, so that a failure afterwards can be told apart from "service down".
 */
final class Origin implements OriginRequestProvider {

    static final String CONNECTED = "bizsos.connected";

    private final RequestOptions options;

    Origin(RouteConfig.Route route) {
        URI url = route.url();
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
        options = new RequestOptions()
                .setHost(url.getHost())
                .setPort(port)
                .setSsl(tls)
                .setConnectTimeout(route.connectTimeout().toMillis())
                .setIdleTimeout(route.timeout().toMillis());
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        return context.client().request(new RequestOptions(options))
                .onSuccess(request -> context.set(CONNECTED, Boolean.TRUE));
    }
}
