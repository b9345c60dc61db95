package kr.bizsos.reporting;

/** 도민(시민)소통 types, in the column order of the seeds' 소통 실적 tables. */
public enum OutreachType implements Labelled {
    MEETING_HEARING("간담회·공청회"),
    SATISFACTION_SURVEY("만족도 조사"),
    EXPERT_ADVICE("민간전문가 자문"),
    PRESS("언론·방송"),
    SNS("SNS"),
    OTHER("기타");

    private final String label;

    OutreachType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
