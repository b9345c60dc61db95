package kr.bizsos.meetings;

/** How a participant came to the meeting: invited by staff, or registered by the company itself. */
public enum ParticipantOrigin {
    INVITED("초청"),
    REGISTERED("참가 신청");

    private final String label;

    ParticipantOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
