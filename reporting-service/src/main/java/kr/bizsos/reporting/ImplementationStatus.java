package kr.bizsos.reporting;

/**
 * 이행구분: three groups (완료 · 추진중 · 미착수), two statuses each, as in the seeds' grid.
 * How each is derived is written down in {@link kr.bizsos.reporting.service.ImplementationRules}.
 */
public enum ImplementationStatus implements Labelled {
    COMPLETED_ENDED(Group.COMPLETED, "종료"),
    COMPLETED_CONTINUING(Group.COMPLETED, "지속추진"),
    IN_PROGRESS_NORMAL(Group.IN_PROGRESS, "정상"),
    IN_PROGRESS_LAGGING(Group.IN_PROGRESS, "부진"),
    NOT_STARTED_REVIEWING(Group.NOT_STARTED, "검토중"),
    NOT_STARTED_NOT_DUE(Group.NOT_STARTED, "시기미도래");

    /** The grid's upper header. */
    public enum Group implements Labelled {
        COMPLETED("완료"),
        IN_PROGRESS("추진중"),
        NOT_STARTED("미착수");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private final Group group;
    private final String label;

    ImplementationStatus(Group group, String label) {
        this.group = group;
        this.label = label;
    }

    public Group group() {
        return group;
    }

    @Override
    public String label() {
        return label;
    }
}
