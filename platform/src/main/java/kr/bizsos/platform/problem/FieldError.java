package kr.bizsos.platform.problem;

/** One invalid field: its JSON name and a Korean message a person can act on. */
public record FieldError(String field, String message) {
}
