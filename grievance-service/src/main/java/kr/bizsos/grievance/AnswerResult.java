package kr.bizsos.grievance;

/** 수용 / 일부수용 / 불수용 / 장기검토. */
public enum AnswerResult {
    ACCEPTED("수용"),
    PARTIALLY_ACCEPTED("일부수용"),
    NOT_ACCEPTED("불수용"),
    LONG_TERM_REVIEW("장기검토");

    private final String label;

    AnswerResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
