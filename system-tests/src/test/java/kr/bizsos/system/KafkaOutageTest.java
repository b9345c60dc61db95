package kr.bizsos.system;

import static io.restassured.RestAssured.given;
import static kr.bizsos.system.SystemUnderTest.BASE_URL;
import static kr.bizsos.system.SystemUnderTest.login;
import static kr.bizsos.system.SystemUnderTest.receivedCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox promise: with the broker down, intake goes on (every grievance 201), and once it is
 * back every one of them reaches reporting, none twice.
 */
class KafkaOutageTest {

    private boolean brokerStopped;

    @AfterEach
    void brokerBack() {
        if (brokerStopped) {
            SystemUnderTest.kafka("start");
        }
    }

    @Test
    void grievancesSubmittedWhileKafkaIsDownAreAllCountedOnceItIsBack() {
        String company = login("company");
        int before = receivedCount(company);

        SystemUnderTest.kafka("stop");
        brokerStopped = true;
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            statuses.add(given().baseUri(BASE_URL).auth().oauth2(company).contentType(ContentType.JSON)
                    .body(GrievanceSliceTest.grievance("Kafka 중단 중 접수 " + i))
                    .post("/api/grievances").statusCode());
        }
        assertThat(statuses).hasSize(50).containsOnly(201);
        assertThat(receivedCount(company)).isEqualTo(before);

        SystemUnderTest.kafka("start");
        brokerStopped = false;

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> receivedCount(company) >= before + 50);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> receivedCount(company) == before + 50);
    }
}
