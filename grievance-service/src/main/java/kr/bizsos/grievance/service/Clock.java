package kr.bizsos.grievance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The service's notion of now, in Asia/Seoul; one place to read time from. */
@ApplicationScoped
public class Clock {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    public OffsetDateTime now() {
        return OffsetDateTime.now(SEOUL);
    }
}
