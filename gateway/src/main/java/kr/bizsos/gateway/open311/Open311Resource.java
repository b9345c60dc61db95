package kr.bizsos.gateway.open311;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kr.bizsos.gateway.open311.GrievanceClient.Partner;
import kr.bizsos.platform.company.BusinessNumber;
import kr.bizsos.platform.region.Municipality;
import kr.bizsos.platform.web.RequestIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 for partner agencies, translated to grievance-service's API. Services are
 * grievance categories; a request becomes a grievance on channel PARTNER, visible only to the
 * agency whose api_key sent it. Every endpoint answers in .xml or .json as its path asks, errors
 * included ({@code errors} with {@code code} and {@code description}).
 */
@Path("/open311/v2")
@Tag(name = "Open311 GeoReport v2", description = "유관기관 시스템 연계: 기업애로를 Open311 서비스 요청으로 주고받습니다")
@PermitAll
public class Open311Resource {

    static final Duration WINDOW = Duration.ofDays(90);
    static final int MAX_RESULTS = 1000;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Set<String> STATUSES = Set.of("open", "closed");

    private final GrievanceClient grievances;
    private final PartnerAuth auth;
    private final Open311Writer writer;
    private final ObjectMapper json;

    Open311Resource(GrievanceClient grievances, PartnerAuth auth, Open311Writer writer, ObjectMapper json) {
        this.grievances = grievances;
        this.auth = auth;
        this.writer = writer;
        this.json = json;
    }

    @GET
    @Path("discovery.{format}")
    @Operation(summary = "서비스 디스커버리")
    @APIResponse(responseCode = "200", description = "엔드포인트와 형식")
    public Response discovery(@PathParam("format") String extension, UriInfo uri) {
        Format format = Format.of(extension);
        String base = uri.getBaseUriBuilder().path("open311/v2/").build().toString();
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-11-22T00:00:00+09:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", "2026-11-22T00:00:00+09:00");
        d.put("contact", "강원특별자치도 기업지원과 기업SOS 담당 (033-249-2753)");
        d.put("key_service", "API 키는 기업SOS 관리자에게 요청하세요 (유관기관 API 키 관리 화면).");
        d.put("endpoints", List.of(endpoint));
        return writer.write(format, 200, "discovery", d);
    }

    @GET
    @Path("services.{format}")
    @Operation(summary = "서비스 목록 (기업애로 분야)")
    @APIResponse(responseCode = "200", description = "서비스 목록")
    public Response services(@PathParam("format") String extension, @QueryParam("jurisdiction_id") String jurisdiction) {
        Format format = Format.of(extension);
        Jurisdictions.parse(jurisdiction, format);
        List<Object> services = new ArrayList<>();
        for (JsonNode c : categories(format)) {
            services.add(ServiceCatalog.service(c.path("code").asText(), c.path("name").asText()));
        }
        return writer.write(format, 200, "services", services);
    }

    @GET
    @Path("services/{code}.{format}")
    @Operation(summary = "서비스 정의 (속성)")
    @APIResponse(responseCode = "200", description = "속성: 유형, 사업자등록번호, 기업명, 시군, 제목")
    @APIResponse(responseCode = "404", description = "없는 service_code")
    public Response service(@PathParam("code") String code, @PathParam("format") String extension,
            @QueryParam("jurisdiction_id") String jurisdiction) {
        Format format = Format.of(extension);
        Jurisdictions.parse(jurisdiction, format);
        requireService(code, format);
        return writer.write(format, 200, "service_definition", ServiceCatalog.definition(code));
    }

