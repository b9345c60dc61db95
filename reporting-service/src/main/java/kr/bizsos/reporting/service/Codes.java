package kr.bizsos.reporting.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.bizsos.platform.region.Municipality;

/**
 * The codes other services put in their events, with the Korean labels reports show. Reporting
 * treats them as data: an unknown code is counted under its own name, not refused.
 */
public final class Codes {

    private Codes() {
    }

    /** grievance-service's GrievanceStatus. */
    public static final Map<String, String> GRIEVANCE_STATUSES = ordered(
            "RECEIVED", "접수", "ASSIGNED", "배정", "IN_PROGRESS", "처리중", "TRANSFERRED", "이송",
            "ANSWERED", "처리완료", "CLOSED", "종결", "REOPENED", "재개");

    /** grievance-service's GrievanceKind. */
    public static final Map<String, String> GRIEVANCE_KINDS = ordered(
            "COMPLAINT", "애로(고충)", "SUGGESTION", "건의", "LEGAL_QUESTION", "법령 질의",
            "PROCEDURE_QUESTION", "제도·절차 질의", "OTHER", "기타");

    /** grievance-service's categories (분야). */
    public static final Map<String, String> CATEGORIES = ordered(
            "FUNDING", "자금", "SALES", "판로", "EXPORT", "수출", "MANPOWER", "인력", "REGULATION", "규제·인허가",
            "SITE", "입지·인프라", "TECHNOLOGY", "기술·R&D", "TAX", "세제", "OTHER", "기타");

    /** The departments grievance-service and meetings-service know. */
    public static final Map<String, String> DEPARTMENTS = ordered(
            "ENTERPRISE_SUPPORT", "기업지원과", "ENTERPRISE_ECONOMY", "기업경제과 기업SOS팀", "INVESTMENT", "투자유치과",
            "EXPORT_TRADE", "국제통상과", "JOBS", "일자리과", "INDUSTRY_LOCATION", "산업입지과",
            "BIO_INDUSTRY", "바이오산업과", "FINANCE_TAX", "세정과", "SCIENCE_TECH", "과학기술과",
            "ECONOMIC_POLICY", "경제정책과", "SMALL_BUSINESS", "소상공인과");

    /** meetings-service's meeting kinds as seeded; an ADMIN there may add more. */
    public static final Map<String, String> MEETING_KINDS = ordered(
            "FIELD_STRATEGY", "맞춤형 기업지원 간담회·현장전략회의", "AD_HOC", "기타·분야별 간담회",
            "SITE_VISIT", "시장·도지사 현장방문", "COMMUNICATION_DAY", "기업소통 DAY",
            "ONE_STOP", "원스톱 처리 회의·기동반", "BRIEFING", "설명회·상담회");

    public static String municipality(String code) {
        return Municipality.parse(code).map(Municipality::shortName).orElse(code);
    }

    public static String label(Map<String, String> labels, String code) {
        return code == null ? "미지정" : labels.getOrDefault(code, code);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
