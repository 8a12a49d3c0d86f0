package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pledge lifecycle over the secured REST API, driven with the demo accounts as a script would (SPEC §3, §4,
 * §6): the full journey, every refusal code, another state's focal point probing, stale versions, a real race,
 * the lapse job and the login throttle. Each scenario makes its own pledges.
 */
@ExtendWith({TestDatabase.class, TestClamd.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PledgeApiIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return FoundationIT.application();
    }

    @ArquillianResource
    private URL base;

    private Api pakistan;
    private Api japan;
    private Api reviewer;
    private Api analyst;
    private Api admin;

    @BeforeEach
    void clients() {
        Api api = new Api(base);
        pakistan = api.as("fp.pakistan");
        japan = api.as("fp.japan");
        reviewer = api.as("reviewer");
        analyst = api.as("analyst");
        admin = api.as("admin");
    }

    // ------------------------------------------------------------------ who am I

    @Test
    void meNamesTheRoleAndTheFocalPointsState() {
        JsonObject me = pakistan.get("api/me").object();
        assertEquals("fp.pakistan", me.getString("username"));
        assertEquals("FOCAL_POINT", me.getString("role"));
        assertEquals("PAK", me.getString("memberState"));
        JsonObject reviewerMe = reviewer.get("api/me").object();
        assertEquals("REVIEWER", reviewerMe.getString("role"));
        assertTrue(reviewerMe.isNull("memberState"));
    }

    @Test
    void aSessionSignInWorksUntilSignOutAndChangingRequestsNeedTheCsrfHeader() {
        Api browser = new Api(base).withCookies();
        assertProblem(browser.post("api/session", "{\"username\":\"fp.japan\",\"password\":\"wrong\"}"), 401);
        Api.Reply signedIn = browser.post("api/session", "{\"username\":\"fp.japan\",\"password\":\"peacekeeping\"}");
        assertEquals(200, signedIn.status(), signedIn.body());
        assertEquals("JPN", browser.get("api/me").object().getString("memberState"));
        assertProblem(browser.post("api/pledges", draft("Without the header").build().toString()), 403);
        browser.header("X-Requested-With", "XMLHttpRequest");
        assertEquals(201, browser.post("api/pledges", draft("With the header").build().toString()).status());
        assertEquals(204, browser.delete("api/session").status());
        assertEquals(401, browser.get("api/me").status(), "signed out");
    }

    @Test
    void aPasswordResetEndsTheAccountsSessionsAndRememberedSignIns() {
        Api browser = new Api(base).withCookies();
        Api.Reply signedIn = browser.post("api/session", "{\"username\":\"fp.korea\",\"password\":\"peacekeeping\"}");
        assertEquals(200, signedIn.status(), signedIn.body());
        assertEquals("KOR", browser.get("api/me").object().getString("memberState"));
        Api script = new Api(base).as("fp.korea");
        assertEquals(200, script.get("api/me").status(), "HTTP Basic, remembered for a few minutes from now");
        String original = Sql.single("SELECT password_hash FROM user_account WHERE username = 'fp.korea'");
        try {
            // What an administrator's reset leaves behind: another hash.
            Sql.update("UPDATE user_account SET password_hash = 'pbkdf2-sha256$1000$c2FsdA$a2V5'"
                    + " WHERE username = 'fp.korea'");
            assertEquals(401, browser.get("api/me").status(), "the session signed in with the old password ended");
            assertEquals(401, script.get("api/me").status(), "the remembered old password is no longer taken");
        } finally {
            Sql.update("UPDATE user_account SET password_hash = '" + original + "', failed_logins = 0"
                    + " WHERE username = 'fp.korea'");
        }
    }

    // ------------------------------------------------------------------ the journey

    @Test
    void aPledgeGoesFromDraftThroughReturnAndRevisionToApproval() {
        Api.Reply created = pakistan.post("api/pledges", draft("Level 2 hospital for UNMISS").build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject pledge = created.object();
        long id = pledge.getJsonNumber("id").longValue();
        Dossiers.attachLevelOne(pakistan, id);
        assertAll(
                () -> assertEquals("DRAFT", pledge.getString("status")),
                () -> assertEquals("PAK", pledge.getString("memberState")),
                () -> assertTrue(pledge.getString("reference").matches("PAK-\\d{4}-\\d{4}"), pledge.getString("reference")),
                () -> assertEquals("MEDICAL", pledge.getString("category")),
                () -> assertEquals("NONE", pledge.getString("readinessLevel")),
                () -> assertEquals(List.of("UNMISS"), strings(pledge.getJsonArray("preferredMissions"))));

        assertEquals("SUBMITTED", action(pakistan, id, "submit", null).getString("status"));
        assertTrue(inboxKinds(pakistan).contains("ACKNOWLEDGEMENT"));
        assertEquals("UNDER_REVIEW", action(reviewer, id, "start-review", null).getString("status"));

        Api.Reply noComment = reviewer.post("api/pledges/" + id + "/actions/return", "{}");
        assertEquals(400, noComment.status(), noComment.body());
        assertEquals("comment", noComment.object().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject returned = action(reviewer, id, "return", "Please confirm the number of women.");
        assertEquals("RETURNED", returned.getString("status"));
        JsonObject notice = inbox(pakistan).stream().filter(n -> n.getString("kind").equals("RETURNED")
                && n.getString("pledgeReference").equals(pledge.getString("reference"))).findFirst().orElseThrow();
        assertEquals("Please confirm the number of women.", notice.getString("comment"));

        JsonObject revised = draft("Level 2 hospital for UNMISS").add("women", 15)
                .add("version", returned.getJsonNumber("version").longValue()).build();
        Api.Reply edited = pakistan.put("api/pledges/" + id, revised.toString());
        assertEquals(200, edited.status(), edited.body());
        assertEquals(15, edited.object().getInt("women"));
        assertEquals("RETURNED", edited.object().getString("status"));

        assertEquals("SUBMITTED", action(pakistan, id, "submit", null).getString("status"));
        action(reviewer, id, "start-review", null);
        JsonObject approved = action(reviewer, id, "approve", null);
        assertAll(
                () -> assertEquals("APPROVED", approved.getString("status")),
                () -> assertEquals("LEVEL_1", approved.getString("readinessLevel")),
                () -> assertEquals(today().plusMonths(12).toString(), approved.getString("renewalDue")),
                () -> assertNotNull(approved.getString("approvedAt")));
        assertTrue(inboxKinds(pakistan).contains("APPROVED"));

        Api.Reply locked = pakistan.put("api/pledges/" + id, draft("Changed after approval")
                .add("version", approved.getJsonNumber("version").longValue()).build().toString());
        assertEquals(409, locked.status(), "approved pledges are locked: " + locked.body());

        List<JsonObject> history = history(pakistan, id);
        assertEquals(List.of("CREATE", "SUBMIT", "START_REVIEW", "RETURN", "EDIT", "SUBMIT", "START_REVIEW", "APPROVE"),
                history.stream().map(h -> h.getString("action")).toList());
        JsonObject returnEntry = history.get(3);
        assertAll(
                () -> assertEquals("reviewer", returnEntry.getString("actor")),
                () -> assertEquals("UNDER_REVIEW", returnEntry.getString("fromStatus")),
                () -> assertEquals("RETURNED", returnEntry.getString("toStatus")),
                () -> assertEquals("Please confirm the number of women.", returnEntry.getString("comment")),
                () -> assertEquals(List.of("women"), strings(history.get(4).getJsonArray("changedFields"))));
        assertEquals(List.of("CREATE", "SUBMIT", "START_REVIEW", "RETURN", "EDIT", "SUBMIT", "START_REVIEW", "APPROVE"),
                history(analyst, id).stream().map(h -> h.getString("action")).toList(), "analysts read history too");
    }

    @Test
    void approvedPledgesAreRenewedAssessedReopenedAndWithdrawn() {
        long id = approvedPledge("Engineer company");
        JsonObject renewed = action(pakistan, id, "renew", null);
        assertEquals("APPROVED", renewed.getString("status"));
        assertEquals(today().plusMonths(6).toString(), renewed.getString("renewalDue"));

        Api.Reply assessed = reviewer.post("api/pledges/" + id + "/assessments", Json.createObjectBuilder()
                .add("type", "ASSESSMENT_ADVISORY_VISIT").add("assessedOn", today().toString())
                .add("outcome", "SUCCESSFUL").add("readinessLevel", "LEVEL_2").add("notes", "Visit went well")
                .build().toString());
        assertEquals(201, assessed.status(), assessed.body());
        assertEquals("LEVEL_2", pakistan.get("api/pledges/" + id).object().getString("readinessLevel"));
        assertEquals(1, pakistan.get("api/pledges/" + id + "/assessments").array().size());
        assertEquals(403, pakistan.post("api/pledges/" + id + "/assessments", assessed.body()).status(),
                "focal points do not assess");

        assertEquals(400, reviewer.post("api/pledges/" + id + "/actions/reopen", "{}").status());
        assertEquals("UNDER_REVIEW", action(reviewer, id, "reopen", "Personnel figures to be corrected")
                .getString("status"));
        action(reviewer, id, "approve", null);
        assertEquals(400, pakistan.post("api/pledges/" + id + "/actions/withdraw", "{}").status(),
                "withdrawing an approved pledge needs a comment");
        assertEquals("WITHDRAWN", action(pakistan, id, "withdraw", "Unit committed elsewhere").getString("status"));
        assertEquals(409, pakistan.post("api/pledges/" + id + "/actions/renew", "{}").status());
        assertEquals(List.of("CREATE", "SUBMIT", "START_REVIEW", "APPROVE", "RENEW", "ASSESS", "REOPEN", "APPROVE",
                "WITHDRAW"), history(reviewer, id).stream().map(h -> h.getString("action")).toList());
    }

    @Test
    void aDraftCanBeDeletedAndItsHistoryRemains() {
        JsonObject created = pakistan.post("api/pledges", draft("Draft to delete").build().toString()).object();
        long id = created.getJsonNumber("id").longValue();
        assertEquals(204, pakistan.delete("api/pledges/" + id).status());
        assertEquals(404, pakistan.get("api/pledges/" + id).status());
        assertEquals(List.of("CREATE", "DELETE"), Sql.column("SELECT action FROM pledge_history WHERE pledge_ref = '"
                + created.getString("reference") + "' ORDER BY id"));
        long submitted = submittedPledge("Submitted, not deletable");
        assertEquals(409, pakistan.delete("api/pledges/" + submitted).status());
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void eachRefusalAnswersItsOwnStatusAndChangesNothing() {
        long submitted = submittedPledge("Refusal probe");
        String before = pakistan.get("api/pledges/" + submitted).body();
        assertAll(
                () -> assertProblem(analyst.post(actionPath(submitted, "start-review"), "{}"), 403),
                () -> assertProblem(admin.post(actionPath(submitted, "start-review"), "{}"), 403),
                () -> assertProblem(pakistan.post(actionPath(submitted, "start-review"), "{}"), 403),
                () -> assertProblem(reviewer.post(actionPath(submitted, "submit"), "{}"), 403),
                () -> assertProblem(reviewer.post(actionPath(submitted, "approve"), "{}"), 409),
                () -> assertProblem(pakistan.post(actionPath(submitted, "renew"), "{}"), 409),
                () -> assertProblem(reviewer.post(actionPath(submitted, "no-such-action"), "{}"), 404),
                () -> assertProblem(analyst.post("api/pledges", draft("Analyst pledge").build().toString()), 403),
                () -> assertProblem(reviewer.post("api/pledges", draft("Reviewer pledge").build().toString()), 403));
        action(reviewer, submitted, "start-review", null);
        assertAll(
                () -> assertProblem(reviewer.post(actionPath(submitted, "reject"), "{\"comment\":\"  \"}"), 400),
                () -> assertProblem(reviewer.post(actionPath(submitted, "return"), "{}"), 400));
        JsonObject now = pakistan.get("api/pledges/" + submitted).object();
        assertEquals("UNDER_REVIEW", now.getString("status"), "only start-review changed it: " + before);
        assertEquals(List.of("CREATE", "SUBMIT", "START_REVIEW"),
                history(pakistan, submitted).stream().map(h -> h.getString("action")).toList());
        assertEquals("REJECTED", action(reviewer, submitted, "reject", "Duplicate").getString("status"));
        assertProblem(reviewer.post(actionPath(submitted, "approve"), "{}"), 409);
    }

    @Test
    void submittingAnIncompletePledgeNamesTheMissingFields() {
        JsonObject created = pakistan.post("api/pledges", Json.createObjectBuilder()
                .add("capabilityType", "INFANTRY_BATTALION").add("title", "Battalion, details to follow").build()
                .toString()).object();
        assertEquals(850, created.getInt("personnel"), "personnel defaults to the type's typical size");
        Api.Reply refused = pakistan.post(actionPath(created.getJsonNumber("id").longValue(), "submit"), "{}");
        assertEquals(400, refused.status());
        assertEquals(Set.of("availableFrom", "durationMonths", "daysToDeploy", "selfSustainment"),
                fields(refused.object()));
    }

    @Test
    void badInputIsAnsweredFieldByField() {
        Api.Reply notJson = pakistan.post("api/pledges", "{\"title\": ");
        assertProblem(notJson, 400);
        Api.Reply wrongTypes = pakistan.post("api/pledges", Json.createObjectBuilder()
                .add("capabilityType", "LEVEL_2_HOSPITAL").add("title", "Types").add("personnel", "many")
                .add("availableFrom", "next spring").add("selfSustainment", "MAYBE").add("units", 1.5).build()
                .toString());
        assertProblem(wrongTypes, 400);
        assertEquals(Set.of("personnel", "availableFrom", "selfSustainment", "units"), fields(wrongTypes.object()));
        Api.Reply outOfRange = pakistan.post("api/pledges", Json.createObjectBuilder()
                .add("capabilityType", "NO_SUCH_TYPE").add("title", "").add("units", -1).add("personnel", 10)
                .add("women", 11).add("preferredMissions", Json.createArrayBuilder().add("ATLANTIS")).build()
                .toString());
        assertProblem(outOfRange, 400);
        assertEquals(Set.of("capabilityType", "title", "units", "women", "preferredMissions"),
                fields(outOfRange.object()));
        assertProblem(pakistan.get("api/pledges?size=100000"), 400);
        assertProblem(pakistan.get("api/pledges?sort=password"), 400);
        assertProblem(pakistan.get("api/pledges?status=NOT_A_STATUS"), 400);
        assertProblem(pakistan.get("api/pledges/not-a-number"), 404);
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM pledge WHERE title IN ('Types', '')"), "nothing half-written");
    }

    // ------------------------------------------------------------------ scoping

    @Test
    void anotherStatesPledgeDoesNotExistForAFocalPoint() {
        long id = submittedPledge("Pakistan only");
        String path = "api/pledges/" + id;
        assertAll(
                () -> assertProblem(japan.get(path), 404),
                () -> assertProblem(japan.get(path + "/history"), 404),
                () -> assertProblem(japan.get(path + "/assessments"), 404),
                () -> assertProblem(japan.post(path + "/actions/withdraw", "{}"), 404),
                () -> assertProblem(japan.put(path, draft("Taken over").add("version", 0).build().toString()), 404),
                () -> assertProblem(japan.delete(path), 404));
        JsonObject list = japan.get("api/pledges?memberState=PAK&size=500").object();
        assertEquals(0, list.getInt("total"), "another state's pledges are not listed, whatever the filter");
        assertTrue(japan.get("api/pledges?size=500").object().getJsonArray("items").stream()
                .allMatch(p -> p.asJsonObject().getString("memberState").equals("JPN")));
        assertProblem(japan.post("api/pledges", draft("For Pakistan").add("memberState", "PAK").build().toString()), 403);
        assertEquals("SUBMITTED", pakistan.get(path).object().getString("status"));
    }

    // ------------------------------------------------------------------ joint pledges (SPEC §9)

    @Test
    void aJointPledgeIsReadByItsPartnersAndChangedOnlyByItsLeadState() {
        Api germany = new Api(base).as("fp.germany");
        Api.Reply created = pakistan.post("api/pledges", draft("Joint helicopter unit").add("partners",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("memberState", "DEU")
                        .add("role", "provides the crews"))).build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        String reference = created.object().getString("reference");
        String path = "api/pledges/" + id;
        JsonObject partner = created.object().getJsonArray("partners").getJsonObject(0);
        assertAll(
                () -> assertEquals("DEU", partner.getString("memberState")),
                () -> assertEquals("provides the crews", partner.getString("role")),
                () -> assertEquals("PAK", created.object().getString("memberState"), "the lead state"));

        assertAll("the partner reads the pledge, its history and finds it in its list",
                () -> assertEquals(200, germany.get(path).status()),
                () -> assertEquals(200, germany.get(path + "/history").status()),
                () -> assertTrue(ids(germany.get("api/pledges?size=500")).contains(id)),
                () -> assertEquals(1, germany.get("api/pledges?q=" + reference).object().getInt("total"),
                        "the list's count and its page agree"));
        assertAll("another state neither reads nor lists it",
                () -> assertProblem(japan.get(path), 404),
                () -> assertProblem(japan.get(path + "/history"), 404),
                () -> assertProblem(japan.get(path + "/history/since-approval"), 404),
                () -> assertFalse(ids(japan.get("api/pledges?size=500")).contains(id)));
        long version = created.object().getJsonNumber("version").longValue();
        assertAll("the partner changes nothing",
                () -> assertProblem(germany.put(path, draft("Taken over").add("version", version).build()
                        .toString()), 403),
                () -> assertProblem(germany.post(path + "/actions/submit", "{}"), 403),
                () -> assertProblem(germany.post(path + "/actions/withdraw", "{}"), 403),
                () -> assertProblem(germany.delete(path), 403));
        assertEquals(version, pakistan.get(path).object().getJsonNumber("version").longValue());
        Api.Reply kept = pakistan.put(path, draft("Joint helicopter unit, two crews").add("version", version).build()
                .toString());
        assertEquals(200, kept.status(), kept.body());
        assertEquals("DEU", kept.object().getJsonArray("partners").getJsonObject(0).getString("memberState"),
                "an edit that does not name partners keeps them");

        action(pakistan, id, "submit", null);
        assertTrue(inbox(germany).stream().anyMatch(n -> n.getString("pledgeReference").equals(reference)
                && n.getString("kind").equals("ACKNOWLEDGEMENT")), "the partner gets the pledge's notices");
        assertAll("figures and filters count it once, for the lead state",
                () -> assertTrue(ids(analyst.get("api/pledges?memberState=PAK&size=500")).contains(id)),
                () -> assertFalse(ids(analyst.get("api/pledges?memberState=DEU&size=500")).contains(id)),
                () -> assertEquals(1, Sql.count("SELECT COUNT(*) FROM pledge WHERE reference = '" + reference + "'")));
        JsonObject creation = history(germany, id).get(0);
        assertEquals(List.of(Map.of("field", "partners", "to", "Germany (provides the crews)")),
                changes(creation), "the history names the partners by name");
    }

    @Test
    void partnersAreCheckedAndAWrongOneWritesNothing() {
        long before = Sql.count("SELECT COUNT(*) FROM pledge");
        Map<String, JsonArrayBuilderSupplier> wrong = new LinkedHashMap<>();
        wrong.put("unknown state", () -> Json.createArrayBuilder().add("XXX"));
        wrong.put("the lead state", () -> Json.createArrayBuilder().add("PAK"));
        wrong.put("twice", () -> Json.createArrayBuilder().add("DEU").add("DEU"));
        wrong.put("no code", () -> Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "crews")));
        wrong.put("a number", () -> Json.createArrayBuilder().add(42));
        wrong.forEach((name, partners) -> {
            Api.Reply refused = pakistan.post("api/pledges", draft("Wrong partners").add("partners", partners.get())
                    .build().toString());
            assertProblem(refused, 400);
            assertTrue(fields(refused.object()).contains("partners"), name + ": " + refused.body());
        });
        Api.Reply notAList = pakistan.post("api/pledges", draft("Wrong partners").add("partners", "DEU").build()
                .toString());
        assertProblem(notAList, 400);
        assertTrue(fields(notAList.object()).contains("partners"), notAList.body());
        assertEquals(before, Sql.count("SELECT COUNT(*) FROM pledge"), "nothing was written");
        Api.Reply codes = pakistan.post("api/pledges", draft("Partners by code").add("partners",
                Json.createArrayBuilder().add("deu").add("GHA")).build().toString());
        assertEquals(201, codes.status(), codes.body());
        assertEquals(List.of("DEU", "GHA"), codes.object().getJsonArray("partners").stream()
                .map(p -> p.asJsonObject().getString("memberState")).toList());
    }

    /** A JSON array made afresh for each request. */
    private interface JsonArrayBuilderSupplier {
        jakarta.json.JsonArrayBuilder get();
    }

    // ------------------------------------------------------------------ history with values (SPEC §9)

    @Test
    void theHistoryGivesOldAndNewValuesAndTheReviewerSeesWhatChangedSinceTheLastApproval() {
        long id = approvedPledge("Field hospital");
        String path = "api/pledges/" + id;
        JsonObject sinceNow = reviewer.get(path + "/history/since-approval").object();
        assertFalse(sinceNow.isNull("approvedAt"));
        assertEquals(0, sinceNow.getJsonArray("changes").size(), "nothing changed since the approval");
        JsonObject approval = history(reviewer, id).get(3);
        assertEquals(List.of(Map.of("field", "readinessLevel", "from", "Not registered", "to", "Level 1")),
                changes(approval), "the approval raised the readiness level");

        action(reviewer, id, "reopen", "Personnel to be corrected");
        JsonObject returned = action(reviewer, id, "return", "Please correct the personnel and the date");
        String oldDate = today().plusMonths(3).withDayOfMonth(1).toString();
        String newDate = today().plusMonths(4).withDayOfMonth(1).toString();
        JsonObject first = pakistan.put(path, draft("Field hospital, enlarged").add("personnel", 80)
                .add("availableFrom", newDate).add("partners", Json.createArrayBuilder().add("DEU"))
                .add("version", returned.getJsonNumber("version").longValue()).build().toString()).object();
        JsonObject edit = history(pakistan, id).get(history(pakistan, id).size() - 1);
        assertEquals("EDIT", edit.getString("action"));
        assertEquals(List.of(
                Map.of("field", "title", "from", "Field hospital", "to", "Field hospital, enlarged"),
                Map.of("field", "personnel", "from", "60", "to", "80"),
                Map.of("field", "availableFrom", "from", oldDate, "to", newDate),
                Map.of("field", "partners", "to", "Germany")), changes(edit));
        assertEquals(List.of("title", "personnel", "availableFrom", "partners"),
                strings(edit.getJsonArray("changedFields")));
        JsonObject reopenEntry = history(pakistan, id).stream().filter(h -> h.getString("action").equals("REOPEN"))
                .findFirst().orElseThrow();
        assertEquals(0, reopenEntry.getJsonArray("changes").size());

        pakistan.put(path, draft("Field hospital").add("personnel", 80).add("availableFrom", newDate)
                .add("partners", Json.createArrayBuilder().add("DEU"))
                .add("version", first.getJsonNumber("version").longValue()).build().toString());
        action(pakistan, id, "submit", null);
        action(reviewer, id, "start-review", null);
        JsonObject since = reviewer.get(path + "/history/since-approval").object();
        assertEquals(List.of(
                Map.of("field", "personnel", "from", "60", "to", "80"),
                Map.of("field", "availableFrom", "from", oldDate, "to", newDate),
                Map.of("field", "partners", "to", "Germany")), changes(since),
                "per field from the approved value to today's; the title came back and is left out");
        assertEquals(approval.getString("occurredAt"), since.getString("approvedAt"));

        long never = submittedPledge("Never approved");
        JsonObject none = reviewer.get("api/pledges/" + never + "/history/since-approval").object();
        assertTrue(none.isNull("approvedAt"));
        assertEquals(0, none.getJsonArray("changes").size());
    }

    /** The changes of a history entry (or a since-approval answer) as maps, leaving out empty values. */
    private static List<Map<String, String>> changes(JsonObject entry) {
        return entry.getJsonArray("changes").stream().map(JsonValue::asJsonObject).map(change -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : List.of("field", "from", "to")) {
                if (change.containsKey(key) && !change.isNull(key)) {
                    values.put(key, change.getString(key));
                }
            }
            return values;
        }).toList();
    }

    private static Set<Long> ids(Api.Reply list) {
        assertEquals(200, list.status(), list.body());
        return list.object().getJsonArray("items").stream()
                .map(p -> p.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    @Test
    void draftsAreInvisibleToReviewersAndAnalysts() {
        long draft = pakistan.post("api/pledges", draft("Still a draft").build().toString()).object()
                .getJsonNumber("id").longValue();
        assertProblem(reviewer.get("api/pledges/" + draft), 404);
        assertProblem(analyst.get("api/pledges/" + draft + "/history"), 404);
        assertEquals(0, analyst.get("api/pledges?status=DRAFT").object().getInt("total"));
        JsonObject all = analyst.get("api/pledges?size=500").object();
        assertTrue(all.getJsonArray("items").stream()
                .noneMatch(p -> p.asJsonObject().getString("status").equals("DRAFT")));
        assertEquals(Sql.count("SELECT COUNT(*) FROM pledge WHERE status <> 'DRAFT'"), all.getInt("total"));
    }

    @Test
    void listsArePagedSortedAndSearchedByTheDatabase() {
        JsonObject page = analyst.get("api/pledges?status=APPROVED&category=MEDICAL&sort=-personnel&size=5&page=0")
                .object();
        long expected = Sql.count("SELECT COUNT(*) FROM pledge WHERE status = 'APPROVED' AND category = 'MEDICAL'");
        assertEquals(expected, page.getInt("total"));
        assertEquals(5, page.getInt("size"));
        assertEquals(0, page.getInt("page"));
        List<Integer> personnel = page.getJsonArray("items").stream().map(p -> p.asJsonObject().getInt("personnel"))
                .toList();
        assertEquals(personnel.stream().sorted((a, b) -> b - a).toList(), personnel);
        assertTrue(personnel.size() <= 5);
        String reference = Sql.single("SELECT MIN(reference) FROM pledge WHERE status = 'APPROVED'");
        JsonObject found = analyst.get("api/pledges?q=" + reference.toLowerCase()).object();
        assertEquals(1, found.getInt("total"));
        assertEquals(reference, found.getJsonArray("items").getJsonObject(0).getString("reference"));
    }

    /**
     * The count (asked for by a full page of one) and the page (every match on one page, which then says the total
     * itself) come from the same filter: for every kind of filter and both scopes (drafts left out or, for a focal
     * point, included) they agree with each other and with the database.
     */
    @Test
    void aListsCountAndItsPageAgreeForEveryFilter() {
        submittedPledge("Counted 100% like its page");
        assertEquals(201, pakistan.post("api/pledges", draft("A draft 100% like its page").build().toString())
                .status(), "a draft that every filter below matches, listed for Pakistan alone");
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status=SUBMITTED,UNDER_REVIEW", "status IN ('SUBMITTED', 'UNDER_REVIEW')");
        filters.put("memberState=PAK&category=MEDICAL", "member_state = 'PAK' AND category = 'MEDICAL'");
        filters.put("event=BERLIN-2025", "event_code IN (SELECT code FROM pledging_event"
                + " WHERE code = 'BERLIN-2025' OR ministerial = 'BERLIN-2025')");
        filters.put("q=LIKE+its", searched("'%like its%'"));
        filters.put("q=100%25", searched("'%100!%%' ESCAPE '!'"));
        filters.forEach((query, where) -> {
            long expected = Sql.count("SELECT COUNT(*) FROM pledge WHERE status <> 'DRAFT' AND " + where);
            assertEquals(expected, total(analyst.get("api/pledges?size=1&" + query)), query + ": the count");
            JsonObject all = analyst.get("api/pledges?size=500&" + query).object();
            assertEquals(expected, all.getJsonArray("items").size(), query + ": the page");
        });
        long own = Sql.count("SELECT COUNT(*) FROM pledge WHERE member_state = 'PAK'");
        assertTrue(own > 1, "drafts included, Pakistan has several pledges");
        assertEquals(own, total(pakistan.get("api/pledges?size=1")), "a focal point's count, drafts included");
        assertEquals(own, pakistan.get("api/pledges?size=500").object().getJsonArray("items").size());
    }

    private static String searched(String pattern) {
        return "(LOWER(reference) LIKE " + pattern + " OR LOWER(title) LIKE " + pattern + " OR LOWER(description) LIKE "
                + pattern + ")";
    }

    /**
     * A list reads its page as a projection of columns, a single pledge as an entity: both must say the same, field
     * for field, for a pledge with preferred missions and detail lines.
     */
    @Test
    void aListedPledgeIsThePledgeItsOwnAddressShows() {
        Api.Reply created = pakistan.post("api/pledges", draft("Hospital with its equipment \"listed\"")
                .add("preferredMissions", Json.createArrayBuilder().add("UNMISS").add("MINUSCA"))
                .add("lines", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "MAJOR_EQUIPMENT")
                                .add("description", "Ambulance, 4x4").add("quantity", 4))
                        .add(Json.createObjectBuilder().add("kind", "MAJOR_EQUIPMENT")
                                .add("description", "Water purification unit").add("quantity", 1)))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        action(pakistan, id, "submit", null);
        JsonObject single = analyst.get("api/pledges/" + id).object();
        JsonObject listed = analyst.get("api/pledges?q=" + single.getString("reference")).object()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(2, single.getJsonArray("lines").size(), single.toString());
        assertEquals(2, single.getJsonArray("preferredMissions").size(), single.toString());
        assertEquals(single, listed);
    }

    // ------------------------------------------------------------------ concurrency

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        JsonObject created = pakistan.post("api/pledges", draft("Versioned").build().toString()).object();
        long id = created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();
        assertEquals(200, pakistan.put("api/pledges/" + id, draft("Versioned, first edit").add("version", version)
                .build().toString()).status());
        Api.Reply stale = pakistan.put("api/pledges/" + id, draft("Versioned, lost edit").add("version", version)
                .build().toString());
        assertProblem(stale, 409);
        assertEquals(version + 1, stale.object().getJsonNumber("currentVersion").longValue());
        assertEquals("Versioned, first edit", pakistan.get("api/pledges/" + id).object().getString("title"));
        assertProblem(pakistan.post(actionPath(id, "submit"), "{\"version\": " + version + "}"), 409);
    }

    @Test
    void twoReviewersRacingOnOneDecisionLeaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = submittedPledge("Race " + round);
            action(reviewer, id, "start-review", null);
            List<Integer> codes = concurrently(2, i -> i == 0
                    ? reviewer.post(actionPath(id, "approve"), "{}").status()
                    : reviewer.post(actionPath(id, "reject"), "{\"comment\":\"Not needed\"}").status());
            assertEquals(List.of(200, 409), codes.stream().sorted().toList(), "exactly one wins: " + codes);
            String winner = codes.get(0) == 200 ? "APPROVED" : "REJECTED";
            assertEquals(winner, pakistan.get("api/pledges/" + id).object().getString("status"));
            assertEquals(1, history(pakistan, id).stream()
                    .filter(h -> Set.of("APPROVE", "REJECT").contains(h.getString("action"))).count());
        }
    }

    // ------------------------------------------------------------------ the renewal schedule

    @Test
    void overdueApprovedPledgesLapseOnceAndCanBeRenewedIntoReview() {
        long id = approvedPledge("Overdue unit");
        Sql.update("UPDATE pledge SET renewal_due = DATE '2020-01-01' WHERE id = " + id);
        assertProblem(pakistan.post("api/admin/renewals", "{}"), 403);
        Api.Reply run = admin.post("api/admin/renewals", "{}");
        assertEquals(200, run.status(), run.body());
        assertTrue(run.object().getInt("lapsed") >= 1);
        assertEquals("LAPSED", pakistan.get("api/pledges/" + id).object().getString("status"));
        assertEquals(0, admin.post("api/admin/renewals", "{}").object().getInt("lapsed"), "nothing lapses twice");
        assertEquals(1, history(pakistan, id).stream().filter(h -> h.getString("action").equals("LAPSE")).count());
        assertTrue(inboxKinds(pakistan).contains("LAPSED"));
        assertEquals("SUBMITTED", action(pakistan, id, "renew", null).getString("status"));
    }

    // ------------------------------------------------------------------ deployments (SPEC §10)

    private static String deployment(String mission, LocalDate on, Integer personnel, Integer women, String comment) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (mission != null) {
            body.add("mission", mission);
        }
        if (on != null) {
            body.add("deployedOn", on.toString());
        }
        if (personnel != null) {
            body.add("personnel", personnel);
        }
        if (women != null) {
            body.add("women", women);
        }
        if (comment != null) {
            body.add("comment", comment);
        }
        return body.build().toString();
    }

    @Test
    void aReviewerDeploysAnApprovedPledgeAndRepatriatesItAndTheFocalPointsHearOfBoth() {
        long id = approvedPledge("Hospital that deploys");
        Api.Reply deployed = reviewer.post(actionPath(id, "deploy"),
                deployment("UNMISS", today(), 58, 13, "Deployed with its full medical team"));
        assertEquals(200, deployed.status(), deployed.body());
        JsonObject pledge = pakistan.get("api/pledges/" + id).object();
        JsonObject recorded = pledge.getJsonObject("deployment");
        assertAll(
                () -> assertEquals("DEPLOYED", pledge.getString("status")),
                () -> assertTrue(pledge.isNull("renewalDue"), "a deployed pledge needs no renewal"),
                () -> assertFalse(pledge.isNull("approvedAt"), "the approval date stays for the fulfilment"),
                () -> assertEquals("UNMISS", recorded.getString("mission")),
                () -> assertEquals(today().toString(), recorded.getString("deployedOn")),
                () -> assertEquals(58, recorded.getInt("personnel")),
                () -> assertEquals(13, recorded.getInt("women")),
                () -> assertEquals("reviewer", recorded.getString("deployedBy")),
                () -> assertTrue(recorded.isNull("repatriatedOn")),
                () -> assertEquals(List.of("UNMISS", today().toString(), "58", "13"), Sql.column(
                        "SELECT deployment_mission FROM pledge WHERE id = " + id + " UNION ALL SELECT CAST(deployed_on "
                        + "AS VARCHAR(10)) FROM pledge WHERE id = " + id + " UNION ALL SELECT CAST(deployed_personnel "
                        + "AS VARCHAR(10)) FROM pledge WHERE id = " + id + " UNION ALL SELECT CAST(deployed_women AS "
                        + "VARCHAR(10)) FROM pledge WHERE id = " + id)));
        assertTrue(inboxKinds(pakistan).contains("DEPLOYED"));
        assertProblem(pakistan.post(actionPath(id, "renew"), "{}"), 409);
        assertProblem(pakistan.post(actionPath(id, "withdraw"), "{\"comment\":\"No\"}"), 409);
        assertProblem(reviewer.post(actionPath(id, "reopen"), "{\"comment\":\"No\"}"), 409);

        // The lapse job skips it, even with a renewal date in the past.
        Sql.update("UPDATE pledge SET renewal_due = DATE '2020-01-01' WHERE id = " + id);
        assertEquals(200, admin.post("api/admin/renewals", "{}").status());
        assertEquals("DEPLOYED", pakistan.get("api/pledges/" + id).object().getString("status"));

        Api.Reply noComment = reviewer.post(actionPath(id, "repatriate"), "{}");
        assertProblem(noComment, 400);
        assertProblem(reviewer.post(actionPath(id, "repatriate"), Json.createObjectBuilder()
                .add("comment", "Home").add("repatriatedOn", today().minusDays(1).toString()).build().toString()), 400);
        assertProblem(pakistan.post(actionPath(id, "repatriate"), "{\"comment\":\"Home\"}"), 403);
        Api.Reply home = reviewer.post(actionPath(id, "repatriate"), Json.createObjectBuilder()
                .add("comment", "Rotated home at the end of the mandate").add("repatriatedOn", today().toString())
                .build().toString());
        assertEquals(200, home.status(), home.body());
        JsonObject after = home.object();
        assertEquals("REPATRIATED", after.getString("status"));
        assertEquals(today().toString(), after.getJsonObject("deployment").getString("repatriatedOn"));
        assertEquals("Rotated home at the end of the mandate",
                after.getJsonObject("deployment").getString("repatriationComment"));
        assertTrue(inboxKinds(pakistan).contains("REPATRIATED"));
        assertProblem(reviewer.post(actionPath(id, "repatriate"), "{\"comment\":\"Again\"}"), 409);
        assertProblem(reviewer.post(actionPath(id, "deploy"), deployment("UNMISS", today(), 5, 1, null)), 409);
        List<JsonObject> entries = history(pakistan, id);
        assertEquals(List.of("CREATE", "SUBMIT", "START_REVIEW", "APPROVE", "DEPLOY", "REPATRIATE"),
                entries.stream().map(h -> h.getString("action")).toList());
        JsonObject deployEntry = entries.get(4);
        assertEquals("APPROVED", deployEntry.getString("fromStatus"));
        assertEquals("DEPLOYED", deployEntry.getString("toStatus"));
        assertTrue(changes(deployEntry).contains(Map.of("field", "deployment.mission", "to", "UNMISS")),
                deployEntry.toString());
        assertEquals("Rotated home at the end of the mandate", entries.get(5).getString("comment"));
    }

    @Test
    void onlyAReviewerDeploysAndOnlyAnApprovedPledge() {
        long submitted = submittedPledge("Not yet approved");
        long approved = approvedPledge("Approved, deploy probe");
        String body = deployment("UNMISS", today(), 60, 12, null);
        assertAll(
                () -> assertProblem(pakistan.post(actionPath(approved, "deploy"), body), 403),
                () -> assertProblem(analyst.post(actionPath(approved, "deploy"), body), 403),
                () -> assertProblem(admin.post(actionPath(approved, "deploy"), body), 403),
                () -> assertProblem(japan.post(actionPath(approved, "deploy"), body), 404),
                () -> assertProblem(reviewer.post(actionPath(submitted, "deploy"), body), 409),
                () -> assertProblem(reviewer.post(actionPath(approved, "repatriate"), "{\"comment\":\"x\"}"), 409));
        action(reviewer, submitted, "start-review", null);
        assertProblem(reviewer.post(actionPath(submitted, "deploy"), body), 409);
        assertEquals("UNDER_REVIEW", pakistan.get("api/pledges/" + submitted).object().getString("status"));
        assertEquals("APPROVED", pakistan.get("api/pledges/" + approved).object().getString("status"));
        assertTrue(pakistan.get("api/pledges/" + approved).object().isNull("deployment"));
    }

    @Test
    void aDeploymentIsCheckedFieldByFieldAndMorePersonnelThanPledgedNeedsAReason() {
        long id = approvedPledge("Deployment checks");
        Api.Reply empty = reviewer.post(actionPath(id, "deploy"), "{}");
        assertProblem(empty, 400);
        assertEquals(Set.of("mission", "deployedOn"), fields(empty.object()));
        Api.Reply wrong = reviewer.post(actionPath(id, "deploy"),
                deployment("NO-SUCH-MISSION", today().plusDays(3), 10, 11, null));
        assertProblem(wrong, 400);
        assertEquals(Set.of("mission", "deployedOn", "women"), fields(wrong.object()));
        Api.Reply early = reviewer.post(actionPath(id, "deploy"), deployment("UNMISS", today().minusDays(30), 60, 12,
                null));
        assertProblem(early, 400);
        assertEquals(Set.of("deployedOn"), fields(early.object()), "not before the approval");
        Api.Reply typed = reviewer.post(actionPath(id, "deploy"),
                "{\"mission\":\"UNMISS\",\"deployedOn\":\"2026-02-30\",\"personnel\":\"many\",\"women\":1}");
        assertProblem(typed, 400);
        assertEquals(Set.of("deployedOn", "personnel"), fields(typed.object()));
        Api.Reply more = reviewer.post(actionPath(id, "deploy"), deployment("UNMISS", today(), 70, 12, null));
        assertProblem(more, 400);
        assertEquals(Set.of("personnel"), fields(more.object()));
        assertTrue(more.object().getJsonArray("errors").getJsonObject(0).getString("message").contains("60"),
                more.body());
        assertEquals("APPROVED", pakistan.get("api/pledges/" + id).object().getString("status"), "nothing written");
        assertEquals(4, history(pakistan, id).size());

        Api.Reply explained = reviewer.post(actionPath(id, "deploy"), deployment("UNMISS", today(), 70, 12,
                "The mission asked for a reinforced surgical team"));
        assertEquals(200, explained.status(), explained.body());
        assertEquals(70, explained.object().getJsonObject("deployment").getInt("personnel"));

        long asPledged = approvedPledge("Deploys as pledged");
        Api.Reply defaults = reviewer.post(actionPath(asPledged, "deploy"), deployment("MINUSCA", today(), null, null,
                null));
        assertEquals(200, defaults.status(), defaults.body());
        assertEquals(60, defaults.object().getJsonObject("deployment").getInt("personnel"));
        assertEquals(12, defaults.object().getJsonObject("deployment").getInt("women"));
    }

    @Test
    void deployedPledgesCountAsApprovedInTheFiguresAndTheListFiltersThem() {
        long id = approvedPledge("Counted once deployed");
        JsonObject before = analyst.get("api/dashboard?event=BERLIN-2025").object().getJsonObject("totals");
        Api.Reply deploy = reviewer.post(actionPath(id, "deploy"), deployment("UNMISS", today(), null, null, null));
        assertEquals(200, deploy.status(), deploy.body());
        assertProblem(reviewer.post(actionPath(id, "deploy"), deployment("UNMISS", today(), null, null, null)), 409);
        JsonObject after = analyst.get("api/dashboard?event=BERLIN-2025").object().getJsonObject("totals");
        assertEquals(before.getJsonNumber("pledges").longValue(), after.getJsonNumber("pledges").longValue());
        assertEquals(Sql.count("SELECT COUNT(*) FROM pledge WHERE status = 'DEPLOYED'"),
                analyst.get("api/pledges?status=DEPLOYED&size=1").object().getInt("total"));
        assertTrue(ids(analyst.get("api/pledges?status=DEPLOYED&size=100&sort=-updatedAt")).contains(id));
    }

    // ------------------------------------------------------------------ four eyes (SPEC §10)

    private static String rapidDeployment() {
        return Json.createObjectBuilder().add("type", "RAPID_DEPLOYMENT_VERIFICATION")
                .add("assessedOn", today().toString()).add("outcome", "SUCCESSFUL")
                .add("readinessLevel", "RAPID_DEPLOYMENT").add("notes", "Verified on site").build().toString();
    }

    @Test
    void rapidDeploymentWaitsForASecondDifferentReviewer() {
        long id = approvedPledge("Rapid deployment candidate");
        Api.Reply proposed = reviewer.post("api/pledges/" + id + "/assessments", rapidDeployment());
        assertEquals(201, proposed.status(), proposed.body());
        long aid = proposed.object().getJsonNumber("id").longValue();
        assertEquals("PENDING", proposed.object().getString("state"));
        assertEquals("LEVEL_1", pakistan.get("api/pledges/" + id).object().getString("readinessLevel"),
                "the pledge keeps its level until confirmed");
        String confirm = "api/pledges/" + id + "/assessments/" + aid + "/confirm";

        Api.Reply own = reviewer.post(confirm, "{}");
        assertProblem(own, 403);
        assertTrue(own.object().getString("detail").contains("second, different reviewer"), own.body());
        assertProblem(pakistan.post(confirm, "{}"), 403);
        assertProblem(analyst.post(confirm, "{}"), 403);
        assertProblem(japan.post(confirm, "{}"), 404);
        assertProblem(reviewer.post("api/pledges/" + id + "/assessments", rapidDeployment()), 409);
        assertProblem(reviewer.post("api/pledges/" + id + "/assessments/999999/confirm", "{}"), 404);
        assertEquals("LEVEL_1", pakistan.get("api/pledges/" + id).object().getString("readinessLevel"));

        Api second = new Api(base).as("reviewer2");
        // A reviewer's script finds what waits for a second reviewer, with what it needs to confirm it.
        Api.Reply waiting = second.get("api/assessments?state=PENDING");
        assertEquals(200, waiting.status(), waiting.body());
        JsonObject mine = waiting.array().getValuesAs(JsonObject.class).stream()
                .filter(one -> one.getJsonNumber("assessmentId").longValue() == aid).findFirst()
                .orElseThrow(() -> new AssertionError("the proposal waits: " + waiting.body()));
        assertAll(
                () -> assertEquals(id, mine.getJsonNumber("pledgeId").longValue()),
                () -> assertEquals(pakistan.get("api/pledges/" + id).object().getString("reference"),
                        mine.getString("reference")),
                () -> assertEquals("reviewer", mine.getString("proposedBy")),
                () -> assertEquals("LEVEL_1", mine.getString("currentLevel")),
                () -> assertEquals(Sql.count("SELECT COUNT(*) FROM assessment a JOIN pledge p ON p.id = a.pledge_id"
                                + " WHERE a.review_state = 'PENDING' AND p.status = 'APPROVED'"),
                        waiting.array().size(), "every pending assessment, none other"));
        assertProblem(analyst.get("api/assessments?state=PENDING"), 403);
        assertProblem(pakistan.get("api/assessments?state=PENDING"), 403);
        Api.Reply recorded = second.get("api/assessments?state=RECORDED");
        assertProblem(recorded, 400);
        assertTrue(recorded.body().contains("\"state\""), "the problem names the parameter: " + recorded.body());
        assertProblem(second.get("api/assessments"), 400);

        Api.Reply confirmed = second.post(confirm, "{}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("CONFIRMED", confirmed.object().getString("state"));
        assertEquals("reviewer2", confirmed.object().getString("confirmedBy"));
        assertEquals("RAPID_DEPLOYMENT", pakistan.get("api/pledges/" + id).object().getString("readinessLevel"));
        assertProblem(second.post(confirm, "{}"), 409);
        assertTrue(second.get("api/assessments?state=PENDING").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(one -> one.getJsonNumber("assessmentId").longValue() == aid), "confirmed: no longer waits");
        List<JsonObject> entries = history(pakistan, id);
        JsonObject last = entries.get(entries.size() - 1);
        assertEquals("reviewer2", last.getString("actor"));
        assertEquals(List.of(Map.of("field", "readinessLevel", "from", "Level 1", "to", "Rapid deployment")),
                changes(last), last.toString());
        assertEquals("ASSESS", entries.get(entries.size() - 2).getString("action"), "the proposal has its entry");
    }

    @Test
    void anAssessmentBelowRapidDeploymentTakesEffectAtOnce() {
        long id = approvedPledge("Level 3 at once");
        Api.Reply recorded = reviewer.post("api/pledges/" + id + "/assessments", Json.createObjectBuilder()
                .add("type", "SURU_ALIGNMENT").add("assessedOn", today().toString()).add("outcome", "SUCCESSFUL")
                .add("readinessLevel", "LEVEL_3").build().toString());
        assertEquals(201, recorded.status(), recorded.body());
        assertEquals("RECORDED", recorded.object().getString("state"));
        assertEquals("LEVEL_3", pakistan.get("api/pledges/" + id).object().getString("readinessLevel"));
        long aid = recorded.object().getJsonNumber("id").longValue();
        assertProblem(new Api(base).as("reviewer2").post("api/pledges/" + id + "/assessments/" + aid + "/confirm",
                "{}"), 409);
    }

    // ------------------------------------------------------------------ requirements, gaps, inbox

    @Test
    void reviewersRecordRequirementsAndTheGapViewCountsApprovedPledgesByReadiness() {
        Api.Reply created = reviewer.post("api/requirements", Json.createObjectBuilder()
                .add("capabilityType", "EOD_COMPANY").add("quantity", 2).add("priority", "CRITICAL")
                .add("event", "BERLIN-2025").build().toString());
        assertEquals(201, created.status(), created.body());
        assertTrue(created.object().getInt("id") > 0);
        assertProblem(analyst.post("api/requirements", created.body()), 403);
        Api.Reply wrong = reviewer.post("api/requirements", Json.createObjectBuilder()
                .add("capabilityType", "NOPE").add("quantity", 0).add("priority", "SOON").build().toString());
        assertProblem(wrong, 400);
        assertTrue(fields(wrong.object()).containsAll(Set.of("capabilityType", "quantity", "priority")));
        assertProblem(pakistan.get("api/gaps?event=BERLIN-2025"), 403);
        assertProblem(analyst.get("api/gaps?event=NO-SUCH-EVENT"), 404);

        JsonObject before = gapRow("LEVEL_2_HOSPITAL");
        approvedPledge("Hospital counted in the gap");
        JsonObject after = gapRow("LEVEL_2_HOSPITAL");
        assertEquals(before.getInt("pledgedTotal") + 1, after.getInt("pledgedTotal"));
        assertEquals(before.getJsonObject("pledged").getInt("LEVEL_1") + 1,
                after.getJsonObject("pledged").getInt("LEVEL_1"));
        assertEquals(before.getInt("pledgedPersonnel") + 60, after.getInt("pledgedPersonnel"));
        JsonObject report = analyst.get("api/gaps?event=BERLIN-2025").object();
        long approvedUnits = Sql.count("SELECT COALESCE(SUM(p.units), 0) FROM pledge p JOIN pledging_event e "
                + "ON e.code = p.event_code WHERE p.status IN ('APPROVED', 'DEPLOYED', 'REPATRIATED') "
                + "AND (e.code = 'BERLIN-2025' "
                + "OR e.ministerial = 'BERLIN-2025')");
        assertEquals(approvedUnits, report.getJsonObject("totals").getInt("pledgedTotal"));
        assertEquals(Sql.count("SELECT SUM(quantity) FROM capability_requirement WHERE event_code = 'BERLIN-2025'"),
                report.getJsonObject("totals").getInt("required"));
    }

    @Test
    void anAnalystsListCountFollowsEveryChangeAtOnce() {
        String submitted = "api/pledges?status=SUBMITTED&size=1";
        long before = total(analyst.get(submitted));
        assertEquals(before, total(analyst.get(submitted)), "the same count again (served from the count cache)");
        submittedPledge("Counted at once");
        long after = total(analyst.get(submitted));
        assertEquals(before + 1, after);
        assertEquals(Sql.count("SELECT COUNT(*) FROM pledge WHERE status = 'SUBMITTED'"), after);
    }

    private static long total(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getJsonNumber("total").longValue();
    }

    @Test
    void theDashboardFiguresAreTheDatabasesSums() {
        assertProblem(pakistan.get("api/dashboard"), 403);
        assertProblem(analyst.get("api/dashboard?event=NO-SUCH-EVENT"), 404);
        Api.Reply wrong = analyst.get("api/dashboard?includePending=maybe");
        assertProblem(wrong, 400);
        assertEquals(Set.of("includePending"), fields(wrong.object()));

        approvedPledge("Hospital counted on the dashboard");
        Api.Reply reply = analyst.get("api/dashboard?event=BERLIN-2025&includePending=true");
        assertEquals(200, reply.status(), reply.body());
        JsonObject dashboard = reply.object();
        String counted = "FROM pledge p JOIN pledging_event e ON e.code = p.event_code "
                + "WHERE p.status IN ('SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'APPROVED', 'DEPLOYED', 'REPATRIATED') "
                + "AND (e.code = 'BERLIN-2025' OR e.ministerial = 'BERLIN-2025')";
        JsonObject totals = dashboard.getJsonObject("totals");
        assertEquals(Sql.count("SELECT COUNT(*) " + counted), totals.getJsonNumber("pledges").longValue());
        assertEquals(Sql.count("SELECT SUM(p.personnel) " + counted), totals.getJsonNumber("personnel").longValue());
        assertEquals(Sql.count("SELECT SUM(p.women) " + counted), totals.getJsonNumber("women").longValue());
        JsonObject medical = dashboard.getJsonArray("byCategory").stream().map(JsonValue::asJsonObject)
                .filter(row -> row.getString("category").equals("MEDICAL")).findFirst().orElseThrow()
                .getJsonObject("figures");
        assertEquals(Sql.count("SELECT COUNT(*) " + counted + " AND p.category = 'MEDICAL'"),
                medical.getJsonNumber("pledges").longValue());
        assertEquals(dashboard.getJsonObject("gaps").getJsonObject("totals").getInt("pledgedTotal"),
                analyst.get("api/gaps?event=BERLIN-2025").object().getJsonObject("totals").getInt("pledgedTotal"));
    }

    @Test
    void noticesAreReadOnlyByTheirRecipients() {
        submittedPledge("Notice to read");
        JsonObject notice = inbox(pakistan).get(0);
        long unread = pakistan.get("api/notifications/unread-count").object().getInt("unread");
        assertTrue(unread >= 1);
        assertProblem(japan.post("api/notifications/" + notice.getInt("id") + "/read", "{}"), 404);
        Api.Reply read = pakistan.post("api/notifications/" + notice.getInt("id") + "/read", "{}");
        assertEquals(200, read.status(), read.body());
        assertFalse(read.object().isNull("readAt"));
        assertEquals(unread - 1, pakistan.get("api/notifications/unread-count").object().getInt("unread"));
        assertTrue(inbox(japan).stream().noneMatch(n -> n.getString("pledgeReference", "").startsWith("PAK-")));
    }

    private JsonObject gapRow(String type) {
        Api.Reply reply = analyst.get("api/gaps?event=BERLIN-2025");
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("capabilityType").equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("No gap row for " + type + " in " + reply.body()));
    }

    // ------------------------------------------------------------------ the API description

    @Test
    void theOpenApiDocumentDescribesThePledgeEndpoints() {
        Api.Reply openapi = new Api(base).get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/pledges/{id}/actions/{action}"), "documents the action endpoint");
    }

    // ------------------------------------------------------------------ malformed requests (issue 12)

    /** One answer names every bad field: a type error and a rule error together, not in two rounds. */
    @Test
    void anImpossibleDateAndANegativePersonnelAreNamedInOneAnswer() {
        Api.Reply refused = pakistan.post("api/pledges", Json.createObjectBuilder()
                .add("capabilityType", "LEVEL_2_HOSPITAL").add("title", "Two bad fields")
                .add("availableFrom", "2026-02-30").add("personnel", -5).build().toString());
        assertProblem(refused, 400);
        assertEquals(Set.of("availableFrom", "personnel"), fields(refused.object()));
        Api.Reply mixed = pakistan.post("api/pledges", Json.createObjectBuilder()
                .add("units", "two").add("selfSustainment", "MAYBE").add("personnel", 10).add("women", 11)
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "TANK")))
                .build().toString());
        assertProblem(mixed, 400);
        assertEquals(Set.of("units", "selfSustainment", "women", "title", "capabilityType", "lines[0].kind"),
                fields(mixed.object()), "type errors (units, selfSustainment, kind) with rule errors (the rest)");
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM pledge WHERE title = 'Two bad fields'"));
    }

    /** An endpoint that takes a JSON body: who calls it, how, and a body it would take. */
    private record Endpoint(String name, String user, String method, String path, String body,
                            boolean bodyOptional) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A malformed request and the answer it must get: status, a phrase of the detail, the fields named. */
    private record Malformed(String name, String contentType, String accept, String body, int status,
                             String detail, Set<String> fields) {

        /** A malformed body sent as JSON. */
        static Malformed body(String name, String body, int status, String detail) {
            return new Malformed(name, "application/json", "application/json", body, status, detail, Set.of());
        }

        /** The endpoint's own well-formed body under wrong headers ({@code body} null). */
        static Malformed headers(String name, String contentType, String accept, int status, String detail) {
            return new Malformed(name, contentType, accept, null, status, detail, Set.of());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Ids made once per run for the endpoints that work on an existing pledge or requirement. */
    private record Targets(long draft, long approved, long requirement) {
    }

    private static Targets targets;

    private static final List<Endpoint> JSON_ENDPOINTS = List.of(
            new Endpoint("create pledge", "fp.pakistan", "POST", "api/pledges", "{pledge}", false),
            new Endpoint("edit pledge", "fp.pakistan", "PUT", "api/pledges/{draft}", "{pledge}", false),
            new Endpoint("pledge action", "fp.pakistan", "POST", "api/pledges/{draft}/actions/submit", "{}", true),
            new Endpoint("record assessment", "reviewer", "POST", "api/pledges/{approved}/assessments",
                    "{\"type\":\"ASSESSMENT_ADVISORY_VISIT\",\"assessedOn\":\"2026-01-05\",\"outcome\":\"SUCCESSFUL\"}",
                    false),
            new Endpoint("create requirement", "reviewer", "POST", "api/requirements",
                    "{\"capabilityType\":\"EOD_COMPANY\",\"quantity\":1,\"priority\":\"CRITICAL\"}", false),
            new Endpoint("edit requirement", "reviewer", "PUT", "api/requirements/{requirement}",
                    "{\"capabilityType\":\"EOD_COMPANY\",\"quantity\":1,\"priority\":\"CRITICAL\",\"version\":0}",
                    false),
            new Endpoint("session sign-in", null, "POST", "api/session",
                    "{\"username\":\"fp.japan\",\"password\":\"peacekeeping\"}", false));

    /** What every JSON endpoint refuses, the same way. */
    private static List<Malformed> malformedJson() {
        String deepInField = "{\"title\":" + "[".repeat(40) + "]".repeat(40) + "}";
        String oversized = "{\"title\":\"" + "x".repeat(1024 * 1024) + "\"}";
        return List.of(
                Malformed.body("an array", "[]", 400, "not an array"),
                Malformed.body("an array of an object", "[{\"title\":\"x\"}]", 400, "not an array"),
                Malformed.body("a string", "\"pledge\"", 400, "not a string"),
                Malformed.body("a number", "42", 400, "not a number"),
                Malformed.body("true", "true", 400, "not true or false"),
                Malformed.body("null", "null", 400, "not null"),
                Malformed.body("an empty body", "", 400, "JSON object"),
                Malformed.body("a blank body", " \r\n ", 400, "JSON object"),
                Malformed.body("broken JSON", "{\"title\": ", 400, "not valid JSON"),
                Malformed.body("two objects", "{} {}", 400, "not valid JSON"),
                Malformed.body("single quotes", "{'title':'x'}", 400, "not valid JSON"),
                Malformed.body("HTML", "<html></html>", 400, "not JSON"),
                Malformed.body("100,000 levels deep", "[".repeat(100_000), 400, "deeper than 32 levels"),
                Malformed.body("100,000 objects deep", "{\"a\":".repeat(100_000), 400, "deeper than 32 levels"),
                Malformed.body("40 levels deep in a field", deepInField, 400, "deeper than 32 levels"),
                Malformed.body("over 1 MB", oversized, 413, "larger than 1 MB"),
                Malformed.headers("Content-Type text/plain", "text/plain", "application/json", 415,
                        "Content-Type: application/json"),
                Malformed.headers("Content-Type application/xml", "application/xml", "application/json", 415,
                        "Content-Type: application/json"),
                Malformed.headers("a form instead of JSON", "application/x-www-form-urlencoded", "application/json",
                        415, "Content-Type: application/json"),
                Malformed.headers("a Content-Type that does not parse", ";;;", "application/json", 400,
                        "does not parse"),
                Malformed.headers("an Accept that does not parse", "application/json", ";;;", 400, "does not parse"),
                Malformed.headers("Accept text/html", "application/json", "text/html", 406, "JSON only"),
                Malformed.headers("Accept application/xml", "application/json", "application/xml", 406, "JSON only"));
    }

    /** Each endpoint's own fields, wrong in type and by the rules at once: all named in one answer. */
    private static Map<String, List<Malformed>> badFields() {
        return Map.of(
                "create pledge", List.of(fieldCase("a date and a count wrong",
                        "{\"capabilityType\":\"LEVEL_2_HOSPITAL\",\"title\":\"x\",\"availableFrom\":\"2026-02-30\","
                                + "\"personnel\":-5}", "availableFrom", "personnel"),
                        fieldCase("a huge code and a long title",
                                "{\"capabilityType\":\"" + "X".repeat(100_000) + "\",\"title\":\""
                                        + "t".repeat(5_000) + "\"}", "capabilityType", "title"),
                        fieldCase("a thousand missions", "{\"capabilityType\":\"LEVEL_2_HOSPITAL\",\"title\":\"x\","
                                + "\"preferredMissions\":[" + "\"UNMISS\",".repeat(999) + "\"UNMISS\"]}",
                                "preferredMissions")),
                "edit pledge", List.of(fieldCase("no version, a bad date, a word for a number",
                        "{\"capabilityType\":\"LEVEL_2_HOSPITAL\",\"title\":\"x\",\"availableFrom\":\"soon\","
                                + "\"units\":\"two\"}", "version", "availableFrom", "units")),
                "pledge action", List.of(fieldCase("a number for the comment, a word for the version",
                        "{\"comment\":5,\"version\":\"x\"}", "comment", "version")),
                "record assessment", List.of(fieldCase("an unknown type, an impossible date, no outcome",
                        "{\"type\":\"NOPE\",\"assessedOn\":\"2026-13-01\"}", "type", "assessedOn", "outcome")),
                "create requirement", List.of(fieldCase("a word for the quantity, an unknown priority",
                        "{\"quantity\":\"x\",\"priority\":\"SOON\"}", "capabilityType", "quantity", "priority",
                        "event"), fieldCase("a huge code", "{\"capabilityType\":\"" + "X".repeat(100_000)
                        + "\",\"quantity\":1,\"priority\":\"CRITICAL\",\"event\":\"BERLIN-2025\"}", "capabilityType")),
                "edit requirement", List.of(fieldCase("a word for the quantity, no version",
                        "{\"capabilityType\":\"EOD_COMPANY\",\"quantity\":\"x\",\"priority\":\"CRITICAL\","
                                + "\"event\":\"BERLIN-2025\"}",
                        "quantity", "version")),
                "session sign-in", List.of(new Malformed("a number for the username", "application/json",
                        "application/json", "{\"username\":5,\"password\":\"x\"}", 400, "username and a password",
                        Set.of())));
    }

    private static Malformed fieldCase(String name, String body, String... fields) {
        return new Malformed(name, "application/json", "application/json", body, 400, "", Set.of(fields));
    }

    static Stream<Arguments> malformedRequests() {
        Map<String, List<Malformed>> own = badFields();
        return JSON_ENDPOINTS.stream().flatMap(endpoint -> Stream.concat(malformedJson().stream()
                        .filter(bad -> !(endpoint.bodyOptional() && bad.name().endsWith("body"))),
                own.get(endpoint.name()).stream()).map(bad -> Arguments.of(endpoint, bad)));
    }

    /**
     * The catalogue: every endpoint that takes a JSON body, every kind of malformed request. Each answer is the
     * expected 4xx as a problem document saying what is wrong (and which fields), and nothing was written.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedRequests")
    void aMalformedRequestIsAProblemDocumentAndWritesNothing(Endpoint endpoint, Malformed bad) {
        Targets ids = targets();
        String path = endpoint.path().replace("{draft}", String.valueOf(ids.draft()))
                .replace("{approved}", String.valueOf(ids.approved()))
                .replace("{requirement}", String.valueOf(ids.requirement()));
        String body = bad.body() != null ? bad.body()
                : endpoint.body().replace("{pledge}", draft("Well-formed probe").add("version", 0).build().toString());
        Api as = endpoint.user() == null ? new Api(base) : new Api(base).as(endpoint.user());
        String before = writtenState();
        Api.Reply reply = as.exchange(endpoint.method(), path, bad.contentType(), bad.accept(),
                body.getBytes(StandardCharsets.UTF_8));
        assertProblem(reply, bad.status());
        JsonObject problem = reply.object();
        assertAll(
                () -> assertEquals(bad.status(), problem.getInt("status")),
                () -> assertTrue(problem.getString("detail").contains(bad.detail()), problem.getString("detail")),
                () -> assertTrue(reply.body().length() < 4000, "no echo of the body: " + reply.body().length()),
                () -> assertFalse(problem.isNull("requestId")),
                () -> assertEquals(bad.fields(), fields(problem), reply.body()),
                () -> assertEquals(before, writtenState(), "nothing written"));
    }

    /** The offline form's upload takes a workbook, not JSON: its own catalogue, same promise. */
    static Stream<Arguments> malformedUploads() {
        String boundary = "----probe";
        return Stream.of(
                Arguments.of("a JSON array as JSON", "application/json", "application/json", "[]", 415,
                        "not an Excel workbook", Set.of()),
                Arguments.of("text as a file", "application/octet-stream", "application/json", "garbage", 415,
                        "not an Excel workbook", Set.of()),
                Arguments.of("an empty file", "application/octet-stream", "application/json", "", 400,
                        "upload is empty", Set.of()),
                Arguments.of("a multipart body without the file", "multipart/form-data; boundary=" + boundary,
                        "application/json", "--" + boundary
                                + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n"
                                + "x\r\n--" + boundary + "--\r\n", 400, "multipart field 'file'", Set.of("file")),
                Arguments.of("a broken multipart body", "multipart/form-data; boundary=" + boundary,
                        "application/json", "garbage", 400, "multipart", Set.of()),
                Arguments.of("Accept text/html", "application/octet-stream", "text/html", "garbage", 406,
                        "JSON only", Set.of()));
    }

    @ParameterizedTest(name = "pledge form upload: {0}")
    @MethodSource("malformedUploads")
    void aMalformedUploadIsAProblemDocumentAndWritesNothing(String name, String contentType, String accept,
                                                            String body, int status, String detail,
                                                            Set<String> named) {
        String before = writtenState();
        Api.Reply reply = pakistan.exchange("POST", "api/pledge-form", contentType, accept,
                body.getBytes(StandardCharsets.UTF_8));
        assertProblem(reply, status);
        assertAll(
                () -> assertTrue(reply.object().getString("detail").contains(detail), reply.body()),
                () -> assertEquals(named, fields(reply.object())),
                () -> assertEquals(before, writtenState(), "nothing written"));
    }

    /** Unknown addresses, wrong methods and query parameters that mean nothing: problem documents too. */
    static Stream<Arguments> malformedAddresses() {
        return Stream.of(
                Arguments.of("GET", "api/no-such-thing", 404, "nothing at this address", null),
                Arguments.of("GET", "api/pledges/1/no-such-thing", 404, "nothing at this address", null),
                Arguments.of("GET", "api", 404, "nothing at this address", null),
                Arguments.of("PATCH", "api/pledges", 405, "does not accept that method", null),
                Arguments.of("DELETE", "api/pledges", 405, "does not accept that method", null),
                Arguments.of("PUT", "api/session", 405, "does not accept that method", null),
                Arguments.of("GET", "api/pledges?page=abc", 400, "'page' must be a whole number", "page"),
                Arguments.of("GET", "api/pledges?size=-1", 400, "1 to 500", "size"),
                Arguments.of("GET", "api/pledges?size=1e3", 400, "'size' must be a whole number", "size"),
                Arguments.of("GET", "api/pledges?status=NOPE", 400, "Unknown status 'NOPE'", "status"),
                Arguments.of("GET", "api/pledges?sort=password", 400, "Sort by one of", "sort"),
                Arguments.of("GET", "api/notifications?unread=maybe", 400, "'unread' must be true or false",
                        "unread"),
                Arguments.of("GET", "api/member-states?observers=2", 400, "'observers' must be true or false",
                        "observers"),
                Arguments.of("GET", "api/dashboard?includePending=yes", 400, "true or false", "includePending"),
                Arguments.of("GET", "api/pledges", 406, "JSON only", null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("malformedAddresses")
    void aWrongAddressMethodOrParameterIsAProblemDocument(String method, String path, int status, String detail,
                                                          String field) {
        Api.Reply reply = pakistan.exchange(method, path, null, status == 406 ? "text/html" : "application/json",
                null);
        assertProblem(reply, status);
        assertAll(
                () -> assertTrue(reply.object().getString("detail").contains(detail), reply.body()),
                () -> assertEquals(field == null ? Set.of() : Set.of(field), fields(reply.object())));
    }

    /** The draft, approved pledge and requirement the catalogue aims at, made on first use. */
    private Targets targets() {
        if (targets == null) {
            Api.Reply draft = pakistan.post("api/pledges", draft("Malformed-request target").build().toString());
            assertEquals(201, draft.status(), draft.body());
            Api.Reply requirement = reviewer.post("api/requirements", Json.createObjectBuilder()
                    .add("capabilityType", "EOD_COMPANY").add("quantity", 1).add("priority", "CRITICAL")
                    .add("event", "BERLIN-2025").build().toString());
            assertEquals(201, requirement.status(), requirement.body());
            targets = new Targets(draft.object().getJsonNumber("id").longValue(),
                    approvedPledge("Malformed-request assessment target"),
                    requirement.object().getJsonNumber("id").longValue());
        }
        return targets;
    }

    /** Everything a request could have written: pledges, their history, assessments, requirements, sign-ins. */
    private static String writtenState() {
        return String.join(" ",
                Sql.single("SELECT COUNT(*) FROM pledge"),
                Sql.single("SELECT COALESCE(SUM(version), 0) FROM pledge"),
                Sql.single("SELECT COUNT(*) FROM pledge_history"),
                Sql.single("SELECT COUNT(*) FROM assessment"),
                Sql.single("SELECT COUNT(*) FROM capability_requirement"),
                Sql.single("SELECT COALESCE(SUM(version), 0) FROM capability_requirement"),
                Sql.single("SELECT COALESCE(SUM(failed_logins), 0) FROM user_account"));
    }

    // ------------------------------------------------------------------ personal access tokens (SPEC §11)

    /**
     * The walk-through of src/docs/machine-clients.md: a focal point creates a token (its secret shown once, only
     * its digest stored), lists and changes pledges with it, sees its last use; a read token reads and changes
     * nothing; a token never starts a session, never creates a token, never opens a page; revoked and expired
     * tokens stop; no secret reaches the server's log.
     */
    @Test
    @Order(Integer.MAX_VALUE - 3)
    void aPersonalAccessTokenActsForItsOwnerUntilRevokedOrExpiredAndNeverStartsASession() throws Exception {
        List<String> secrets = new ArrayList<>();
        try (ServerLog log = new ServerLog()) {
            Api.Reply created = pakistan.post("api/tokens", Json.createObjectBuilder().add("name", "ministry sync")
                    .add("scope", "read-write").add("expiresOn", today().plusDays(30).toString()).build().toString());
            assertEquals(201, created.status(), created.body());
            JsonObject token = created.object();
            String secret = token.getString("token");
            secrets.add(secret);
            long id = token.getJsonNumber("id").longValue();
            assertAll(
                    () -> assertTrue(secret.matches("ppt_[A-Za-z0-9_-]{43}"), secret),
                    () -> assertEquals("read-write", token.getString("scope")),
                    () -> assertEquals("ACTIVE", token.getString("status")),
                    () -> assertEquals("fp.pakistan", token.getString("owner")),
                    () -> assertEquals(secret.substring(0, 12), token.getString("prefix")),
                    () -> assertEquals(today().plusDays(30) + "T00:00:00Z", token.getString("expiresAt")),
                    () -> assertEquals(1, Sql.count("SELECT COUNT(*) FROM api_token WHERE secret_hash = '"
                            + sha256(secret) + "'"), "the digest is stored"),
                    () -> assertEquals(0, Sql.count("SELECT COUNT(*) FROM api_token WHERE secret_hash = '" + secret
                            + "' OR prefix = '" + secret + "' OR name = '" + secret + "'"), "the secret is not"));

            // Shown once: the list never carries the secret; not used yet.
            Api.Reply listed = pakistan.get("api/tokens");
            assertEquals(200, listed.status(), listed.body());
            assertFalse(listed.body().contains(secret), "the list never shows a secret");
            assertTrue(byId(listed.array(), id).isNull("lastUsedAt"));

            // List and change pledges with it, as its owner; no answer sets a cookie.
            HttpResponse<String> list = bearer(secret, "GET", "api/pledges?size=5", null);
            assertEquals(200, list.statusCode(), list.body());
            assertTrue(Json.createReader(new java.io.StringReader(list.body())).readObject().getInt("total") > 0);
            HttpResponse<String> draft = bearer(secret, "POST", "api/pledges", draft("Made with a token").build()
                    .toString());
            assertEquals(201, draft.statusCode(), draft.body());
            JsonObject pledge = Json.createReader(new java.io.StringReader(draft.body())).readObject();
            long pledgeId = pledge.getJsonNumber("id").longValue();
            HttpResponse<String> edited = bearer(secret, "PUT", "api/pledges/" + pledgeId, draft("Changed with a "
                    + "token").add("version", pledge.getJsonNumber("version").longValue()).build().toString());
            assertEquals(200, edited.statusCode(), edited.body());
            assertEquals("Changed with a token", pakistan.get("api/pledges/" + pledgeId).object().getString("title"));
            assertEquals("fp.pakistan", Sql.single("SELECT updated_by FROM pledge WHERE id = " + pledgeId));
            for (HttpResponse<String> answer : List.of(list, draft, edited)) {
                assertEquals(List.of(), answer.headers().allValues("Set-Cookie"), "a token never starts a session");
            }

            // The last use is listed, and written at most once a minute.
            JsonObject used = byId(pakistan.get("api/tokens").array(), id);
            assertFalse(used.isNull("lastUsedAt"), used::toString);
            String lastUse = Sql.single("SELECT last_used_at FROM api_token WHERE id = " + id);
            assertEquals(200, bearer(secret, "GET", "api/me", null).statusCode());
            assertEquals(lastUse, Sql.single("SELECT last_used_at FROM api_token WHERE id = " + id));

            // A token does not make tokens, and opens no page.
            assertEquals(403, bearer(secret, "POST", "api/tokens", "{\"name\":\"child\"}").statusCode());
            HttpResponse<String> page = bearer(secret, "GET", "/pledges/index.xhtml", null);
            assertEquals(401, page.statusCode(), "tokens are for the API only");
            assertEquals(List.of(), page.headers().allValues("Set-Cookie"));

            // A read token reads, and changes nothing (403 before anything runs).
            Api.Reply readCreated = pakistan.post("api/tokens", "{\"name\":\"dashboard\",\"scope\":\"read\"}");
            assertEquals(201, readCreated.status(), readCreated.body());
            String reader = readCreated.object().getString("token");
            secrets.add(reader);
            assertEquals(today().plusDays(90) + "T00:00:00Z", readCreated.object().getString("expiresAt"),
                    "90 days unless said otherwise");
            assertEquals(200, bearer(reader, "GET", "api/pledges/" + pledgeId, null).statusCode());
            String version = String.valueOf(pakistan.get("api/pledges/" + pledgeId).object().getJsonNumber("version"));
            for (HttpResponse<String> refused : List.of(
                    bearer(reader, "POST", "api/pledges", draft("Read token").build().toString()),
                    bearer(reader, "PUT", "api/pledges/" + pledgeId, draft("Read token edit").add("version",
                            Long.parseLong(version)).build().toString()),
                    bearer(reader, "POST", "api/pledges/" + pledgeId + "/actions/submit", "{}"),
                    bearer(reader, "DELETE", "api/pledges/" + pledgeId + "?version=" + version, null),
                    bearer(reader, "DELETE", "api/tokens/" + id, null))) {
                assertEquals(403, refused.statusCode(), refused.request().method() + " " + refused.request().uri());
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem"));
                assertTrue(refused.body().contains("scope 'read'"), refused.body());
            }
            assertEquals("Changed with a token", pakistan.get("api/pledges/" + pledgeId).object().getString("title"));
            assertEquals("DRAFT", pakistan.get("api/pledges/" + pledgeId).object().getString("status"));

            // Wrong expiries and names, field by field.
            Api.Reply tooLong = pakistan.post("api/tokens", Json.createObjectBuilder().add("name", " ")
                    .add("scope", "write").add("expiresOn", today().plusYears(1).plusDays(1).toString()).build()
                    .toString());
            assertProblem(tooLong, 400);
            Api.Reply past = pakistan.post("api/tokens", Json.createObjectBuilder().add("name", "old")
                    .add("expiresOn", today().toString()).build().toString());
            assertProblem(past, 400);
            assertEquals(Set.of("expiresOn"), fields(past.object()));
            assertEquals(Set.of("name", "expiresOn"), fields(pakistan.post("api/tokens", Json.createObjectBuilder()
                    .add("expiresOn", today().plusYears(1).plusDays(1).toString()).build().toString()).object()));

            // Revoked by its owner (another state's focal point cannot even see it): it stops at once.
            assertProblem(japan.delete("api/tokens/" + id), 404);
            Api.Reply revoked = pakistan.delete("api/tokens/" + id);
            assertEquals(200, revoked.status(), revoked.body());
            assertEquals("REVOKED", revoked.object().getString("status"));
            HttpResponse<String> afterRevoke = bearer(secret, "GET", "api/me", null);
            assertEquals(401, afterRevoke.statusCode());
            assertTrue(afterRevoke.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

            // Expired: refused, and listed as such.
            Sql.update("UPDATE api_token SET created_at = TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00:00', "
                    + "expires_at = TIMESTAMP WITH TIME ZONE '2020-02-01 00:00:00+00:00' WHERE secret_hash = '"
                    + sha256(reader) + "'");
            assertEquals(401, bearer(reader, "GET", "api/me", null).statusCode(), "expired");
            assertTrue(pakistan.get("api/tokens").array().stream().map(JsonValue::asJsonObject)
                    .anyMatch(t -> t.getString("status").equals("EXPIRED")));

            // An administrator sees everyone's tokens; others do not.
            Api.Reply all = admin.get("api/admin/tokens");
            assertEquals(200, all.status(), all.body());
            assertTrue(all.array().stream().map(JsonValue::asJsonObject)
                    .anyMatch(t -> t.getJsonNumber("id").longValue() == id && t.getString("owner").equals("fp.pakistan")));
            assertProblem(pakistan.get("api/admin/tokens"), 403);

            assertTrue(log.awaits("created by fp.pakistan"), "the server's log is seen here");
            for (String each : secrets) {
                assertFalse(log.text().contains(each.substring(12)), "a secret in the server's log");
            }
        }
    }

    /** The account is read on every request: disabling it, or changing its role, takes effect on the next one. */
    @Test
    @Order(Integer.MAX_VALUE - 3)
    void aTokenFollowsItsAccountAtOnceWhenDisabledOrGivenAnotherRole() {
        Api.Reply created = analyst.post("api/tokens", "{\"name\":\"reports\",\"scope\":\"read\"}");
        assertEquals(201, created.status(), created.body());
        String secret = created.object().getString("token");
        assertEquals("ANALYST", meOf(bearer(secret, "GET", "api/me", null)));
        try {
            Sql.update("UPDATE user_account SET role = 'REVIEWER' WHERE username = 'analyst'");
            assertEquals("REVIEWER", meOf(bearer(secret, "GET", "api/me", null)), "a changed role at once");
            Sql.update("UPDATE user_account SET role = 'ANALYST', enabled = FALSE WHERE username = 'analyst'");
            assertEquals(401, bearer(secret, "GET", "api/me", null).statusCode(), "a disabled account at once");
        } finally {
            Sql.update("UPDATE user_account SET role = 'ANALYST', enabled = TRUE WHERE username = 'analyst'");
        }
        assertEquals("ANALYST", meOf(bearer(secret, "GET", "api/me", null)), "enabled again");
        // An administrator revokes it, and sees who did.
        long id = created.object().getJsonNumber("id").longValue();
        Api.Reply revoked = admin.delete("api/admin/tokens/" + id);
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("admin", revoked.object().getString("revokedBy"));
        assertEquals(401, bearer(secret, "GET", "api/me", null).statusCode());
        assertProblem(analyst.delete("api/admin/tokens/" + id), 403);
    }

    // ------------------------------------------------------------------ public figures (SPEC §10)

    /** What the public figures of Berlin 2025 must count, by the database: consented approved-or-later pledges. */
    private static final String PUBLISHED = " FROM pledge p JOIN member_state m ON m.iso3 = p.member_state"
            + " WHERE p.publication_consent = TRUE AND p.status IN ('APPROVED', 'DEPLOYED', 'REPATRIATED')"
            + " AND p.event_code IN (SELECT code FROM pledging_event WHERE code = 'BERLIN-2025'"
            + " OR ministerial = 'BERLIN-2025')";

    /**
     * The public figures, read anonymously as a scraper would: only consented approved pledges count (an approved
     * pledge without consent, a consented draft never), every value equals the database's or is withheld, no
     * withheld value can be worked out from a breakdown's total, the CSV says what the JSON says, the answer carries
     * an ETag (304 when sent back) and Cache-Control, opens no session, and the consent is the focal point's alone,
     * with its history entry. Last, more than the rate limit from one address gets 429 with Retry-After.
     */
    @Test
    @Order(Integer.MAX_VALUE - 3)
    void publicFiguresCountOnlyConsentedApprovedPledgesWithholdSmallCellsAndAreCachedAndRateLimited() {
        Api anyone = new Api(base);
        String figures = "public/api/ministerials/BERLIN-2025/figures";
        Api.Fetched before = anyone.fetch(figures);
        assertEquals(200, before.status(), before.text());
        assertEquals(null, before.header("Set-Cookie"), "no session for the public");
        assertEquals("public, max-age=300", before.header("Cache-Control"));
        assertNotNull(before.header("ETag"));

        long approved = approvedPledge("Public figures: approved, not consented");
        Api.Reply draft = pakistan.post("api/pledges", draft("Public figures: consented draft")
                .add("publicationConsent", true).build().toString());
        assertEquals(201, draft.status(), draft.body());
        assertTrue(draft.object().getBoolean("publicationConsent"));
        assertFalse(pakistan.get("api/pledges/" + approved).object().getBoolean("publicationConsent"),
                "off by default");
        Api.Fetched unchanged = anyone.fetch(figures);
        assertEquals(before.text(), unchanged.text(), "neither an unconsented approved pledge nor a draft counts");
        assertEquals(before.header("ETag"), unchanged.header("ETag"));

        assertProblem(reviewer.put("api/pledges/" + approved + "/publication-consent",
                "{\"publicationConsent\":true}"), 403);
        assertProblem(japan.put("api/pledges/" + approved + "/publication-consent",
                "{\"publicationConsent\":true}"), 404);
        assertProblem(pakistan.put("api/pledges/" + approved + "/publication-consent",
                "{\"publicationConsent\":\"yes\"}"), 400);
        Api.Reply consented = pakistan.put("api/pledges/" + approved + "/publication-consent",
                "{\"publicationConsent\":true}");
        assertEquals(200, consented.status(), consented.body());
        assertTrue(consented.object().getBoolean("publicationConsent"));
        assertEquals("APPROVED", consented.object().getString("status"), "no reopen needed");
        JsonObject entry = history(pakistan, approved).get(history(pakistan, approved).size() - 1);
        assertEquals(List.of(Map.of("field", "publicationConsent", "from", "Not published",
                "to", "Published in the public figures")), changes(entry));

        Api.Fetched after = anyone.fetch(figures);
        assertEquals(200, after.status());
        assertFalse(after.header("ETag").equals(before.header("ETag")), "a consented approved pledge counts");
        JsonObject json = Json.createReader(new java.io.StringReader(after.text())).readObject();
        assertEquals(Sql.count("SELECT COUNT(*)" + PUBLISHED), publishedNumber(json.getJsonObject("total"), "pledges"),
                "the total is the database's");
        assertEquals(Sql.count("SELECT COUNT(DISTINCT p.member_state)" + PUBLISHED),
                json.getJsonObject("total").getInt("memberStates"));
        Map<String, String> expected = new LinkedHashMap<>();
        for (String row : Sql.column("SELECT p.category || ':' || COUNT(*) || ':' || SUM(p.units) || ':' "
                + "|| SUM(p.personnel)" + PUBLISHED + " GROUP BY p.category")) {
            expected.put("category " + row.substring(0, row.indexOf(':')), row.substring(row.indexOf(':') + 1));
        }
        for (String row : Sql.column("SELECT COALESCE(m.regional_group, 'NONE') || ':' || COUNT(*) || ':' "
                + "|| SUM(p.units) || ':' || SUM(p.personnel)" + PUBLISHED + " GROUP BY m.regional_group")) {
            expected.put("regionalGroup " + row.substring(0, row.indexOf(':')), row.substring(row.indexOf(':') + 1));
        }
        Map<String, List<String>> published = new LinkedHashMap<>();
        for (String section : List.of("byCategory", "byRegionalGroup")) {
            String key = section.equals("byCategory") ? "category" : "regionalGroup";
            List<String> withheld = new ArrayList<>();
            for (JsonValue value : json.getJsonArray(section)) {
                JsonObject row = value.asJsonObject();
                String name = key + " " + row.getString(key);
                List<String> values = List.of(text(row, "pledges"), text(row, "units"), text(row, "personnel"));
                published.put(name, values);
                String[] truth = expected.get(name).split(":");
                if (Long.parseLong(truth[0]) < 3) {
                    assertEquals(List.of("<3", "<3", "<3"), values, name + " has fewer than 3 pledges");
                } else if (!values.get(0).equals("x")) {
                    assertEquals(List.of(truth), values, name + " is the database's");
                }
                if (!values.get(0).matches("[0-9]+")) {
                    withheld.add(name);
                }
            }
            assertEquals(expected.keySet().stream().filter(k -> k.startsWith(key + " ")).collect(Collectors.toSet()),
                    published.keySet().stream().filter(k -> k.startsWith(key + " ")).collect(Collectors.toSet()));
            assertTrue(withheld.size() != 1, section + ": a lone withheld value is the total minus the others: "
                    + withheld);
        }
        assertFalse(after.text().contains("Integration test pledge"), "no free text");
        assertFalse(after.text().contains("fp.pakistan"), "no names of people");

        Api csv = new Api(base).header("Accept", "text/csv");
        Api.Fetched asCsv = csv.fetch(figures);
        assertEquals(200, asCsv.status(), asCsv.text());
        assertTrue(asCsv.header("Content-Type").startsWith("text/csv"), asCsv.header("Content-Type"));
        Api.Fetched suffixed = anyone.fetch(figures + ".csv");
        assertEquals(asCsv.text(), suffixed.text(), "Accept: text/csv and .csv give the same CSV");
        Map<String, List<String>> fromCsv = new LinkedHashMap<>();
        for (String line : asCsv.text().split("\r\n")) {
            String[] cells = line.split(",", -1);
            if (cells[1].equals("category") || cells[1].equals("regionalGroup")) {
                fromCsv.put(cells[1] + " " + cells[2], List.of(cells[3], cells[4], cells[5]));
            } else if (cells[1].equals("total")) {
                assertEquals(List.of(text(json.getJsonObject("total"), "pledges"),
                        text(json.getJsonObject("total"), "units"), text(json.getJsonObject("total"), "personnel")),
                        List.of(cells[3], cells[4], cells[5]));
            }
        }
        assertEquals(published, fromCsv, "the CSV says what the JSON says");

        Api.Fetched cached = new Api(base).header("If-None-Match", after.header("ETag")).fetch(figures);
        assertEquals(304, cached.status());
        assertEquals(0, cached.body().length);
        assertEquals(404, anyone.fetch("public/api/ministerials/NO-SUCH-2025/figures").status());
        assertEquals(404, anyone.fetch("public/api/ministerials/ISLAMABAD-2025/figures").status(),
                "a preparatory meeting's pledges are its ministerial's");
        assertEquals(401, anyone.get("api/pledges/" + approved).status(), "the public area opens nothing else");

        Api.Fetched page = anyone.fetch("public/?lang=fr");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("lang=\"fr\""), "the page in French");
        assertEquals(null, page.header("Set-Cookie"));

        int status = 200;
        Api.Fetched limited = null;
        for (int i = 0; i < 80 && status != 429; i++) {
            limited = anyone.fetch("public/api/ministerials");
            status = limited.status();
        }
        assertEquals(429, status, "more than 60 requests a minute from one address");
        assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1);
    }

    /** A published value as text: the number, {@code <3} or {@code x}. */
    private static String text(JsonObject row, String field) {
        JsonValue value = row.get(field);
        return value.getValueType() == JsonValue.ValueType.NUMBER ? value.toString()
                : ((jakarta.json.JsonString) value).getString();
    }

    private static long publishedNumber(JsonObject row, String field) {
        return Long.parseLong(text(row, field));
    }

    // ------------------------------------------------------------------ the figures' cells (after every pledge write)

    /**
     * After every scenario above (creations, uploads of the demo set, submissions, decisions, withdrawals, edits,
     * deployments) and four approvals at once in one cell, the cells the dashboard reads (pledge_figure_cell, kept by
     * the database's triggers: PL/pgSQL on PostgreSQL, analysis.FigureCellTrigger on H2) are exactly the GROUP BY over
     * the pledges that the dashboard used to run, and the dashboard's totals are the pledges' own sums.
     */
    @Test
    @Order(Integer.MAX_VALUE - 2)
    void theFigureCellsAreTheGroupByOverThePledgesAfterEveryWrite() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(submittedPledge("Hospital approved at the same moment " + i));
            action(reviewer, ids.get(i), "start-review", null);
        }
        List<Integer> statuses = concurrently(4, i -> reviewer.post(actionPath(ids.get(i), "approve"), "{}").status());
        assertEquals(List.of(200, 200, 200, 200), statuses, "four approvals into one cell at once");

        String groupBy = "SELECT status || '|' || member_state || '|' || category || '|' || capability_type || '|'"
                + " || COALESCE(event_code, '') || '|' || CAST(synthetic AS VARCHAR(5)) || '|' || COUNT(*) || '|'"
                + " || SUM(units) || '|' || SUM(personnel) || '|' || SUM(women) FROM pledge WHERE status <> 'DRAFT'"
                + " GROUP BY status, member_state, category, capability_type, COALESCE(event_code, ''), synthetic";
        String cells = "SELECT status || '|' || member_state || '|' || category || '|' || capability_type || '|'"
                + " || event_code || '|' || CAST(synthetic AS VARCHAR(5)) || '|' || pledges || '|' || units || '|'"
                + " || personnel || '|' || women FROM pledge_figure_cell WHERE pledges <> 0";
        List<String> expected = Sql.column(groupBy).stream().sorted().toList();
        assertTrue(expected.size() > 10, "the demo set and the scenarios fill many cells: " + expected.size());
        assertEquals(expected, Sql.column(cells).stream().sorted().toList());
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM pledge_figure_cell WHERE pledges < 0 OR units < 0"
                + " OR personnel < 0 OR women < 0 OR (pledges = 0 AND (units <> 0 OR personnel <> 0 OR women <> 0))"));

        JsonObject totals = analyst.get("api/dashboard?includePending=true").object().getJsonObject("totals");
        String counted = " FROM pledge WHERE status IN ('SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'APPROVED',"
                + " 'DEPLOYED', 'REPATRIATED')";
        assertEquals(Sql.count("SELECT COUNT(*)" + counted), totals.getJsonNumber("pledges").longValue(),
                "the dashboard's pledges, pending included: " + totals);
        assertEquals(Sql.count("SELECT SUM(personnel)" + counted), totals.getJsonNumber("personnel").longValue());
        assertEquals(Sql.count("SELECT SUM(women)" + counted), totals.getJsonNumber("women").longValue());
    }

    /** Guessing tokens is throttled like guessing passwords: after five wrong ones the address waits, with any token. */
    @Test
    @Order(Integer.MAX_VALUE - 2)
    void wrongTokensAreThrottledPerAddressAndLoggedWithoutThem() throws Exception {
        Sql.update("DELETE FROM api_token_failure");
        Api.Reply created = reviewer.post("api/tokens", "{\"name\":\"queue\",\"scope\":\"read\"}");
        assertEquals(201, created.status(), created.body());
        String good = created.object().getString("token");
        List<String> wrong = new ArrayList<>();
        try (ServerLog log = new ServerLog()) {
            for (int i = 0; i < 5; i++) {
                String guess = "ppt_" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq".substring(i) + "0".repeat(i);
                wrong.add(guess);
                HttpResponse<String> refused = bearer(guess, "GET", "api/me", null);
                assertEquals(401, refused.statusCode(), refused.body());
                assertFalse(refused.body().contains(guess));
            }
            HttpResponse<String> throttled = bearer(good, "GET", "api/me", null);
            assertEquals(429, throttled.statusCode(), "the address waits, whatever it sends: " + throttled.body());
            assertTrue(Integer.parseInt(throttled.headers().firstValue("Retry-After").orElse("0")) > 0);
            assertTrue(throttled.headers().firstValue("Content-Type").orElse("").startsWith("application/problem"));
            assertEquals(200, reviewer.get("api/me").status(), "passwords are not throttled by tokens");
            assertTrue(log.awaits("refused for"), "the lock is logged");
            for (String each : wrong) {
                assertFalse(log.text().contains(each.substring(8)), "a sent token in the server's log");
            }
            assertFalse(log.text().contains(good.substring(12)));
        } finally {
            Sql.update("DELETE FROM api_token_failure");
        }
        assertEquals(200, bearer(good, "GET", "api/me", null).statusCode(), "the lock lifted");
    }

    // ------------------------------------------------------------------ sign-in throttle (last: it locks fp.germany)

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void concurrentFirstSignInsOfOneAccountAllSucceed() throws Exception {
        List<Integer> statuses = concurrently(4, i -> new Api(base).as("fp.ghana").get("api/me").status());
        assertEquals(List.of(200, 200, 200, 200), statuses);
        assertEquals(0, Sql.count("SELECT failed_logins FROM user_account WHERE username = 'fp.ghana'"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        Api germany = new Api(base).as("fp.germany");
        assertEquals(200, germany.get("api/me").status());
        List<Integer> statuses = concurrently(5,
                i -> new Api(base).as("fp.germany", "wrong-" + i).get("api/me").status());
        assertEquals(List.of(401, 401, 401, 401, 401), statuses, "five wrong passwords at once, each counted");
        Api.Reply locked = germany.get("api/me");
        assertEquals(401, locked.status(), "locked: even the right password is refused for now");
        assertFalse(locked.body().toLowerCase().contains("lock"), "no hint of why: " + locked.body());
    }

    // ------------------------------------------------------------------ helpers

    /** A request signed with a bearer token by a client that keeps no cookies; the whole answer, headers included. */
    private HttpResponse<String> bearer(String token, String method, String path, String json) {
        URI uri = path.startsWith("/") ? URI.create(base.toString()).resolve(path)
                : URI.create(base.toString().endsWith("/") ? base.toString() : base + "/").resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError("No answer from " + method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String meOf(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new java.io.StringReader(answer.body())).readObject().getString("role");
    }

    private static JsonObject byId(JsonArray array, long id) {
        return array.stream().map(JsonValue::asJsonObject).filter(o -> o.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + array));
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Runs {@code task} {@code times} times at once (released together) and returns the results in order. */
    private static <T> List<T> concurrently(int times, IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return task.apply(n);
                }));
            }
            start.countDown();
            List<T> values = new ArrayList<>();
            for (var result : results) {
                values.add(result.get(2, TimeUnit.MINUTES));
            }
            return values;
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonObjectBuilder draft(String title) {
        return Json.createObjectBuilder()
                .add("capabilityType", "LEVEL_2_HOSPITAL").add("event", "BERLIN-2025").add("title", title)
                .add("description", "Integration test pledge").add("units", 1).add("personnel", 60).add("women", 12)
                .add("availableFrom", today().plusMonths(3).withDayOfMonth(1).toString()).add("daysToDeploy", 60)
                .add("durationMonths", 12).add("selfSustainment", "YES")
                .add("preferredMissions", Json.createArrayBuilder().add("UNMISS"));
    }

    private long submittedPledge(String title) {
        Api.Reply created = pakistan.post("api/pledges", draft(title).build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        Dossiers.attachLevelOne(pakistan, id);
        action(pakistan, id, "submit", null);
        return id;
    }

    private long approvedPledge(String title) {
        long id = submittedPledge(title);
        action(reviewer, id, "start-review", null);
        action(reviewer, id, "approve", null);
        return id;
    }

    private static JsonObject action(Api as, long id, String action, String comment) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (comment != null) {
            body.add("comment", comment);
        }
        Api.Reply reply = as.post(actionPath(id, action), body.build().toString());
        assertEquals(200, reply.status(), action + ": " + reply.body());
        return reply.object();
    }

    private static String actionPath(long id, String action) {
        return "api/pledges/" + id + "/actions/" + action;
    }

    private static List<JsonObject> history(Api as, long id) {
        Api.Reply reply = as.get("api/pledges/" + id + "/history");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<JsonObject> inbox(Api as) {
        return as.get("api/notifications").array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static Set<String> inboxKinds(Api as) {
        return inbox(as).stream().map(n -> n.getString("kind")).collect(Collectors.toSet());
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType() + " " + reply.body());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    private static Set<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
