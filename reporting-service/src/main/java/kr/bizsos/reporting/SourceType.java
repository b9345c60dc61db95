package kr.bizsos.reporting;

/** Where an indicator's yearly actual comes from. */
public enum SourceType implements Labelled {
    /** Meetings HELD in the year, optionally of given kinds, regular only, in given 시군, or linked to the programme. */
    MEETINGS_HELD("회의 개최 실적(자동)"),
    /** Grievances whose status is one of the given ones (default ANSWERED, CLOSED), counted in the year they were answered. */
    GRIEVANCES_HANDLED("기업애로 처리 실적(자동)"),
    /** Grievances received in the year. */
    GRIEVANCES_RECEIVED("기업애로 접수 실적(자동)"),
    /** Yearly actuals entered by staff. */
    MANUAL("직접 입력");

    private final String label;

    SourceType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
