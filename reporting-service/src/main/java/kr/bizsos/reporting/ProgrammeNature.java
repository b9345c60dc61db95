package kr.bizsos.reporting;

/** 성격: a new programme is being built up; a continuing one is an operation that runs on. */
public enum ProgrammeNature implements Labelled {
    NEW("신규"),
    CONTINUING("계속");

    private final String label;

    ProgrammeNature(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
