package kr.bizsos.platform.security;

/** Names of the bizsos-specific claims in the gateway's tokens. */
public final class Claims {

    public static final String ISSUER = "bizsos-gateway";
    /** Display name of the user (Korean). */
    public static final String NAME = "name";
    /** Department code of an OFFICER (e.g. {@code ENTERPRISE_SUPPORT}). */
    public static final String DEPARTMENT = "department_id";
    /** 사업자등록번호 of a COMPANY user's company (10 digits). */
    public static final String COMPANY = "company_id";
    /** Code of a PARTNER's agency (e.g. {@code GW_CREDIT_GUARANTEE}). */
    public static final String PARTNER = "partner_id";

    private Claims() {
    }
}
