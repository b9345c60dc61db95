package kr.bizsos.gateway.open311;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A grievance (as grievance-service shows it) as an Open311 service request. */
public final class RequestView {

    private RequestView() {
    }

    public static Map<String, Object> of(JsonNode g, boolean detail, boolean extensions) {
        String status = g.path("status").asText();
        boolean agencyTransfer = !g.path("transfer").path("toAgency").isMissingNode()
                && !g.path("transfer").path("toAgency").isNull();
        boolean closed = status.equals("ANSWERED") || status.equals("CLOSED") || agencyTransfer;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", g.path("id").asText());
        r.put("status", closed ? "closed" : "open");
        r.put("status_notes", statusNotes(g, status));
        r.put("service_name", g.path("categoryName").asText());
        r.put("service_code", g.path("category").asText());
        r.put("description", detail ? g.path("content").asText(g.path("title").asText()) : g.path("title").asText());
        r.put("agency_responsible", agencyTransfer ? g.path("transfer").path("toAgency").asText()
                : text(g, "departmentName"));
        r.put("service_notice", "접수번호 " + g.path("receiptNumber").asText() + " · 처리기한 " + date(text(g, "dueAt")));
        r.put("requested_datetime", text(g, "receivedAt"));
        r.put("updated_datetime", text(g, "updatedAt"));
        r.put("expected_datetime", text(g, "dueAt"));
        r.put("address", g.path("municipalityName").asText());
        r.put("address_id", null);
        r.put("zipcode", null);
        r.put("lat", null);
        r.put("long", null);
        r.put("media_url", null);
        if (extensions) {
            r.put("extended_attributes", extended(g));
        }
        return r;
    }

    private static Map<String, Object> extended(JsonNode g) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("receipt_number", g.path("receiptNumber").asText());
        x.put("grievance_status", g.path("status").asText());
        x.put("grievance_status_name", g.path("statusName").asText());
        x.put("kind", g.path("kind").asText());
        x.put("business_number", g.path("company").path("businessNumber").asText());
        JsonNode transfer = g.path("transfer");
        if (!transfer.isMissingNode() && !transfer.isNull()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("to_department", text(transfer, "toDepartmentId"));
            t.put("to_agency", text(transfer, "toAgency"));
            t.put("reason", text(transfer, "reason"));
            x.put("transfer", t);
        }
        JsonNode answer = g.path("answer");
        if (!answer.isMissingNode() && !answer.isNull()) {
            x.put("answer_result", text(answer, "result"));
            x.put("answer_result_name", text(answer, "resultName"));
        }
        if (g.has("timeline")) {
            List<Object> timeline = new ArrayList<>();
            for (JsonNode t : g.path("timeline")) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("action", t.path("action").asText());
                e.put("status_name", t.path("statusName").asText());
                e.put("at", t.path("at").asText());
                e.put("note", text(t, "note"));
                timeline.add(e);
            }
            x.put("timeline", timeline);
        }
        return x;
    }

    private static String statusNotes(JsonNode g, String status) {
        String department = text(g, "departmentName");
        return switch (status) {
            case "RECEIVED" -> "접수되었습니다. 소관부서를 정하고 있습니다.";
            case "ASSIGNED" -> department + "에 배정되었습니다.";
            case "IN_PROGRESS" -> department + "에서 처리 중입니다.";
            case "TRANSFERRED" -> {
                JsonNode t = g.path("transfer");
                String target = text(t, "toAgency") != null ? text(t, "toAgency") : department;
                yield target + "(으)로 이송되었습니다." + (text(t, "reason") == null ? "" : " 사유: " + text(t, "reason"));
            }
            case "ANSWERED" -> "답변이 등록되었습니다(" + g.path("answer").path("resultName").asText("처리완료") + ").";
            case "CLOSED" -> "종결되었습니다.";
            case "REOPENED" -> "재개되어 다시 처리 중입니다.";
            default -> g.path("statusName").asText();
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String date(String time) {
        return time == null ? "-" : OffsetDateTime.parse(time).toLocalDate().toString();
    }
}
