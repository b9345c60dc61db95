package kr.bizsos.meetings.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import kr.bizsos.meetings.Participant;
import kr.bizsos.meetings.ParticipantType;
import kr.bizsos.meetings.service.Clock;
import kr.bizsos.platform.privacy.Masking;

/**
 * A participant as the API shows it. Contact data (personal data) is whole only where the caller
 * asks for one participant it may see whole, masked in lists, and absent for other companies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantView(
        UUID id,
        UUID meetingId,
        String type,
        String typeName,
        String origin,
        String originName,
        String departmentId,
        String partnerAgencyId,
        String businessNumber,
        String name,
        String municipality,
        String municipalityName,
        String companySize,
        String companySizeName,
        ContactView contact,
        Boolean attended,
        OffsetDateTime addedAt) {

    public record ContactView(String name, String phone, String email) {
    }

    /** How much of the contact data the caller may see. */
    public enum Disclosure {
        WHOLE, MASKED, NONE
    }

    public static ParticipantView of(Participant p, Disclosure disclosure) {
        boolean company = p.type == ParticipantType.COMPANY;
        return new ParticipantView(p.id, p.meetingId, p.type.name(), p.type.label(), p.origin.name(),
                p.origin.label(), p.department == null ? null : p.department.code,
                p.partnerAgency == null ? null : p.partnerAgency.code,
                company ? p.company.businessNumber : null, p.displayName(),
                company ? p.company.municipality.name() : null,
                company ? p.company.municipality.officialName() : null,
                company && p.company.sizeClass != null ? p.company.sizeClass.name() : null,
                company && p.company.sizeClass != null ? p.company.sizeClass.label() : null,
                contact(p, disclosure), p.attended, Clock.seoul(p.addedAt));
    }

    private static ContactView contact(Participant p, Disclosure disclosure) {
        if (p.contactName == null && p.contactPhone == null && p.contactEmail == null) {
            return null;
        }
        return switch (disclosure) {
            case WHOLE -> new ContactView(p.contactName, p.contactPhone, p.contactEmail);
            case MASKED -> new ContactView(Masking.name(p.contactName), Masking.phone(p.contactPhone),
                    Masking.email(p.contactEmail));
            case NONE -> null;
        };
    }
}
