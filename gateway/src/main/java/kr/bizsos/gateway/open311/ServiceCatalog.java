package kr.bizsos.gateway.open311;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.bizsos.platform.region.Municipality;

/**
 * Open311 services are our grievance categories. The attributes carry what Open311 lacks and a
 * grievance needs: its kind, the company's 사업자등록번호, name and 시군, and an optional title.
 */
public final class ServiceCatalog {

    private ServiceCatalog() {
    }

    static final Map<String, String> KINDS = linked(
            "COMPLAINT", "애로(고충)", "SUGGESTION", "건의", "LEGAL_QUESTION", "법령 질의",
            "PROCEDURE_QUESTION", "제도·절차 질의", "OTHER", "기타");

    public record Attribute(String code, String datatype, boolean required, String description,
            Map<String, String> values) {
    }

    public static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("kind", "singlevaluelist", true, "기업애로의 유형 (처리기한이 유형에 따라 다릅니다)", KINDS),
            new Attribute("business_number", "string", true, "사업자등록번호 10자리 (하이픈 없이 또는 123-45-67890)", null),
            new Attribute("company_name", "string", true, "기업명", null),
            new Attribute("company_municipality", "singlevaluelist", true, "기업 소재 시군", municipalities()),
            new Attribute("title", "string", false, "제목 (없으면 설명의 첫 줄, 200자 이내)", null));

    public static Map<String, Object> service(String code, String name) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("service_code", code);
        s.put("service_name", name);
        s.put("description", "기업애로 - " + name + " 분야의 애로·건의·질의");
        s.put("metadata", true);
        s.put("type", "realtime");
        s.put("keywords", "기업애로," + name);
        s.put("group", "기업애로");
        return s;
    }

    public static Map<String, Object> definition(String code) {
        List<Object> attributes = new ArrayList<>();
        int order = 1;
        for (Attribute a : ATTRIBUTES) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("variable", true);
            m.put("code", a.code());
            m.put("datatype", a.datatype());
            m.put("required", a.required());
            m.put("datatype_description", a.values() == null ? "" : "목록의 key 중 하나");
            m.put("order", order++);
            m.put("description", a.description());
            if (a.values() != null) {
                m.put("values", a.values().entrySet().stream()
                        .map(e -> (Object) linked("key", e.getKey(), "name", e.getValue())).toList());
            }
            attributes.add(m);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("service_code", code);
        d.put("attributes", attributes);
        return d;
    }

    private static Map<String, String> municipalities() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(Municipality.values()).forEach(v -> m.put(v.name(), v.officialName()));
        return m;
    }

    static <V> Map<String, V> linked(Object... keysAndValues) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            V value = (V) keysAndValues[i + 1];
            m.put((String) keysAndValues[i], value);
        }
        return m;
    }
}
