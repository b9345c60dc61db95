package kr.bizsos.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Set;
import kr.bizsos.platform.security.Claims;
import kr.bizsos.platform.security.Roles;

/**
 * Signs tokens like the gateway's with the test key pair that services trust in their test
 * profile ({@code mp.jwt.verify.publickey.location=jwt/test-public-key.pem}).
 */
public final class TestTokens {

    private static final PrivateKey KEY = load();

    private TestTokens() {
    }

    public static String admin() {
        return builder("admin", "관리자", Roles.ADMIN).sign(KEY);
    }

    public static String coordinator() {
        return builder("coordinator", "기업지원과 담당자", Roles.COORDINATOR).sign(KEY);
    }

    public static String officer(String departmentId) {
        return builder("officer-" + departmentId.toLowerCase(), "소관부서 담당자", Roles.OFFICER)
                .claim(Claims.DEPARTMENT, departmentId).sign(KEY);
    }

    public static String company(String businessNumber) {
        return builder("company-" + businessNumber, "기업 사용자", Roles.COMPANY)
                .claim(Claims.COMPANY, businessNumber).sign(KEY);
    }

    public static String partner(String agency) {
        return builder("partner-" + agency.toLowerCase(), "유관기관 시스템", Roles.PARTNER)
                .claim(Claims.PARTNER, agency).sign(KEY);
    }

    /** A well-formed token signed by a key nobody trusts. */
    public static String forged() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return builder("intruder", "침입자", Roles.ADMIN).sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder builder(String username, String name, String role) {
        return Jwt.issuer(Claims.ISSUER).upn(username).groups(Set.of(role)).claim(Claims.NAME, name)
                .expiresIn(600);
    }

    private static PrivateKey load() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/jwt/test-private-key.pem")) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("test signing key missing", e);
        }
    }
}
