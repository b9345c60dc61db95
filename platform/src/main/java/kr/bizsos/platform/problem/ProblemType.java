package kr.bizsos.platform.problem;

/** The kinds of failure a bizsos API reports, with their HTTP status and Korean title. */
public enum ProblemType {
    VALIDATION("validation", 400, "입력값이 올바르지 않습니다"),
    MALFORMED_REQUEST("malformed-request", 400, "요청 형식이 올바르지 않습니다"),
    UNAUTHORIZED("unauthorized", 401, "로그인이 필요합니다"),
    FORBIDDEN("forbidden", 403, "권한이 없습니다"),
    NOT_FOUND("not-found", 404, "찾을 수 없습니다"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "허용되지 않는 요청 방식입니다"),
    CONFLICT("conflict", 409, "현재 상태에서 처리할 수 없습니다"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "요청 본문이 너무 큽니다"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "지원하지 않는 형식입니다"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "요청이 너무 많습니다"),
    INTERNAL("internal", 500, "서버 오류가 발생했습니다"),
    BAD_GATEWAY("bad-gateway", 502, "연계 서비스에 연결할 수 없습니다"),
    UNAVAILABLE("unavailable", 503, "서비스를 일시적으로 사용할 수 없습니다"),
    GATEWAY_TIMEOUT("gateway-timeout", 504, "연계 서비스의 응답이 지연되고 있습니다");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
