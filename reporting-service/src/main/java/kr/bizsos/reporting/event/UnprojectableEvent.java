package kr.bizsos.reporting.event;

/** An event whose data can never be projected (a required field missing or malformed): skipped, never retried. */
public class UnprojectableEvent extends RuntimeException {

    public UnprojectableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
