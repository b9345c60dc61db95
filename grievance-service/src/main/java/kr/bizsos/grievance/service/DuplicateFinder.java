package kr.bizsos.grievance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import kr.bizsos.grievance.Grievance;

/** Flags a repeated complaint: the same company, a similar title, within 30 days. */
@ApplicationScoped
public class DuplicateFinder {

    /** Trigram similarity (pg_trgm) from which two titles count as alike. */
    static final double SIMILARITY = 0.45;

    private final EntityManager em;

    DuplicateFinder(EntityManager em) {
        this.em = em;
    }

    public UUID similarRecent(Grievance g) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                SELECT id FROM grievance
                WHERE company_business_number = :company AND id <> :id
                  AND received_at >= :since AND similarity(title, :title) >= :threshold
                ORDER BY similarity(title, :title) DESC, received_at DESC LIMIT 1""", UUID.class)
                .setParameter("company", g.company.businessNumber)
                .setParameter("id", g.id)
                .setParameter("since", g.receivedAt.minusDays(30))
                .setParameter("title", g.title)
                .setParameter("threshold", SIMILARITY)
                .getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

}
