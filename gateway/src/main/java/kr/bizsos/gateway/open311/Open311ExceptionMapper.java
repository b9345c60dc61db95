package kr.bizsos.gateway.open311;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Open311 errors leave in the spec's format, not as problem+json. */
public class Open311ExceptionMapper {

    private final Open311Writer writer;

    Open311ExceptionMapper(Open311Writer writer) {
        this.writer = writer;
    }

    @ServerExceptionMapper
    public Response map(Open311Exception e) {
        return writer.error(e.format(), e.status(), e.getMessage());
    }
}
