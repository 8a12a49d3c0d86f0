package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation as a client sees it, on the real WAR in Payara Micro, against H2 and (second failsafe run)
 * PostgreSQL: the application is up on its migrated database, the reference data is complete and exact, errors
 * come back as problem documents, and cookies and security headers are on the wire as the README says (demo mode
 * over plain http: no Secure, no HSTS; production over https is in ops.OperationsIT).
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class FoundationIT {

    @Deployment(testable = false)
    static WebArchive application() {
        File war = new File(System.getProperty("pledges.it.war", "target/pledge-tracker.war"));
        // ROOT.war: served at "/", as in production.
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** A client without cookies: every answer is what a first visit gets. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    private URL base;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(base).as("analyst");
    }

    @Test
    void healthReportsTheMigratedDatabaseUp() {
        Api.Reply health = api.get("/health");
        assertEquals(200, health.status(), health.body());
        JsonObject database = health.object().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals("database")).findFirst()
                .orElseThrow(() -> new AssertionError("No database check in " + health.body()));
        assertAll(
                () -> assertEquals("UP", health.object().getString("status")),
                () -> assertEquals("UP", database.getString("status")),
                () -> assertEquals("true", database.getJsonObject("data").getString("migrated")),
                () -> assertEquals(TestDatabase.postgres() ? "PostgreSQL" : "H2 (embedded)",
                        database.getJsonObject("data").getString("database")),
                () -> assertEquals("DEMO", database.getJsonObject("data").getString("mode")));
        assertEquals(200, api.get("/health/ready").status());
        assertEquals(200, api.get("/health/live").status());
    }

    @Test
    void listsThe193MemberStatesWithThePublishedRegionalGroupSizes() {
        JsonArray states = api.get("api/member-states").array();
        assertEquals(193, states.size());
        Map<String, Long> bySize = states.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.groupingBy(s -> s.isNull("regionalGroup") ? "none" : s.getString("regionalGroup"),
                        Collectors.counting()));
        assertEquals(Map.of("AFRICAN", 54L, "ASIA_PACIFIC", 53L, "EASTERN_EUROPEAN", 23L,
                "LATIN_AMERICAN_AND_CARIBBEAN", 33L, "WESTERN_EUROPEAN_AND_OTHERS", 28L, "none", 2L), bySize);
        assertTrue(states.stream().map(JsonValue::asJsonObject).allMatch(s -> s.getBoolean("memberState")));
    }

    @Test
    void memberStatesCarryExactCodesAndNamesInBothLanguages() {
        Map<String, JsonObject> states = byKey(api.get("api/member-states").array(), "iso3");
        JsonObject ivoire = states.get("CIV");
        assertAll(
                () -> assertEquals("Côte d'Ivoire", ivoire.getString("name")),
                () -> assertEquals("Côte d'Ivoire", ivoire.getString("nameFr")),
                () -> assertEquals("CI", ivoire.getString("iso2")),
                () -> assertEquals("384", ivoire.getString("m49")),
                () -> assertEquals("Türkiye", states.get("TUR").getString("name")),
                () -> assertEquals("WESTERN_EUROPEAN_AND_OTHERS", states.get("TUR").getString("regionalGroup")),
                () -> assertEquals("São Tomé and Príncipe", states.get("STP").getString("name")),
                () -> assertEquals("Pakistan", states.get("PAK").getString("name")),
                () -> assertEquals("586", states.get("PAK").getString("m49")),
                () -> assertTrue(states.get("KIR").isNull("regionalGroup"), "Kiribati is in no group"),
                () -> assertTrue(states.get("USA").isNull("regionalGroup"), "the United States only observes WEOG"),
                () -> assertEquals("WESTERN_EUROPEAN_AND_OTHERS", states.get("USA").getString("electoralGroup")),
                () -> assertEquals("États-Unis d'Amérique", states.get("USA").getString("nameFr")));
    }

    @Test
    void observerStatesAreListedOnRequestAndFlagged() {
        Map<String, JsonObject> all = byKey(api.get("api/member-states?observers=true").array(), "iso3");
        assertEquals(195, all.size());
        assertFalse(all.get("VAT").getBoolean("memberState"));
        assertFalse(all.get("PSE").getBoolean("memberState"));
        assertEquals("Holy See", all.get("VAT").getString("name"));
        assertEquals("State of Palestine", all.get("PSE").getString("name"));
    }

    @Test
    void eventsIncludeTheMinisterialsAndTheirIslamabadPreparatoryMeetings() {
        Map<String, JsonObject> events = byKey(api.get("api/events").array(), "code");
        assertTrue(events.keySet().containsAll(Set.of("SEOUL-2021", "ACCRA-2023", "BERLIN-2025")), events.keySet()::toString);
        JsonObject berlin = events.get("BERLIN-2025");
        assertAll(
                () -> assertEquals("MINISTERIAL", berlin.getString("type")),
                () -> assertEquals("Berlin", berlin.getString("city")),
                () -> assertEquals("2025-05-13", berlin.getString("startDate")),
                () -> assertEquals("2025-05-14", berlin.getString("endDate")),
                () -> assertEquals("DEU", berlin.getJsonArray("hosts").getString(0)),
                () -> assertTrue(berlin.isNull("ministerial")));
        JsonObject islamabad2023 = preparatoryIn(events, "2023-08-30");
        JsonObject islamabad2025 = preparatoryIn(events, "2025-04-15");
        assertAll(
                () -> assertEquals("Islamabad", islamabad2023.getString("city")),
                () -> assertEquals("2023-08-31", islamabad2023.getString("endDate")),
                () -> assertEquals("ACCRA-2023", islamabad2023.getString("ministerial")),
                () -> assertEquals("[\"PAK\",\"JPN\"]", islamabad2023.getJsonArray("hosts").toString()),
                () -> assertEquals("Ensuring the Safety and Security of UN Peacekeepers",
                        islamabad2023.getString("theme")),
                () -> assertEquals("Islamabad", islamabad2025.getString("city")),
                () -> assertEquals("BERLIN-2025", islamabad2025.getString("ministerial")),
                () -> assertEquals("[\"PAK\",\"KOR\"]", islamabad2025.getJsonArray("hosts").toString()),
                () -> assertEquals("Towards a Safer and More Effective Peacekeeping: Use of Technology and "
                        + "Integrated Approach", islamabad2025.getString("theme")));
    }

    @Test
    void capabilityTypesCoverEveryCategoryWithTypicalSizes() {
        JsonArray types = api.get("api/capability-types").array();
        assertTrue(types.size() >= 20, "at least 20 capability types, got " + types.size());
        Set<String> categories = types.stream().map(t -> t.asJsonObject().getString("category"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("MILITARY_UNIT", "FORMED_POLICE_UNIT", "INDIVIDUAL_POLICE", "MEDICAL", "C_IED",
                "TECHNOLOGY", "ENGINEERING", "AVIATION", "TRAINING_CAPACITY_BUILDING", "WOMEN_PEACE_SECURITY",
                "OTHER"), categories);
        Map<String, JsonObject> byCode = byKey(types, "code");
        assertEquals(850, byCode.get("INFANTRY_BATTALION").getInt("typicalPersonnel"));
        assertEquals(140, byCode.get("FORMED_POLICE_UNIT").getInt("typicalPersonnel"));
        assertEquals(57, byCode.get("LEVEL_2_HOSPITAL").getInt("typicalPersonnel"));
    }

    @Test
    void missionsListCurrentAndClosedOperations() {
        Map<String, JsonObject> missions = byKey(api.get("api/missions").array(), "code");
        Set<String> active = missions.values().stream().filter(m -> m.getBoolean("active"))
                .map(m -> m.getString("code")).collect(Collectors.toSet());
        assertEquals(Set.of("MINURSO", "MINUSCA", "MONUSCO", "UNDOF", "UNFICYP", "UNIFIL", "UNISFA", "UNMIK",
                "UNMISS", "UNMOGIP", "UNTSO"), active);
        assertTrue(missions.keySet().containsAll(Set.of("MINUSMA", "UNAMID", "MINUSTAH", "UNMIL", "UNOCI")));
        assertFalse(missions.get("MINUSMA").getBoolean("active"));
        assertEquals("2023-12-31", missions.get("MINUSMA").getString("closedOn"));
    }

    @Test
    void demoModeSeedsALabelledSyntheticPledgeSetWithHistory() {
        assertAll(
                () -> assertTrue(Sql.count("SELECT COUNT(*) FROM pledge") >= 150),
                () -> assertTrue(Sql.count("SELECT COUNT(DISTINCT member_state) FROM pledge") >= 30),
                () -> assertEquals(11, Sql.count("SELECT COUNT(DISTINCT category) FROM pledge")),
                () -> assertEquals(10, Sql.count("SELECT COUNT(DISTINCT status) FROM pledge"), "every status, "
                        + "deployed and repatriated included"),
                () -> assertTrue(Sql.count("SELECT COUNT(DISTINCT event_code) FROM pledge") >= 3),
                // Other test classes may add real (non-synthetic) pledges to this database first.
                () -> assertEquals(0, Sql.count("SELECT COUNT(*) FROM pledge WHERE synthetic = TRUE "
                        + "AND description NOT LIKE 'SYNTHETIC DEMONSTRATION DATA%'")),
                () -> assertTrue(Sql.count("SELECT COUNT(*) FROM pledge WHERE synthetic = TRUE") >= 150),
                () -> assertEquals(0, Sql.count("SELECT COUNT(*) FROM pledge p WHERE NOT EXISTS (SELECT 1 FROM "
                        + "pledge_history h WHERE h.pledge_id = p.id AND h.action = 'CREATE')")),
                () -> assertEquals(0, Sql.count("SELECT COUNT(*) FROM pledge p WHERE p.status <> (SELECT h.to_status "
                        + "FROM pledge_history h WHERE h.pledge_id = p.id AND h.occurred_at = (SELECT MAX(h2.occurred_at) "
                        + "FROM pledge_history h2 WHERE h2.pledge_id = p.id) AND h.action <> 'ASSESS' "
                        + "ORDER BY h.id DESC FETCH FIRST 1 ROWS ONLY)")),
                () -> assertTrue(Sql.count("SELECT COUNT(*) FROM capability_requirement") > 0),
                () -> assertTrue(Sql.count("SELECT COUNT(*) FROM assessment") > 0));
    }

    @Test
    void demoAccountsExistWithHashedPasswordsOnly() {
        assertEquals(List.of("admin", "analyst", "fp.germany", "fp.ghana", "fp.japan", "fp.korea", "fp.pakistan",
                "reviewer", "reviewer2"), Sql.column("SELECT username FROM user_account ORDER BY username"));
        assertEquals(List.of("DEU", "GHA", "JPN", "KOR", "PAK"),
                Sql.column("SELECT member_state FROM user_account WHERE role = 'FOCAL_POINT' ORDER BY member_state"));
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM user_account WHERE password_hash NOT LIKE "
                + "'pbkdf2-sha256$600000$%' OR password_hash LIKE '%peacekeeping%'"));
    }

    @Test
    void anUnknownAddressAnswersAProblemDocumentWithoutInternals() {
        Api.Reply reply = api.get("api/no-such-thing");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(404, reply.object().getInt("status"));
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    @Test
    void theApiNeedsASignedInUser() {
        Api.Reply anonymous = new Api(base).get("api/member-states");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous.contentType());
        assertEquals(401, new Api(base).as("analyst", "wrong").get("api/member-states").status());
        assertEquals(401, new Api(base).as("nobody", "peacekeeping").get("api/member-states").status());
    }

    @Test
    void theRootSendsAVisitorToSignIn() {
        Api.Reply root = new Api(base).get("/");
        assertEquals(302, root.status());
        Api.Reply signIn = new Api(base).get("/login.xhtml");
        assertEquals(200, signIn.status());
        assertTrue(signIn.body().contains("Peacekeeping Pledge Tracker") && signIn.body().contains("Sign in"));
    }

    // --- cookies and security headers, read on the wire

    @Test
    void theSignInPageSetsBothSessionCookiesHttpOnlyAndSameSiteLaxButNotSecureOverPlainHttp() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(root().resolve("login.xhtml")).GET());
        assertEquals(200, page.statusCode());
        Headers.assertSessionCookies(page, false);
    }

    @Test
    void signingInThroughTheApiSetsBothSessionCookiesTheSameWay() {
        HttpResponse<String> session = send(HttpRequest.newBuilder(root().resolve("api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"analyst\",\"password\":\""
                        + Api.PASSWORD + "\"}")));
        assertEquals(200, session.statusCode(), session.body());
        Headers.assertSessionCookies(session, false);
    }

    /** Pages: PrimeFaces' policy, with the directives the README lists and the nonce of the page's own scripts. */
    @Test
    void aPageHasOneStrictPolicyWhoseNonceIsTheNonceOfEveryScriptOfThePage() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(root().resolve("login.xhtml")).GET());
        String nonce = assertPagePolicy(page);
        HttpResponse<String> again = send(HttpRequest.newBuilder(root().resolve("login.xhtml")).GET());
        assertFalse(assertPagePolicy(again).equals(nonce), "a fresh nonce for every answer");

        HttpResponse<String> dashboard = send(HttpRequest.newBuilder(root().resolve("analysis/index.xhtml"))
                .header("Authorization", basic("analyst")).GET());
        assertEquals(200, dashboard.statusCode());
        assertPagePolicy(dashboard);
    }

    /** An error page is a page too: one policy, PrimeFaces' with its nonce, not the filter's added to it. */
    @Test
    void theErrorPageOfAnUnknownAddressHasThePagePolicyOnly() {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(root().resolve("no/such/address")).GET());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
        assertPagePolicy(missing);
    }

    @Test
    void theApiAndItsDownloadsMayLoadNothingAndNeverBeFramed() {
        for (String path : List.of("api/me", "api/no-such-thing", "api/reports/register?status=APPROVED")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(root().resolve(path))
                    .header("Authorization", basic("analyst")).GET());
            assertEquals(Map.of("default-src", "'none'", "frame-ancestors", "'none'"), Headers.policy(answer), path);
        }
    }

    @Test
    void staticResourcesRunNoScriptAndAreNeverFramed() {
        HttpResponse<String> style = send(HttpRequest.newBuilder(root().resolve(
                "jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue")).GET());
        assertEquals(200, style.statusCode());
        Map<String, String> policy = Headers.policy(style);
        assertAll(
                () -> assertEquals("'none'", policy.get("default-src"), policy::toString),
                () -> assertFalse(policy.containsKey("script-src"), policy::toString),
                () -> assertEquals("'none'", policy.get("frame-ancestors"), policy::toString),
                () -> assertEquals("'none'", policy.get("base-uri"), policy::toString));
    }

    /**
     * The OpenAPI document as clients read it (issue 17): one server, the document's own origin; the three ways to
     * sign in; one operationId and a summary on every operation; no Payara extension at the top. Written to
     * target/openapi.json for CI's Redocly lint (.ci/run), as the contract check also does.
     */
    @Test
    void theOpenApiDocumentNamesItsServerTheWaysToSignInAndEveryOperation() {
        HttpResponse<String> served = send(HttpRequest.newBuilder(root().resolve("openapi"))
                .header("Accept", "application/json").GET());
        assertEquals(200, served.statusCode(), served.body());
        JsonObject document = new Api.Reply(200, "application/json", served.body()).object();
        ContractCheck.export(served.body());
        List<String> operationIds = new ArrayList<>();
        document.getJsonObject("paths").values().forEach(item -> item.asJsonObject().forEach((method, operation) -> {
            if (operation.getValueType() == JsonValue.ValueType.OBJECT
                    && operation.asJsonObject().containsKey("responses")) {
                assertFalse(operation.asJsonObject().getString("summary", "").isBlank(), method + " " + operation);
                operationIds.add(operation.asJsonObject().getString("operationId"));
            }
        }));
        assertAll(
                () -> assertEquals("Peacekeeping Pledge Tracker API",
                        document.getJsonObject("info").getString("title")),
                () -> assertEquals("/", document.getJsonArray("servers").getJsonObject(0).getString("url")),
                () -> assertEquals(1, document.getJsonArray("servers").size()),
                () -> assertFalse(document.containsKey("endpoints"), "no Payara extension at the top"),
                () -> assertEquals(Set.of("basicAuth", "bearerToken", "sessionCookie"),
                        document.getJsonObject("components").getJsonObject("securitySchemes").keySet()),
                () -> assertTrue(operationIds.size() >= 30, operationIds::toString),
                () -> assertEquals(operationIds.size(), Set.copyOf(operationIds).size(), "unique: " + operationIds));
    }

    /**
     * {@code /api-docs}: Swagger UI from its webjar on the served document, open to anyone, under a policy of its
     * own that runs this origin's scripts only (no inline script, no eval) and connects to this origin only.
     */
    @Test
    void theApiDocsPageLoadsSwaggerUiFromThisOriginUnderItsOwnStrictPolicy() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(root().resolve("api-docs")).GET());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(Map.of("default-src", "'none'", "script-src", "'self'", "style-src", "'self' 'unsafe-inline'",
                "img-src", "'self' data:", "font-src", "'self' data:", "connect-src", "'self'",
                "object-src", "'none'", "base-uri", "'none'", "frame-ancestors", "'none'", "form-action", "'none'"),
                Headers.policy(page));
        Matcher scripts = Pattern.compile("<script\\b([^>]*)>").matcher(page.body());
        List<String> loaded = new ArrayList<>();
        while (scripts.find()) {
            Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(scripts.group(1));
            assertTrue(src.find(), "no inline script: " + scripts.group());
            loaded.add(src.group(1));
        }
        Matcher styles = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"").matcher(page.body());
        while (styles.find()) {
            loaded.add(styles.group(1));
        }
        assertTrue(loaded.stream().anyMatch(path -> path.matches(
                "/webjars/swagger-ui/[0-9.]+/swagger-ui-bundle\\.js")), loaded::toString);
        assertEquals(3, loaded.size(), loaded::toString);
        for (String path : loaded) {
            HttpResponse<String> resource = send(HttpRequest.newBuilder(root().resolve(path.substring(1))).GET());
            assertEquals(200, resource.statusCode(), path);
            assertTrue(resource.headers().firstValue("Content-Type").orElse("").matches(
                    "(text|application)/(javascript|css).*"), path + " " + resource.headers().map());
        }
        assertTrue(page.body().contains("data-document=\"/openapi\""), page.body());
    }

    /** No answer names the server's product or says HTTPS-only over plain http in demo mode. */
    @Test
    void noAnswerNamesTheServerOrAsksForHttpsInDemoMode() {
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(send(HttpRequest.newBuilder(root().resolve("login.xhtml")).GET()));
        answers.add(send(HttpRequest.newBuilder(root()).GET()));
        answers.add(send(HttpRequest.newBuilder(root().resolve("api/me")).header("Authorization", basic("analyst"))
                .GET()));
        answers.add(send(HttpRequest.newBuilder(root().resolve("api/me")).GET()));
        answers.add(send(HttpRequest.newBuilder(root().resolve("jakarta.faces.resource/core.js.xhtml?ln=primefaces"))
                .GET()));
        answers.add(send(HttpRequest.newBuilder(root().resolve("no/such/address")).GET()));
        answers.add(send(HttpRequest.newBuilder(root().resolve("health")).GET()));
        for (HttpResponse<String> answer : answers) {
            String what = answer.request().uri() + " " + answer.statusCode() + " " + answer.headers().map();
            assertAll(
                    () -> assertEquals(List.of(), answer.headers().allValues("Server"), what),
                    () -> assertEquals(List.of(), answer.headers().allValues("X-Powered-By"), what),
                    () -> assertEquals(List.of(), answer.headers().allValues("Strict-Transport-Security"), what),
                    () -> assertEquals(List.of("nosniff"), answer.headers().allValues("X-Content-Type-Options"), what));
        }
        assertEquals(Set.of(200, 302, 401, 404), answers.stream().map(HttpResponse::statusCode)
                .collect(Collectors.toSet()), "pages, a redirect, refusals and a missing page");
    }

    /**
     * Issue 14 on the wire: text answers come gzipped to a browser that accepts it (the sign-in page, a PrimeFaces
     * script, a JSON list, the OpenAPI document), a workbook (already a zip file) as it is; versioned Faces
     * resources are cached a year as immutable, the application's own style sheet (no version) is not.
     */
    @Test
    void textIsGzippedWorkbooksAreNotAndVersionedResourcesAreImmutable() throws Exception {
        for (String path : List.of("login.xhtml", "jakarta.faces.resource/components.js.xhtml?ln=primefaces&v=15.0.13",
                "api/pledges?size=100", "openapi")) {
            HttpResponse<byte[]> answer = sendBytes(HttpRequest.newBuilder(root().resolve(path))
                    .header("Authorization", basic("analyst")).header("Accept-Encoding", "gzip").GET());
            byte[] body = answer.body();
            String what = path + " " + answer.statusCode() + " " + answer.headers().map();
            assertAll(
                    () -> assertEquals(200, answer.statusCode(), what),
                    () -> assertEquals(List.of("gzip"), answer.headers().allValues("Content-Encoding"), what),
                    () -> assertTrue(body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b, what),
                    () -> assertTrue(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))
                            .readAllBytes().length > body.length, what));
        }
        HttpResponse<byte[]> workbook = sendBytes(HttpRequest.newBuilder(root().resolve(
                "api/reports/register?status=APPROVED")).header("Authorization", basic("analyst"))
                .header("Accept-Encoding", "gzip").GET());
        assertEquals(200, workbook.statusCode());
        assertEquals(List.of(), workbook.headers().allValues("Content-Encoding"), workbook.headers().map()::toString);
        assertTrue(workbook.body()[0] == 'P' && workbook.body()[1] == 'K', "the workbook's zip as it is");

        HttpResponse<byte[]> script = sendBytes(HttpRequest.newBuilder(root().resolve(
                "jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13")).GET());
        assertEquals(200, script.statusCode());
        assertEquals(List.of("public, max-age=31536000, immutable"), script.headers().allValues("Cache-Control"));
        assertEquals(List.of(), script.headers().allValues("Expires"));
        HttpResponse<byte[]> style = sendBytes(HttpRequest.newBuilder(root().resolve(
                "jakarta.faces.resource/css/app.css.xhtml")).GET());
        assertEquals(200, style.statusCode());
        assertFalse(style.headers().allValues("Cache-Control").toString().contains("immutable"),
                style.headers().map()::toString);
        HttpResponse<String> page = send(HttpRequest.newBuilder(root().resolve("login.xhtml")).GET());
        assertTrue(page.body().contains("rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\""), page.body());
        HttpResponse<String> icon = send(HttpRequest.newBuilder(root().resolve("favicon.svg")).GET());
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
    }

    /**
     * HTTP/1.1 as browsers speak it over plain http: Payara does not compress the answer to a request asking to
     * upgrade to HTTP/2 (h2c), which Java's client sends first and browsers never do.
     */
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return HTTP_1_1.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Checks a page's policy directive by directive; its nonce, which every script element of the page carries. */
    private static String assertPagePolicy(HttpResponse<String> page) {
        Map<String, String> policy = Headers.policy(page);
        Matcher scriptSrc = Pattern.compile("'self' 'nonce-([A-Za-z0-9+/=_-]{16,})'")
                .matcher(policy.getOrDefault("script-src", ""));
        assertTrue(scriptSrc.matches(), policy::toString);
        String nonce = scriptSrc.group(1);
        assertEquals(Map.of("default-src", "'self'", "script-src", "'self' 'nonce-" + nonce + "'",
                "style-src", "'self' 'unsafe-inline'", "img-src", "'self' data:", "font-src", "'self' data:",
                "object-src", "'none'", "base-uri", "'none'", "frame-ancestors", "'none'", "form-action", "'self'"),
                policy);
        Matcher scripts = Pattern.compile("<script\\b([^>]*)>").matcher(page.body());
        int count = 0;
        int inline = 0;
        while (scripts.find()) {
            count++;
            String attributes = scripts.group(1);
            inline += attributes.contains("src=") ? 0 : 1;
            assertTrue(attributes.contains("nonce=\"" + nonce + "\""), () -> "script without the nonce: " + attributes);
        }
        assertTrue(inline > 0 && count > inline, "inline and loaded scripts, all with the nonce: " + count);
        return nonce;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI root() {
        return URI.create(base.toString()).resolve("/");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject preparatoryIn(Map<String, JsonObject> events, String startDate) {
        return events.values().stream()
                .filter(e -> e.getString("type").equals("PREPARATORY") && e.getString("startDate").equals(startDate))
                .findFirst().orElseThrow(() -> new AssertionError("No preparatory meeting starting " + startDate));
    }

    private static Map<String, JsonObject> byKey(JsonArray array, String key) {
        return array.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getString(key), Function.identity()));
    }
}
