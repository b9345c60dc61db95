package kr.bizsos.meetings;

/** The kind of a raised item; the same codes as a grievance's kind in grievance-service. */
public enum RaisedItemKind {
    COMPLAINT("애로(고충)"),
    SUGGESTION("건의"),
    LEGAL_QUESTION("법령 질의"),
    PROCEDURE_QUESTION("제도·절차 질의"),
    OTHER("기타");

    private final String label;

    RaisedItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
