package kr.bizsos.meetings;

import java.util.Arrays;

/**
 * The labels of grievance-service's statuses and answer results, for showing a raised item's
 * progress. Codes are kept as received, so a status added there later still shows (by its code).
 */
public final class GrievanceProgress {

    /** Shown while the grievance for a raised item has not been received yet. */
    public static final String AWAITING_LABEL = "접수 대기";

    private GrievanceProgress() {
    }

    enum Status {
        RECEIVED("접수"), ASSIGNED("배정"), IN_PROGRESS("처리중"), TRANSFERRED("이송"), ANSWERED("처리완료"),
        CLOSED("종결"), REOPENED("재개");

        final String label;

        Status(String label) {
            this.label = label;
        }
    }

    enum Answer {
        ACCEPTED("수용"), PARTIALLY_ACCEPTED("일부수용"), NOT_ACCEPTED("불수용"), LONG_TERM_REVIEW("장기검토");

        final String label;

        Answer(String label) {
            this.label = label;
        }
    }

    public static String statusLabel(String code) {
        if (code == null) {
            return AWAITING_LABEL;
        }
        return Arrays.stream(Status.values()).filter(s -> s.name().equals(code)).findFirst()
                .map(s -> s.label).orElse(code);
    }

    public static String answerLabel(String code) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(Answer.values()).filter(a -> a.name().equals(code)).findFirst()
                .map(a -> a.label).orElse(code);
    }
}
