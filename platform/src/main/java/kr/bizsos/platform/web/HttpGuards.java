package kr.bizsos.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Runs before everything else on each HTTP request: names it with a request id (taken from the
 * gateway's X-Request-Id or made here) for the logs, and refuses a declared body over the limit
 * with a 413 problem before any of it is read.
 */
@ApplicationScoped
public class HttpGuards {

    private final long maxBodyBytes;

    HttpGuards(@ConfigProperty(name = "bizsos.http.max-body-bytes", defaultValue = "1048576") long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::guard);
    }

    void guard(RoutingContext ctx) {
        String id = ctx.request().getHeader(RequestIds.HEADER);
        if (!RequestIds.acceptable(id)) {
            id = UUID.randomUUID().toString();
            ctx.request().headers().set(RequestIds.HEADER, id);
        }
        MDC.put(RequestIds.MDC_KEY, id);
        ctx.response().putHeader(RequestIds.HEADER, id);
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "요청 본문은 " + (maxBodyBytes / 1024) + "KiB를 넘을 수 없습니다.", List.of())
                    .at(ctx.request().path(), id);
            ctx.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(io.vertx.core.json.Json.encode(problem));
            return;
        }
        ctx.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
