package kr.bizsos.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The running system as a client sees it: the gateway's URL, logins, and the broker's controls. */
final class SystemUnderTest {

    static final String BASE_URL = System.getProperty("bizsos.base-url", "http://127.0.0.1:18080");
    static final String TOPIC_PREFIX = System.getProperty("bizsos.topic-prefix", "bizsos");
    static final String KAFKA = System.getProperty("bizsos.kafka", "127.0.0.1:19092");
    static final String KAFKA_INSTANCE = System.getProperty("bizsos.kafka-instance", "kafka-test");
    static final String DEMO_PASSWORD = "bizsos1234!";

    private SystemUnderTest() {
    }

    static String login(String username) {
        return given().baseUri(BASE_URL).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", DEMO_PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    static int receivedCount(String token) {
        return given().baseUri(BASE_URL).auth().oauth2(token).get("/api/reports/dashboard")
                .then().statusCode(200).extract().path("received");
    }

    /** Stops or starts the Kafka broker through the project's own script, which acts by PID. */
    static void kafka(String action) {
        String home = System.getProperty("bizsos.home", ".");
        try {
            Process process = new ProcessBuilder("bash", Path.of(home, "infra", "kafka-ctl.sh").toString(), action, KAFKA_INSTANCE)
                    .inheritIO().start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kafka-ctl.sh " + action + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
