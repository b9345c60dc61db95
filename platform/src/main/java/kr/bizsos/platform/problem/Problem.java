package kr.bizsos.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error response; {@code detail} is Korean. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_PREFIX = "urn:bizsos:problem:";

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + type.slug(), type.title(), type.status(), detail, null, null,
                errors == null ? List.of() : errors);
    }

    public Problem at(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
