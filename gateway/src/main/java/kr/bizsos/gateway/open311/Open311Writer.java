package kr.bizsos.gateway.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an Open311 document — maps and lists of plain values — as GeoReport v2 XML or JSON.
 * In XML a list is an element whose children are named by {@link #ITEM_NAMES}; in JSON a document
 * whose root is a list (services, service_requests, errors) is a bare array, as the spec shows.
 */
@ApplicationScoped
public class Open311Writer {

    static final Map<String, String> ITEM_NAMES = Map.of(
            "services", "service",
            "service_requests", "request",
            "attributes", "attribute",
            "values", "value",
            "errors", "error",
            "endpoints", "endpoint",
            "formats", "format",
            "timeline", "entry");

    private final ObjectMapper json;

    Open311Writer(ObjectMapper json) {
        this.json = json;
    }

    /** @param root the XML root element name; for a list it is also the name the items are found under */
    public Response write(Format format, int status, String root, Object document) {
        String body = format == Format.JSON ? json(document) : xml(root, document);
        return Response.status(status).type(format.mediaType()).entity(body).build();
    }

    public Response error(Format format, int status, String description) {
        return write(format, status, "errors", List.of(Map.of("code", status, "description", description)));
    }

    private String json(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xml(String root, Object document) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, document);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                element(xml, e.getKey().toString(), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            String item = ITEM_NAMES.getOrDefault(name, "item");
            for (Object v : list) {
                element(xml, item, v);
            }
        } else {
            xml.writeCharacters(value.toString());
        }
        xml.writeEndElement();
    }
}
