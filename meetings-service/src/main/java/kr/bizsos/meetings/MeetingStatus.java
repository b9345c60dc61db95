package kr.bizsos.meetings;

/** 계획 → 확정 → 개최, or 취소 from 계획/확정. */
public enum MeetingStatus {
    PLANNED("계획"),
    CONFIRMED("확정"),
    HELD("개최"),
    CANCELLED("취소");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
