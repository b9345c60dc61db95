package kr.bizsos.grievance.service;

/** What can be done to a grievance; the API lists those the caller may do now as allowedActions. */
public enum Action {
    ASSIGN("배정"),
    START("처리 시작"),
    TRANSFER("이송"),
    EXTEND("기한 연장"),
    CONTRIBUTE("협조 의견"),
    ANSWER("답변"),
    RATE("만족도 평가"),
    CLOSE("종결"),
    REOPEN("재개");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
