package kr.bizsos.meetings.event;

import jakarta.enterprise.context.ApplicationScoped;
import kr.bizsos.meetings.Meeting;
import kr.bizsos.meetings.RaisedItem;
import kr.bizsos.meetings.event.MeetingEventData.Counts;
import kr.bizsos.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Announces what happens to meetings on the service's topic, through the outbox; subject = meeting id. */
@ApplicationScoped
public class MeetingEvents {

    public static final String PLANNED = "meeting.planned";
    public static final String CONFIRMED = "meeting.confirmed";
    public static final String HELD = "meeting.held";
    public static final String CANCELLED = "meeting.cancelled";
    public static final String UPDATED = "meeting.updated";
    public static final String ATTENDANCE_RECORDED = "meeting.attendance-recorded";
    public static final String ITEM_RAISED = "meeting.item-raised";

    private final Outbox outbox;
    private final String topic;

    MeetingEvents(Outbox outbox, @ConfigProperty(name = "bizsos.topics.meetings") String topic) {
        this.outbox = outbox;
        this.topic = topic;
    }

    public void planned(Meeting m, Counts counts) {
        publish(m, PLANNED, counts);
    }

    public void confirmed(Meeting m, Counts counts) {
        publish(m, CONFIRMED, counts);
    }

    public void held(Meeting m, Counts counts) {
        publish(m, HELD, counts);
    }

    public void cancelled(Meeting m, Counts counts) {
        publish(m, CANCELLED, counts);
    }

    /** Kind, dates, 시군 or programme of a meeting changed. */
    public void updated(Meeting m, Counts counts) {
        publish(m, UPDATED, counts);
    }

    /** Attendance of a held meeting was corrected after it was recorded as held. */
    public void attendanceRecorded(Meeting m, Counts counts) {
        publish(m, ATTENDANCE_RECORDED, counts);
    }

    public void itemRaised(Meeting m, RaisedItem item) {
        outbox.publish(topic, m.id.toString(), ITEM_RAISED, ItemRaisedData.of(m, item));
    }

    private void publish(Meeting m, String type, Counts counts) {
        outbox.publish(topic, m.id.toString(), type, MeetingEventData.of(m, counts));
    }
}
