package kr.bizsos.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link IndicatorSource} as its JSON text. */
@Converter
public class IndicatorSourceConverter implements AttributeConverter<IndicatorSource, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public String convertToDatabaseColumn(IndicatorSource source) {
        try {
            return JSON.writeValueAsString(source);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("indicator source cannot be written", e);
        }
    }

    @Override
    public IndicatorSource convertToEntityAttribute(String text) {
        try {
            return JSON.readValue(text, IndicatorSource.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("indicator source cannot be read: " + text, e);
        }
    }
}
