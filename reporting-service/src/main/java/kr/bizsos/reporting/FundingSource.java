package kr.bizsos.reporting;

/** 재원: where a budget line's money comes from, in the order the seeds' tables list them. */
public enum FundingSource implements Labelled {
    NATIONAL("국비"),
    PROVINCIAL("도비"),
    MUNICIPAL("시비"),
    OTHER("기타"),
    SELF_FUNDED("자부담");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
