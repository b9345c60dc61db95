package kr.bizsos.gateway.open311;

import jakarta.ws.rs.core.MediaType;

/** The two response formats of GeoReport v2, chosen by the path's extension. */
public enum Format {
    XML("text/xml; charset=utf-8"),
    JSON("application/json; charset=utf-8");

    private final MediaType mediaType;

    Format(String mediaType) {
        this.mediaType = MediaType.valueOf(mediaType);
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** {@code json} or {@code xml}; anything else is not an endpoint (404, in XML, the required format). */
    public static Format of(String extension) {
        return switch (extension) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new Open311Exception(XML, 404, "지원하지 않는 형식입니다: ." + extension + " (xml 또는 json)");
        };
    }
}
