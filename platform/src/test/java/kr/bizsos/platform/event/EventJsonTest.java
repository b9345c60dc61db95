package kr.bizsos.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import kr.bizsos.platform.event.EventJson.MalformedEventException;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final EventJson json = new EventJson(mapper);

    @Test
    void writesAStructuredCloudEventThatReadsBackUnchanged() {
        CloudEvent event = new CloudEvent("1.0", "e-1", "/bizsos/grievance-service", "grievance.received", "g-1",
                OffsetDateTime.parse("2026-03-02T09:00:00+09:00"), CloudEvent.JSON,
                mapper.createObjectNode().put("category", "FUNDING"));

        String text = json.write(event);

        assertThat(text).contains("\"specversion\":\"1.0\"", "\"type\":\"grievance.received\"");
        CloudEvent back = json.read(text);
        assertThat(back.id()).isEqualTo("e-1");
        assertThat(back.time().toInstant()).isEqualTo(event.time().toInstant());
        assertThat(back.data().get("category").asText()).isEqualTo("FUNDING");
    }

    @Test
    void rejectsAPayloadWithoutIdOrType() {
        assertThatThrownBy(() -> json.read("{\"specversion\":\"1.0\",\"type\":\"x\"}"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> json.read("not json")).isInstanceOf(MalformedEventException.class);
    }
}
