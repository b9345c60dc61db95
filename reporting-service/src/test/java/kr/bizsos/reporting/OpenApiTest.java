package kr.bizsos.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasATagASummaryAndItsResponses() {
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                operations++;
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                if (operation.get("summary") == null || operation.get("tags") == null || operation.get("responses") == null) {
                    missing.add(op.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(missing).isEmpty();
    }
}
