package kr.bizsos.grievance;

/** 기업애로의 유형; the kind decides the legal handling period. */
public enum GrievanceKind {
    COMPLAINT("애로(고충)"),
    SUGGESTION("건의"),
    LEGAL_QUESTION("법령 질의"),
    PROCEDURE_QUESTION("제도·절차 질의"),
    OTHER("기타");

    private final String label;

    GrievanceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
