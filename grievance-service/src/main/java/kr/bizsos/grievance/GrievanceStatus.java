package kr.bizsos.grievance;

/** 접수 · 배정 · 처리중 · 이송 · 처리완료 · 종결 · 재개. */
public enum GrievanceStatus {
    RECEIVED("접수"),
    ASSIGNED("배정"),
    IN_PROGRESS("처리중"),
    TRANSFERRED("이송"),
    ANSWERED("처리완료"),
    CLOSED("종결"),
    REOPENED("재개");

    private final String label;

    GrievanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
