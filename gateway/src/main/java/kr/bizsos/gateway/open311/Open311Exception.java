package kr.bizsos.gateway.open311;

/** An Open311 error: answered in the spec's error format, in the format that was asked for. */
public class Open311Exception extends RuntimeException {

    private final Format format;
    private final int status;

    public Open311Exception(Format format, int status, String description) {
        super(description);
        this.format = format;
        this.status = status;
    }

    public Format format() {
        return format;
    }

    public int status() {
        return status;
    }
}
