package kr.bizsos.reporting;

/** 재원 구분 of a programme as a whole (the seeds' 사업구분 column). */
public enum FundingType implements Labelled {
    BUDGET("예산"),
    NON_BUDGET("비예산"),
    PRIVATE_INVESTMENT("민자"),
    MIXED("혼합");

    private final String label;

    FundingType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
