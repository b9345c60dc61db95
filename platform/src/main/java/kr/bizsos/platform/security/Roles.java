package kr.bizsos.platform.security;

/** The roles a bizsos token carries in its {@code groups} claim. */
public final class Roles {

    /** System administrator: reference data, users, routing rules, holidays. */
    public static final String ADMIN = "ADMIN";
    /** 기업지원과 staff who coordinate the programme across departments. */
    public static final String COORDINATOR = "COORDINATOR";
    /** An officer of a 소관부서; the token names the department. */
    public static final String OFFICER = "OFFICER";
    /** A company user; the token names the company. */
    public static final String COMPANY = "COMPANY";
    /**
     * A partner agency's system, calling through the gateway's Open311 API with an API key; the
     * gateway's token for it names the agency.
     */
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }
}
