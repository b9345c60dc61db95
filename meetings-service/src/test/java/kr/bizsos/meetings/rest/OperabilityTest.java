package kr.bizsos.meetings.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Health, metrics and the OpenAPI contract the gateway shows. */
@QuarkusTest
class OperabilityTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void theServiceReportsReadyAndExposesPrometheusMetrics() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("bizsos_outbox_published"));
    }

    @Test
    void everyOperationHasATagASummaryAndItsResponses() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> incomplete = new ArrayList<>();
        int operations = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) api.get("paths")::fields) {
            for (var op : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                JsonNode o = op.getValue();
                if (!o.hasNonNull("summary") || !o.has("tags") || !o.has("responses")) {
                    incomplete.add(op.getKey() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(25);
        assertThat(incomplete).isEmpty();
        assertThat(api.get("paths").has("/api/meetings/rotation")).isTrue();
    }
}
