package kr.bizsos.meetings;

/** Who a participant is: a department (부서), a partner agency (유관기관) or a company (기업). */
public enum ParticipantType {
    DEPARTMENT("부서"),
    PARTNER_AGENCY("유관기관"),
    COMPANY("기업");

    private final String label;

    ParticipantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
