package kr.bizsos.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes {@link CloudEvent}s with the application's ObjectMapper. */
@ApplicationScoped
public class EventJson {

    private final ObjectMapper mapper;

    EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be serialised: " + event.type(), e);
        }
    }

    /** @throws MalformedEventException when the text is not a CloudEvent with id and type */
    public CloudEvent read(String json) {
        CloudEvent event;
        try {
            event = mapper.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not a CloudEvent JSON document", e);
        }
        if (event.id() == null || event.type() == null) {
            throw new MalformedEventException("CloudEvent without id or type", null);
        }
        return event;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
