package kr.bizsos.grievance;

/** How a grievance reached us. */
public enum Channel {
    WEB("온라인"),
    MEETING("간담회"),
    VISIT("현장방문"),
    PHONE("전화"),
    PARTNER("유관기관");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