    @POST
    @Path("requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "서비스 요청 접수", description = "form-encoded. 기업애로로 접수되어 소관부서로 배정됩니다.")
    @APIResponse(responseCode = "200", description = "service_request_id와 service_notice")
    @APIResponse(responseCode = "400", description = "빠지거나 잘못된 값")
    @APIResponse(responseCode = "403", description = "api_key 없음 또는 잘못됨")
    @APIResponse(responseCode = "404", description = "없는 service_code 또는 jurisdiction_id")
    @APIResponse(responseCode = "429", description = "시간당 요청 한도 초과")
    public Response submit(@PathParam("format") String extension, MultivaluedMap<String, String> form) {
        Format format = Format.of(extension);
        Partner partner = auth.require(value(form, "api_key"), format);
        Optional<Municipality> jurisdiction = Jurisdictions.parse(value(form, "jurisdiction_id"), format);
        String code = value(form, "service_code");
        if (code == null) {
            throw new Open311Exception(format, 400, "service_code가 필요합니다.");
        }
        requireService(code, format);
        boolean hasLatLong = value(form, "lat") != null && value(form, "long") != null;
        if (!hasLatLong && value(form, "address_string") == null && value(form, "address_id") == null) {
            throw new Open311Exception(format, 400, "위치가 필요합니다: lat와 long, address_string, address_id 중 하나를 보내 주세요.");
        }
        String description = value(form, "description");
        if (description == null) {
            throw new Open311Exception(format, 400, "description(애로 내용)이 필요합니다.");
        }
        if (description.length() > 4000) {
            throw new Open311Exception(format, 400, "description은 4,000자 이내여야 합니다.");
        }
        Map<String, String> attributes = attributes(form, format);
        ObjectNode body = grievanceBody(form, attributes, description, jurisdiction, format);

        Response answer = call(format, () -> grievances.api().submit(grievances.bearerFor(partner),
                RequestIds.current(), body));
        JsonNode created = readOrFail(answer, format, 201);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", created.path("id").asText());
        r.put("service_notice", "접수번호 " + created.path("receiptNumber").asText() + " · 처리기한 "
                + OffsetDateTime.parse(created.path("dueAt").asText()).toLocalDate());
        r.put("account_id", null);
        return writer.write(format, 200, "service_requests", List.of(r));
    }

    @GET
    @Path("requests.{format}")
    @Operation(summary = "서비스 요청 목록", description = "보낸 기관의 요청만. 날짜를 주지 않으면 최근 90일, 최대 1,000건.")
    @APIResponse(responseCode = "200", description = "서비스 요청")
    public Response requests(@PathParam("format") String extension, @QueryParam("api_key") String apiKey,
            @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String codes, @QueryParam("start_date") String start,
            @QueryParam("end_date") String end, @QueryParam("status") String status,
            @QueryParam("extensions") String extensions) {
        Format format = Format.of(extension);
        Partner partner = auth.require(apiKey, format);
        Optional<Municipality> municipality = Jurisdictions.parse(jurisdiction, format);
        boolean extended = "true".equalsIgnoreCase(blank(extensions));
        String bearer = grievances.bearerFor(partner);
        List<Object> out = new ArrayList<>();
        if (blank(ids) != null) {
            // service_request_id overrides every other filter.
            String joined = String.join(",", uuids(ids, format));
            for (JsonNode g : page(format, bearer, joined, null, null, null, null, null)) {
                out.add(RequestView.of(g, false, extended));
            }
            return writer.write(format, 200, "service_requests", out);
        }
        OffsetDateTime[] window = window(blank(start), blank(end), format);
        Boolean open = statusFilter(blank(status), format);
        List<String> categories = blank(codes) == null ? java.util.Collections.singletonList(null)
                : Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String category : categories) {
            if (category != null) {
                requireService(category, format);
            }
            for (JsonNode g : page(format, bearer, null, category, municipality.map(Enum::name).orElse(null), open,
                    window[0].toString(), window[1].toString())) {
                if (out.size() < MAX_RESULTS) {
                    out.add(RequestView.of(g, false, extended));
                }
            }
        }
        out.sort((a, b) -> String.valueOf(((Map<?, ?>) b).get("requested_datetime"))
                .compareTo(String.valueOf(((Map<?, ?>) a).get("requested_datetime"))));
        return writer.write(format, 200, "service_requests", out.size() > MAX_RESULTS ? out.subList(0, MAX_RESULTS) : out);
    }

    @GET
    @Path("requests/{id}.{format}")
    @Operation(summary = "서비스 요청 하나", description = "extensions=true이면 처리 이력과 이송 정보를 extended_attributes로 덧붙입니다.")
    @APIResponse(responseCode = "200", description = "서비스 요청")
    @APIResponse(responseCode = "404", description = "없거나 다른 기관의 요청")
    public Response request(@PathParam("id") String id, @PathParam("format") String extension,
            @QueryParam("api_key") String apiKey, @QueryParam("jurisdiction_id") String jurisdiction,
            @QueryParam("extensions") String extensions) {
        Format format = Format.of(extension);
        Partner partner = auth.require(apiKey, format);
        Jurisdictions.parse(jurisdiction, format);
        JsonNode g = one(format, partner, id);
        return writer.write(format, 200, "service_requests",
                List.of(RequestView.of(g, true, "true".equalsIgnoreCase(blank(extensions)))));
    }

