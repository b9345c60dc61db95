package kr.bizsos.meetings.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import kr.bizsos.meetings.Meeting;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes meetings as an iCalendar (RFC 5545) document that calendar programs import or subscribe
 * to. Times are in UTC ("Z"), which every program shows in its own zone, so no VTIMEZONE is
 * needed. No METHOD property: that belongs to iTIP scheduling (RFC 5546), which would also demand
 * an ORGANIZER address; a plain calendar imports and subscribes everywhere. A meeting keeps its UID across exports, so a re-import updates it instead of adding it
 * twice; a cancelled meeting stays in the feed with STATUS:CANCELLED so subscribers drop it.
 */
@ApplicationScoped
public class CalendarExport {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    static final String UID_DOMAIN = "@meetings.bizsos";

    public String write(String calendarName, List<Meeting> meetings) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//bizsos//meetings-service//KO"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", Clock.SEOUL.getId()));
        for (Meeting m : meetings) {
            calendar.add(event(m));
        }
        StringWriter out = new StringWriter();
        try {
            // Folding at 24 characters keeps a line of Hangul (3 bytes each in UTF-8) under RFC 5545's 75 octets.
            new CalendarOutputter(true, 24).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("calendar cannot be written", e);
        }
        return out.toString();
    }

    private static VEvent event(Meeting m) {
        VEvent event = new VEvent(m.startsAt.toInstant(), m.endsAt.toInstant(), m.title);
        event.add(new Uid("meeting-" + m.id + UID_DOMAIN));
        event.add(new Location(location(m)));
        event.add(new Categories(m.kind.name));
        event.add(new Description(description(m)));
        event.add(new Status(switch (m.status) {
            case PLANNED -> Status.VALUE_TENTATIVE;
            case CONFIRMED, HELD -> Status.VALUE_CONFIRMED;
            case CANCELLED -> Status.VALUE_CANCELLED;
        }));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, m.version)));
        event.add(new LastModified(m.updatedAt.toInstant()));
        return event;
    }

    /** e.g. "평창군 평창군청 회의실" */
    static String location(Meeting m) {
        return m.venue == null ? m.municipality.officialName() : m.municipality.officialName() + " " + m.venue;
    }

    private static String description(Meeting m) {
        StringBuilder text = new StringBuilder(m.kind.name).append(" (").append(m.kind.regular ? "정례" : "필요시")
                .append(") · ").append(m.status.label()).append('\n')
                .append("주관: ").append(m.hostOrganization.officialName()).append(' ').append(m.hostDepartment.name);
        if (m.agenda != null) {
            text.append("\n안건: ").append(m.agenda);
        }
        if (m.cancelReason != null) {
            text.append("\n취소 사유: ").append(m.cancelReason);
        }
        return text.toString();
    }
}
