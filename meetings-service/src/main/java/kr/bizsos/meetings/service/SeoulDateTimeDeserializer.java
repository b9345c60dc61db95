package kr.bizsos.meetings.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads a date-time with an offset ({@code 2025-03-21T14:00:00+09:00}) or without one
 * ({@code 2025-03-21T14:00}, taken as Asia/Seoul, the way a date-time input sends it).
 */
public class SeoulDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {

    public SeoulDateTimeDeserializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
        }
        String text = p.getText().strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(Clock.SEOUL).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
                        "not an ISO-8601 date-time");
            }
        }
    }
}
