package kr.bizsos.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;
import java.util.concurrent.TimeoutException;
import kr.bizsos.platform.problem.Problem;
import kr.bizsos.platform.problem.ProblemType;
import kr.bizsos.platform.web.RequestIds;
import org.jboss.logging.Logger;

/**
 * Answers for a service that cannot: 502 when it cannot be reached, 504 when it was reached but
 * did not answer in time. Both as problem+json, where the proxy alone would send an empty 502.
 */
final class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String service;

    UpstreamFailures(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            boolean connected = Boolean.TRUE.equals(context.get(Origin.CONNECTED, Boolean.class));
            boolean timedOut = connected && failure instanceof TimeoutException;
            LOG.warnf("%s service %s: %s", service, timedOut ? "timed out" : "unreachable", failure.toString());
            Problem problem = timedOut
                    ? Problem.of(ProblemType.GATEWAY_TIMEOUT,
                            "연계 서비스(" + service + ")의 응답이 지연되고 있습니다. 잠시 후 다시 시도해 주세요.", List.of())
                    : Problem.of(ProblemType.BAD_GATEWAY,
                            "연계 서비스(" + service + ")에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.", List.of());
            String requestId = context.request().proxiedRequest().response().headers().get(RequestIds.HEADER);
            Buffer body = Buffer.buffer(Json.encode(problem.at(context.request().proxiedRequest().path(), requestId)));
            return Future.succeededFuture(context.request().release().response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .setBody(Body.body(body)));
        });
    }
}