    @GET
    @Path("tokens/{token}.{format}")
    @Operation(summary = "토큰으로 요청 ID 찾기", description = "요청은 바로 접수되므로(realtime) 토큰은 요청 ID와 같습니다.")
    @APIResponse(responseCode = "200", description = "service_request_id와 token")
    @APIResponse(responseCode = "404", description = "없는 토큰")
    public Response token(@PathParam("token") String token, @PathParam("format") String extension,
            @QueryParam("api_key") String apiKey, @QueryParam("jurisdiction_id") String jurisdiction) {
        Format format = Format.of(extension);
        Partner partner = auth.require(apiKey, format);
        Jurisdictions.parse(jurisdiction, format);
        JsonNode g = one(format, partner, token);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", g.path("id").asText());
        r.put("token", token);
        return writer.write(format, 200, "service_requests", List.of(r));
    }

    // --- translation to grievance-service ---

    private JsonNode categories(Format format) {
        try {
            return grievances.api().categories(grievances.bearerFor(new Partner("OPEN311", "Open311")));
        } catch (ProcessingException | jakarta.ws.rs.WebApplicationException e) {
            throw new Open311Exception(format, 503, "기업애로 서비스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.");
        }
    }

    private void requireService(String code, Format format) {
        for (JsonNode c : categories(format)) {
            if (c.path("code").asText().equals(code)) {
                return;
            }
        }
        throw new Open311Exception(format, 404, "알 수 없는 service_code입니다: " + code);
    }

