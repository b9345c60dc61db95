package kr.bizsos.grievance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Hands out receipt numbers a company can quote on the phone: 2026-000123, counted per year. */
@ApplicationScoped
public class ReceiptNumbers {

    private final EntityManager em;

    ReceiptNumbers(EntityManager em) {
        this.em = em;
    }

    /** The row lock on the year's counter keeps numbers unique and gap-free among committed grievances. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(int year) {
        Number value = (Number) em.createNativeQuery("""
                INSERT INTO receipt_counter (year, last_value) VALUES (:year, 1)
                ON CONFLICT (year) DO UPDATE SET last_value = receipt_counter.last_value + 1
                RETURNING last_value""")
                .setParameter("year", year)
                .getSingleResult();
        return "%d-%06d".formatted(year, value.intValue());
    }
}
