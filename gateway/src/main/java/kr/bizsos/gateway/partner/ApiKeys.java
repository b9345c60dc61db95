package kr.bizsos.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Issues, checks and counts partner API keys. A key is 32 random bytes; since it cannot be
 * guessed, an unsalted SHA-256 is enough to find it without storing it.
 */
@ApplicationScoped
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "bzk_";

    private final EntityManager em;

    ApiKeys(EntityManager em) {
        this.em = em;
    }

    /** A new key and its record; the caller shows the key once. */
    public record Issued(PartnerApiKey record, String key) {
    }

    public enum Check { OK, UNKNOWN, OVER_QUOTA }

    public record Use(Check check, PartnerApiKey key) {
    }

    @Transactional
    public Issued issue(String agencyCode, String agencyName, int quotaPerHour, String createdBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PartnerApiKey record = new PartnerApiKey();
        record.agencyCode = agencyCode;
        record.agencyName = agencyName;
        record.keyPrefix = key.substring(0, 10);
        record.keyHash = hash(key);
        record.quotaPerHour = quotaPerHour;
        record.createdBy = createdBy;
        record.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        record.persist();
        return new Issued(record, key);
    }

    /** Checks a key and counts the request against its hourly quota, in one transaction. */
    @Transactional
    public Use use(String key) {
        if (key == null || key.isBlank()) {
            return new Use(Check.UNKNOWN, null);
        }
        Optional<PartnerApiKey> found = PartnerApiKey.activeByHash(hash(key.strip()));
        if (found.isEmpty()) {
            return new Use(Check.UNKNOWN, null);
        }
        PartnerApiKey record = found.get();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int used = ((Number) em.createNativeQuery("""
                INSERT INTO partner_api_usage (key_id, hour_start, requests) VALUES (:key, :hour, 1)
                ON CONFLICT (key_id, hour_start) DO UPDATE SET requests = partner_api_usage.requests + 1
                RETURNING requests""")
                .setParameter("key", record.id)
                .setParameter("hour", now.truncatedTo(ChronoUnit.HOURS))
                .getSingleResult()).intValue();
        if (used > record.quotaPerHour) {
            return new Use(Check.OVER_QUOTA, record);
        }
        record.lastUsedAt = now;
        record.requestCount++;
        return new Use(Check.OK, record);
    }

    /** Requests in the current hour, for the usage screen. */
    public int usedThisHour(PartnerApiKey record) {
        Object n = em.createNativeQuery("SELECT requests FROM partner_api_usage WHERE key_id = :key AND hour_start = :hour")
                .setParameter("key", record.id)
                .setParameter("hour", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS))
                .getResultStream().findFirst().orElse(0);
        return ((Number) n).intValue();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
