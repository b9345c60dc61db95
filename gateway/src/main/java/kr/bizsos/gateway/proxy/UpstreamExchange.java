package kr.bizsos.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import kr.bizsos.platform.web.RequestIds;

/**
 * Shapes what crosses the gateway: the request goes on with the path and query unchanged (an
 * {@code /openapi/<name>} request becomes the service's {@code /q/openapi}) and with the request id
 * the gateway assigned, minus the {@code Expect} it has already met; the response comes back without the service's own request id and CORS
 * headers, which the gateway sets once for the browser.
 */
final class UpstreamExchange implements ProxyInterceptor {

    static final String OPENAPI_PREFIX = "/openapi/";

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        String uri = request.getURI();
        if (uri.startsWith(OPENAPI_PREFIX)) {
            int query = uri.indexOf('?');
            request.setURI("/q/openapi" + (query < 0 ? "" : uri.substring(query)));
        }
        String requestId = request.proxiedRequest().response().headers().get(RequestIds.HEADER);
        if (requestId != null) {
            request.putHeader(RequestIds.HEADER, requestId);
        }
        // The gateway has already answered "100 Continue" (handle-100-continue-automatically).
        request.headers().remove(HttpHeaders.EXPECT);
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        headers.remove(RequestIds.HEADER);
        headers.names().stream()
                .filter(name -> name.regionMatches(true, 0, "access-control-", 0, 15))
                .toList()
                .forEach(headers::remove);
        return context.sendResponse();
    }
}
