package kr.bizsos.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import kr.bizsos.platform.web.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem with a Korean detail. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message())
                .collect(Collectors.joining(", "));
        return respond(Problem.of(ProblemType.VALIDATION, detail, errors), uri);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.MALFORMED_REQUEST,
                "요청 본문이 올바른 JSON 형식이 아닙니다.", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response unmappable(JsonMappingException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    private Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            return respond(Problem.of(ProblemType.MALFORMED_REQUEST,
                    "요청 본문의 형식이 올바르지 않습니다.", List.of()), uri);
        }
        String message = e instanceof UnrecognizedPropertyException
                ? "알 수 없는 항목입니다."
                : e instanceof InvalidFormatException ife && ife.getTargetType() != null && ife.getTargetType().isEnum()
                        ? "허용되지 않는 값입니다."
                        : "값의 형식이 올바르지 않습니다.";
        return respond(Problem.of(ProblemType.VALIDATION, field + ": " + message,
                List.of(new FieldError(field, message))), uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.CONFLICT,
                "다른 사용자가 먼저 변경했습니다. 새로 고친 뒤 다시 시도해 주세요.", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.UNAUTHORIZED, "로그인이 필요하거나 인증 정보가 만료되었습니다.", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.UNAUTHORIZED, "인증 토큰이 올바르지 않거나 만료되었습니다.", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "이 작업을 수행할 권한이 없습니다.", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException parse) {
            return unparsable(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
        String detail = switch (type) {
            case NOT_FOUND -> "요청한 주소를 찾을 수 없습니다.";
            case METHOD_NOT_ALLOWED -> "이 주소에서 허용되지 않는 요청 방식입니다.";
            case UNSUPPORTED_MEDIA_TYPE -> "요청 본문의 형식(Content-Type)을 지원하지 않습니다. application/json으로 보내 주세요.";
            case PAYLOAD_TOO_LARGE -> "요청 본문은 1MiB를 넘을 수 없습니다.";
            case UNAUTHORIZED -> "로그인이 필요합니다.";
            case FORBIDDEN -> "이 작업을 수행할 권한이 없습니다.";
            case INTERNAL, UNAVAILABLE -> "잠시 후 다시 시도해 주세요.";
            default -> "요청을 처리할 수 없습니다. 요청 내용을 확인해 주세요.";
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(Problem.of(type, detail, List.of()), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return respond(Problem.of(ProblemType.INTERNAL,
                "요청을 처리하는 중 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.", List.of()), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return problem.at(uri == null ? null : uri.getPath(), RequestIds.current()).toResponse();
    }

    /** The JSON name of a violated field: the property path without method and parameter nodes. */
    static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? (parameter == null ? "body" : parameter) : field.toString();
    }
}
