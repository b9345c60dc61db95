package kr.bizsos.reporting.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reads the fields of an event's data, turning a missing or malformed required field into {@link UnprojectableEvent}. */
final class EventData {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final JsonNode data;
    private final String type;

    EventData(JsonNode data, String type) {
        if (data == null || !data.isObject()) {
            throw new UnprojectableEvent(type + " has no data object", null);
        }
        this.data = data;
        this.type = type;
    }

    String required(String field) {
        String value = text(field);
        if (value == null || value.isBlank()) {
            throw new UnprojectableEvent(type + " lacks " + field, null);
        }
        return value;
    }

    /** A required code that must fit its column; a longer one can never be stored, so the event is unprojectable. */
    String code(String field, int max) {
        String value = required(field);
        if (value.length() > max) {
            throw new UnprojectableEvent(type + " has a " + field + " longer than " + max, null);
        }
        return value;
    }

    /** An optional code that must fit its column. */
    String optionalCode(String field, int max) {
        String value = text(field);
        if (value != null && value.length() > max) {
            throw new UnprojectableEvent(type + " has a " + field + " longer than " + max, null);
        }
        return value;
    }

    /** Free text cut to its column's length. */
    String text(String field, int max) {
        String value = text(field);
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    String text(String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    UUID uuid(String field) {
        String value = text(field);
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new UnprojectableEvent(type + " has a malformed " + field, e);
        }
    }

    UUID requiredUuid(String field) {
        required(field);
        return uuid(field);
    }

    OffsetDateTime time(String field) {
        String value = text(field);
        try {
            return value == null || value.isBlank() ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnprojectableEvent(type + " has a malformed " + field, e);
        }
    }

    OffsetDateTime requiredTime(String field) {
        required(field);
        return time(field);
    }

    LocalDate date(String field) {
        String value = text(field);
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new UnprojectableEvent(type + " has a malformed " + field, e);
        }
    }

    Boolean bool(String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asBoolean();
    }

    Integer integer(String field) {
        return integer(data, field);
    }

    JsonNode node(String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node;
    }

    static Integer integer(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        return node == null || node.isNull() || !node.canConvertToInt() && !node.isTextual() ? null
                : node.isTextual() ? parseOrNull(node.asText()) : Integer.valueOf(node.asInt());
    }

    private static Integer parseOrNull(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate seoulDate(OffsetDateTime at) {
        return at.atZoneSameInstant(SEOUL).toLocalDate();
    }

    static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }
}
