package kr.bizsos.meetings;

/** 기업 규모. */
public enum CompanySize {
    SMALL_BUSINESS("소상공인"),
    SME("중소기업"),
    MIDSIZE("중견기업"),
    LARGE("대기업");

    private final String label;

    CompanySize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