    private JsonNode one(Format format, Partner partner, String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new Open311Exception(format, 404, "해당 서비스 요청을 찾을 수 없습니다: " + id);
        }
        Response r = call(format, () -> grievances.api().get(grievances.bearerFor(partner), id));
        if (r.getStatus() == 404) {
            throw new Open311Exception(format, 404, "해당 서비스 요청을 찾을 수 없습니다: " + id);
        }
        return readOrFail(r, format, 200);
    }

    private List<JsonNode> page(Format format, String bearer, String ids, String category, String municipality,
            Boolean open, String from, String to) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; all.size() < MAX_RESULTS; page++) {
            final int p = page;
            JsonNode body = readOrFail(call(format, () -> grievances.api().list(bearer, ids, category, municipality,
                    open, from, to, "-receivedAt", p, 100)), format, 200);
            body.path("items").forEach(all::add);
            if (body.path("items").size() < 100) {
                break;
            }
        }
        return all;
    }

    private ObjectNode grievanceBody(MultivaluedMap<String, String> form, Map<String, String> attributes,
            String description, Optional<Municipality> jurisdiction, Format format) {
        ObjectNode body = json.createObjectNode();
        body.put("kind", attributes.get("kind"));
        body.put("category", value(form, "service_code"));
        String title = attributes.get("title") != null ? attributes.get("title") : description.lines().findFirst().orElse(description);
        body.put("title", title.length() > 200 ? title.substring(0, 199) + "…" : title);
        StringBuilder content = new StringBuilder(description);
        if (value(form, "address_string") != null) {
            content.append("\n\n소재지: ").append(value(form, "address_string"));
        }
        if (value(form, "lat") != null) {
            content.append("\n좌표: ").append(value(form, "lat")).append(", ").append(value(form, "long"));
        }
        if (content.length() > 4000) {
            throw new Open311Exception(format, 400, "description과 주소를 합쳐 4,000자 이내여야 합니다.");
        }
        body.put("content", content.toString());
        ObjectNode company = body.putObject("company");
        company.put("businessNumber", attributes.get("business_number"));
        company.put("name", attributes.get("company_name"));
        company.put("municipality", jurisdiction.map(Enum::name).orElse(attributes.get("company_municipality")));
        String name = join(value(form, "last_name"), value(form, "first_name"));
        if (name != null || value(form, "phone") != null || value(form, "email") != null) {
            ObjectNode contact = body.putObject("contact");
            contact.put("name", name);
            contact.put("phone", value(form, "phone"));
            contact.put("email", value(form, "email"));
        }
        return body;
    }

    private static Map<String, String> attributes(MultivaluedMap<String, String> form, Format format) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ServiceCatalog.Attribute a : ServiceCatalog.ATTRIBUTES) {
            String v = value(form, "attribute[" + a.code() + "]");
            if (v == null && a.required()) {
                throw new Open311Exception(format, 400, "attribute[" + a.code() + "]가 필요합니다: " + a.description());
            }
            if (v != null && a.values() != null && !a.values().containsKey(v)) {
                throw new Open311Exception(format, 400, "attribute[" + a.code() + "] 값이 목록에 없습니다: " + v);
            }
            values.put(a.code(), v);
        }
        if (!BusinessNumber.isValid(values.get("business_number"))) {
            throw new Open311Exception(format, 400, "attribute[business_number]: 사업자등록번호가 올바르지 않습니다.");
        }
        values.put("business_number", BusinessNumber.normalize(values.get("business_number")));
        return values;
    }

    /** The spec's 90-day rule: no dates → the last 90 days; one date → 90 days from or to it. */
    static OffsetDateTime[] window(String start, String end, Format format) {
        OffsetDateTime from = start == null ? null : dateTime(start, "start_date", format);
        OffsetDateTime to = end == null ? null : dateTime(end, "end_date", format);
        if (from == null && to == null) {
            to = OffsetDateTime.now(SEOUL);
            from = to.minus(WINDOW);
        } else if (from == null) {
            from = to.minus(WINDOW);
        } else if (to == null) {
            to = from.plus(WINDOW);
        }
        if (to.isBefore(from)) {
            throw new Open311Exception(format, 400, "end_date가 start_date보다 앞섭니다.");
        }
        if (Duration.between(from, to).compareTo(WINDOW) > 0) {
            throw new Open311Exception(format, 400, "start_date와 end_date 사이는 90일을 넘을 수 없습니다.");
        }
        return new OffsetDateTime[] {from, to};
    }

    private static OffsetDateTime dateTime(String text, String field, Format format) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new Open311Exception(format, 400, field + "는 시간대를 포함한 W3C 날짜·시각이어야 합니다 (예: 2026-03-02T09:00:00+09:00).");
        }
    }

    private static Boolean statusFilter(String status, Format format) {
        if (status == null) {
            return null;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String s : status.split(",")) {
            String v = s.strip().toLowerCase();
            if (!STATUSES.contains(v)) {
                throw new Open311Exception(format, 400, "status는 open 또는 closed입니다: " + s);
            }
            wanted.add(v);
        }
        return wanted.size() == 2 ? null : wanted.contains("open");
    }

    private static List<String> uuids(String ids, Format format) {
        List<String> out = new ArrayList<>();
        for (String id : ids.split(",")) {
            String v = id.strip();
            if (v.isEmpty()) {
                continue;
            }
            try {
                out.add(UUID.fromString(v).toString());
            } catch (IllegalArgumentException e) {
                throw new Open311Exception(format, 400, "service_request_id 형식이 올바르지 않습니다: " + v);
            }
        }
        return out;
    }

    private Response call(Format format, java.util.function.Supplier<Response> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw new Open311Exception(format, 503, "기업애로 서비스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.");
        }
    }

    private JsonNode readOrFail(Response r, Format format, int expected) {
        try (r) {
            if (r.getStatus() == expected) {
                return r.readEntity(JsonNode.class);
            }
            if (r.getStatus() == 400) {
                JsonNode problem = r.readEntity(JsonNode.class);
                throw new Open311Exception(format, 400, problem.path("detail").asText("요청이 올바르지 않습니다."));
            }
            if (r.getStatus() == 404) {
                throw new Open311Exception(format, 404, "찾을 수 없습니다.");
            }
            throw new Open311Exception(format, 503, "기업애로 서비스가 응답하지 않습니다(" + r.getStatus() + ").");
        }
    }

    private static String value(MultivaluedMap<String, String> form, String key) {
        return blank(form.getFirst(key));
    }

    /** The spec's empty-parameter rule: a parameter sent empty counts as not sent. */
    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String join(String a, String b) {
        if (a == null && b == null) {
            return null;
        }
        return ((a == null ? "" : a) + (b == null ? "" : b)).strip();
    }
}
