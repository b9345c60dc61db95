package kr.bizsos.meetings.rest;

import static io.restassured.RestAssured.given;
import static kr.bizsos.meetings.TestData.plan;
import static kr.bizsos.meetings.TestData.uniqueWord;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import kr.bizsos.meetings.TestData;
import kr.bizsos.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Who sees and changes which meeting. */
@QuarkusTest
class AccessTest {

    private static Map<String, Object> future(String title) {
        Map<String, Object> body = plan(title);
        body.put("startsAt", TestData.now().plusDays(5).toString());
        body.put("endsAt", TestData.now().plusDays(5).plusHours(2).toString());
        return body;
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        given().get("/api/meetings").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/meetings/kinds").then().statusCode(401);
        given().get("/api/meetings/calendar.ics").then().statusCode(401);
    }

    @Test
    void aTokenSignedByAnUnknownKeyIsRefusedWith401() {
        given().auth().oauth2(TestTokens.forged()).get("/api/meetings").then().statusCode(401);
    }

    @Test
    void aCompanySeesPublicInvitedAndRegisteredMeetingsAndNoOthers() {
        String word = uniqueWord();
        String own = TestData.newBusinessNumber();
        Map<String, Object> publicBody = future("공개 " + word);
        publicBody.put("publicMeeting", true);
        String publicId = TestData.create(publicBody);
        Map<String, Object> invitedBody = future("초청 " + word);
        invitedBody.put("companies", List.of(Map.of("company", TestData.company(own, "㈜본인", "CHUNCHEON"))));
        String invitedId = TestData.create(invitedBody);
        Map<String, Object> registeredBody = future("신청 " + word);
        registeredBody.put("publicMeeting", true);
        String registeredId = TestData.create(registeredBody);
        given().auth().oauth2(TestTokens.company(own)).contentType(ContentType.JSON).body("{}")
                .post("/api/meetings/" + registeredId + "/registrations").then().statusCode(201);
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(Map.of("publicMeeting", false)).patch("/api/meetings/" + registeredId).then().statusCode(200);
        String otherId = TestData.create(future("비공개 " + word));

        given().auth().oauth2(TestTokens.company(own)).get("/api/meetings?q=" + word)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", containsInAnyOrder(publicId, invitedId, registeredId));
        given().auth().oauth2(TestTokens.company(own)).get("/api/meetings/" + invitedId)
                .then().statusCode(200).body("myParticipation", equalTo("INVITED"));
        given().auth().oauth2(TestTokens.company(own)).get("/api/meetings/" + registeredId)
                .then().statusCode(200).body("myParticipation", equalTo("REGISTERED"));
        given().auth().oauth2(TestTokens.company(own)).get("/api/meetings/" + otherId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.company(own)).get("/api/meetings/" + otherId + "/participants")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.company(own)).get("/api/meetings/" + otherId + "/calendar.ics")
                .then().statusCode(404);
    }

    @Test
    void aCompanyCannotSeeAnotherCompanysContactData() {
        String own = TestData.newBusinessNumber();
        String other = TestData.newBusinessNumber();
        Map<String, Object> body = future("연락처 " + uniqueWord());
        body.put("companies", List.of(
                Map.of("company", TestData.company(own, "㈜본인", "CHUNCHEON"),
                        "contact", Map.of("name", "김본인", "phone", "010-1111-2222")),
                Map.of("company", TestData.company(other, "㈜타사", "WONJU"),
                        "contact", Map.of("name", "이타사", "phone", "010-3333-4444", "email", "other@example.kr"))));
        String id = TestData.create(body);

        String participants = given().auth().oauth2(TestTokens.company(own)).get("/api/meetings/" + id + "/participants")
                .then().statusCode(200)
                .body("find { it.businessNumber == '" + other + "' }.name", equalTo("㈜타사"))
                .body("find { it.businessNumber == '" + other + "' }.contact", nullValue())
                .body("find { it.businessNumber == '" + own + "' }.contact.name", equalTo("김본인"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(participants).doesNotContain("이타사", "3333", "other@example.kr");
        String otherId = given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id + "/participants")
                .then().extract().path("find { it.businessNumber == '" + other + "' }.id");
        given().auth().oauth2(TestTokens.company(own)).get("/api/meetings/" + id + "/participants/" + otherId)
                .then().statusCode(200).body("contact", nullValue());
    }

    @Test
    void staffListsShowContactDataMaskedAndTheParticipantItselfWhole() {
        String bn = TestData.newBusinessNumber();
        Map<String, Object> body = future("가림 " + uniqueWord());
        body.put("companies", List.of(Map.of("company", TestData.company(bn, "㈜가림", "CHUNCHEON"),
                "contact", Map.of("name", "홍길동", "phone", "010-1234-5678", "email", "gildong@example.kr"))));
        String id = TestData.create(body);
        String participantId = given().auth().oauth2(TestTokens.officer("JOBS")).get("/api/meetings/" + id)
                .then().statusCode(200)
                .body("participants[0].contact.name", equalTo("홍*동"))
                .body("participants[0].contact.phone", equalTo("010-****-5678"))
                .body("participants[0].contact.email", equalTo("g******@example.kr"))
                .extract().path("participants[0].id");
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + id + "/participants/" + participantId)
                .then().statusCode(200).body("contact.name", equalTo("홍길동")).body("contact.phone", equalTo("010-1234-5678"));
    }

    @Test
    void anOfficerReadsEveryMeetingButChangesOnlyThoseOfItsDepartment() {
        Map<String, Object> own = plan("부서 회의 " + uniqueWord());
        String ownId = TestData.create(TestTokens.officer("INVESTMENT"), own);
        String othersId = TestData.create(plan("다른 부서 " + uniqueWord()));

        given().auth().oauth2(TestTokens.officer("INVESTMENT")).get("/api/meetings/" + ownId)
                .then().statusCode(200).body("hostDepartmentId", equalTo("INVESTMENT"))
                .body("permissions.canManage", equalTo(true));
        given().auth().oauth2(TestTokens.officer("INVESTMENT")).post("/api/meetings/" + ownId + "/confirm")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.officer("INVESTMENT")).get("/api/meetings/" + othersId)
                .then().statusCode(200).body("permissions.canManage", equalTo(false));
        given().auth().oauth2(TestTokens.officer("INVESTMENT")).post("/api/meetings/" + othersId + "/confirm")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.officer("INVESTMENT")).contentType(ContentType.JSON)
                .body(Map.of("title", "바꾼 제목")).patch("/api/meetings/" + othersId).then().statusCode(403);
        given().auth().oauth2(TestTokens.coordinator()).get("/api/meetings/" + othersId)
                .then().body("status", equalTo("PLANNED")).body("title", not(equalTo("바꾼 제목")));
    }

    @Test
    void anOfficerCannotPlanAMeetingForAnotherDepartment() {
        Map<String, Object> body = plan("남의 부서 " + uniqueWord());
        body.put("hostDepartmentId", "FINANCE_TAX");
        given().auth().oauth2(TestTokens.officer("INVESTMENT")).contentType(ContentType.JSON).body(body)
                .post("/api/meetings").then().statusCode(403);
    }

    @Test
    void aCompanyCannotPlanOrChangeMeetings() {
        String bn = TestData.newBusinessNumber();
        given().auth().oauth2(TestTokens.company(bn)).contentType(ContentType.JSON).body(plan("기업 " + uniqueWord()))
                .post("/api/meetings").then().statusCode(403);
        Map<String, Object> body = future("기업 초청 " + uniqueWord());
        body.put("companies", List.of(Map.of("company", TestData.company(bn, "㈜초청", "CHUNCHEON"))));
        String id = TestData.create(body);
        given().auth().oauth2(TestTokens.company(bn)).post("/api/meetings/" + id + "/confirm").then().statusCode(403);
    }

    @Test
    void onlyStaffSeeTheRotation() {
        given().auth().oauth2(TestTokens.company(TestData.newBusinessNumber())).get("/api/meetings/rotation")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.officer("JOBS")).get("/api/meetings/rotation").then().statusCode(200);
    }

    @Test
    void listsAreFilteredByKindMunicipalityYearMonthAndStatus() {
        String word = uniqueWord();
        Map<String, Object> may = plan("필터 " + word);
        may.put("startsAt", "2031-05-14T14:00:00+09:00");
        may.put("endsAt", "2031-05-14T16:00:00+09:00");
        may.put("municipality", "INJE");
        String mayId = TestData.create(may);
        Map<String, Object> june = plan("필터 " + word);
        june.put("startsAt", "2031-06-01T00:30:00+09:00");
        june.put("endsAt", "2031-06-01T02:00:00+09:00");
        june.put("municipality", "INJE");
        june.put("kind", "BRIEFING");
        String juneId = TestData.create(june);
        TestData.confirm(juneId);

        String base = "/api/meetings?q=" + word;
        given().auth().oauth2(TestTokens.coordinator()).get(base + "&year=2031&month=5")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(mayId));
        given().auth().oauth2(TestTokens.coordinator()).get(base + "&year=2031&month=6")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(juneId));
        given().auth().oauth2(TestTokens.coordinator()).get(base + "&kind=BRIEFING")
                .then().body("items.id", everyItem(equalTo(juneId)));
        given().auth().oauth2(TestTokens.coordinator()).get(base + "&status=CONFIRMED")
                .then().body("total", equalTo(1));
        given().auth().oauth2(TestTokens.coordinator()).get(base + "&municipality=INJE&year=2031&order=asc")
                .then().body("items.id", org.hamcrest.Matchers.contains(mayId, juneId));
        given().auth().oauth2(TestTokens.coordinator()).get(base + "&municipality=YANGGU")
                .then().body("total", equalTo(0));
        given().auth().oauth2(TestTokens.coordinator()).get(base + "&size=1&page=1&order=asc")
                .then().body("total", equalTo(2)).body("size", equalTo(1)).body("items.id", hasItem(juneId));
    }
}
