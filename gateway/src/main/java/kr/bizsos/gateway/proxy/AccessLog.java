package kr.bizsos.gateway.proxy;

import io.vertx.ext.web.RoutingContext;
import kr.bizsos.platform.web.RequestIds;
import org.jboss.logging.Logger;

/**
 * One line per proxied request: method, path, status, duration, request id. Never headers, query
 * strings or bodies, which may carry tokens or personal data.
 */
final class AccessLog {

    private static final Logger LOG = Logger.getLogger("kr.bizsos.gateway.access");

    private AccessLog() {
    }

    static void track(RoutingContext ctx, String service) {
        long start = System.nanoTime();
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        String requestId = ctx.response().headers().get(RequestIds.HEADER);
        ctx.addEndHandler(done -> LOG.infof("proxy service=%s method=%s path=%s status=%d durationMs=%d requestId=%s%s",
                service, method, path, ctx.response().getStatusCode(), (System.nanoTime() - start) / 1_000_000,
                requestId, done.succeeded() ? "" : " aborted=true"));
    }
}
