package kr.bizsos.grievance.deadline;

import kr.bizsos.grievance.GrievanceKind;

/**
 * The handling period the 민원 처리에 관한 법률 시행령 sets for a kind of grievance. A period of five
 * days or less is counted in working hours (eight a day) from receipt; a longer one in working
 * days, the first day included (법 제19조).
 */
public record LegalPeriod(int days, int hours) {

    public static LegalPeriod ofDays(int days) {
        return days <= 5 ? new LegalPeriod(0, days * 8) : new LegalPeriod(days, 0);
    }

    public static LegalPeriod ofHours(int hours) {
        return new LegalPeriod(0, hours);
    }

    /** 법령 질의 14일, 제도·절차 질의 7일, 건의 14일, 고충 7일, 기타 즉시(3근무시간). */
    public static LegalPeriod of(GrievanceKind kind) {
        return switch (kind) {
            case LEGAL_QUESTION, SUGGESTION -> ofDays(14);
            case PROCEDURE_QUESTION, COMPLAINT -> ofDays(7);
            case OTHER -> ofHours(3);
        };
    }

    public boolean inHours() {
        return hours > 0;
    }

    /** In Korean, e.g. 7일 or 3근무시간. */
    public String label() {
        return inHours() ? hours + "근무시간" : days + "일";
    }
}
