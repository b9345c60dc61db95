package kr.bizsos.meetings;

/** The field of a raised item; the same codes as grievance-service's categories. */
public enum RaisedItemCategory {
    FUNDING("자금"),
    SALES("판로"),
    EXPORT("수출"),
    MANPOWER("인력"),
    REGULATION("규제·인허가"),
    SITE("입지·인프라"),
    TECHNOLOGY("기술·R&D"),
    TAX("세제"),
    OTHER("기타");

    private final String label;

    RaisedItemCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
