package kr.bizsos.grievance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kr.bizsos.grievance.Grievance;
import kr.bizsos.grievance.Notice;

/** Writes notices for the company and the responsible department, in the change's transaction. */
@ApplicationScoped
public class Notices {

    private final Clock clock;

    Notices(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void toCompany(Grievance g, String kind, String message) {
        add(Notice.COMPANY, g.company.businessNumber, g, kind, message);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void toDepartment(String departmentId, Grievance g, String kind, String message) {
        if (departmentId != null) {
            add(Notice.DEPARTMENT, departmentId, g, kind, message);
        }
    }

    private void add(String type, String recipient, Grievance g, String kind, String message) {
        Notice notice = new Notice();
        notice.recipientType = type;
        notice.recipientId = recipient;
        notice.grievanceId = g.id;
        notice.kind = kind;
        notice.message = "[" + g.receiptNumber + "] " + message;
        notice.createdAt = clock.now();
        notice.persist();
    }
}
