package kr.bizsos.platform.web;

import org.jboss.logging.MDC;

/** The id that names one request across the gateway and the services, in logs and problems. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private RequestIds() {
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** Accepts a caller's id only if it is short and plain, so it cannot forge log lines. */
    public static boolean acceptable(String id) {
        return id != null && !id.isEmpty() && id.length() <= 64 && id.chars().allMatch(
                c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}
