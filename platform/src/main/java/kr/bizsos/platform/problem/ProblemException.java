package kr.bizsos.platform.problem;

import java.util.List;

/** Thrown by business rules to answer with a problem; the transaction rolls back, nothing is stored. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.problem = Problem.of(type, detail, errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail, List.of());
    }

    /** A single invalid field: 400 whose detail names the field. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public Problem problem() {
        return problem;
    }
}
