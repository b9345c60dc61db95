package kr.bizsos.gateway.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A partner agency's key to the Open311 API. Only its SHA-256 is kept; the key is shown once. */
@Entity
@Table(name = "partner_api_key")
public class PartnerApiKey extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "partner_api_key_seq", sequenceName = "partner_api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_api_key_seq")
    public Long id;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "agency_name", nullable = false)
    public String agencyName;

    /** The first characters of the key, so people can tell keys apart. */
    @Column(name = "key_prefix", nullable = false)
    public String keyPrefix;

    @Column(name = "key_hash", nullable = false, unique = true)
    public String keyHash;

    @Column(name = "quota_per_hour", nullable = false)
    public int quotaPerHour;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "request_count", nullable = false)
    public long requestCount;

    public static Optional<PartnerApiKey> activeByHash(String hash) {
        return find("keyHash = ?1 and revokedAt is null", hash).firstResultOptional();
    }
}
