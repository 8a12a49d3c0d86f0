package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.peacekeeping.pledges.it.ops.FailingPage;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (Debian's headless Chromium), as people use them: a focal point enters and submits a
 * pledge, a reviewer returns it with a comment, the focal point fixes and resubmits it, the reviewer approves it and
 * an analyst finds it among the approved pledges; another state's focal point cannot open it; the French switch;
 * a validation error next to its field; the same journey by keyboard alone. And every page, in English and in
 * French, for every role, checked by axe-core (WCAG 2.1 A and AA rules) with no serious or critical violation and no
 * Content-Security-Policy violation in the browser's console. Runs once, in the H2 run.
 */
@ExtendWith({BrowserIT.ChromiumPresent.class, TestDatabase.class, TestClamd.class, ArquillianExtension.class})
class BrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Browser tests need Debian's Chromium and its driver (.ci/run installs them); once per build is enough. */
    static class ChromiumPresent implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (TestDatabase.postgres()) {
                return ConditionEvaluationResult.disabled("browser tests run in the H2 run only");
            }
            boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
            if (!present && !"true".equalsIgnoreCase(System.getenv("CI"))) {
                System.err.println("WARNING: no " + CHROMIUM + " or " + CHROMEDRIVER + ": browser tests skipped. "
                        + "apt-get install chromium chromium-driver (.ci/run does).");
                return ConditionEvaluationResult.disabled("no Chromium");
            }
            return ConditionEvaluationResult.enabled("Chromium present");
        }
    }

    /** The axe-core the tests expect (src/test/resources/axe-core, from npm): a different file fails the walk. */
    private static final String AXE_VERSION = "4.14.1";
    private static final String AXE = resource("/axe-core/axe.min.js");
    private static final List<String> LANGUAGES = List.of("en", "fr");

    /** The application's WAR, with a page failing as a bug would (never shipped; see OperationsIT) for the 500 page. */
    @Deployment(testable = false)
    static WebArchive application() {
        return FoundationIT.application().addClass(FailingPage.class)
                .addAsWebResource(new StringAsset("<ui:composition xmlns=\"http://www.w3.org/1999/xhtml\" "
                        + "xmlns:ui=\"jakarta.faces.facelets\" template=\"/WEB-INF/templates/plain.xhtml\">"
                        + "<ui:define name=\"content\"><p>#{opsTestFailure.text}</p></ui:define></ui:composition>"),
                        "ops-test/failure.xhtml");
    }

    @ArquillianResource
    private URL base;

    private WebDriver browser;

    private WebDriver open() throws Exception {
        Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                "--user-data-dir=" + profile, "--lang=en");
        // The console, to see Content-Security-Policy violations ("Refused to ...") and script errors.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return browser;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPledgeTravelsFromFocalPointToReviewerAndBackToApprovalAndIsCounted() throws Exception {
        WebDriver fp = open();
        signIn(fp, "fp.pakistan");
        fp.get(url("pledges/edit.xhtml"));
        choose(fp, "pledgeForm:capabilityType", "Level 2 hospital");
        typicalPersonnelFilledIn(fp, "57");
        type(fp, "pledgeForm:title", "Level 2 hospital, browser journey");
        type(fp, "pledgeForm:women", "12");
        waitFor(fp, "pledgeForm:womenShare", "21");
        type(fp, "pledgeForm:daysToDeploy", "60");
        type(fp, "pledgeForm:durationMonths", "12");
        choose(fp, "pledgeForm:selfSustainment", "Self-sustaining");
        type(fp, "pledgeForm:availableFrom_input", "2027-03-01");
        fp.findElement(By.id("pledgeForm:title")).click();
        fp.findElement(By.id("pledgeForm:submit")).click();
        waitFor(fp, "status", "Submitted");
        String reference = fp.findElement(By.id("reference")).getText();
        String pledgeUrl = fp.getCurrentUrl();
        String id = pledgeUrl.substring(pledgeUrl.indexOf("id=") + 3);

        WebDriver reviewer = fp;
        signOut(fp);
        signIn(reviewer, "reviewer");
        reviewer.get(url("review/pledge.xhtml?id=" + id));
        reviewer.findElement(By.id("actionsForm:startReview")).click();
        waitFor(reviewer, "status", "Under review");
        reviewer.findElement(By.id("actionsForm:return")).click();
        waitForText(reviewer, By.cssSelector("[id='actionsForm:comment'] ~ .ui-message, .ui-message-error"),
                "comment is required");
        type(reviewer, "actionsForm:comment", "Please confirm the number of women.");
        reviewer.findElement(By.id("actionsForm:return")).click();
        waitFor(reviewer, "status", "Returned for revision");
        signOut(reviewer);

        signIn(fp, "fp.pakistan");
        fp.get(url("pledges/edit.xhtml?id=" + id));
        assertTrue(fp.findElement(By.id("returnComment")).getText().contains("Please confirm the number of women."));
        type(fp, "pledgeForm:women", "20");
        fp.findElement(By.id("pledgeForm:submit")).click();
        waitFor(fp, "status", "Submitted");
        signOut(fp);

        signIn(reviewer, "reviewer");
        reviewer.get(url("review/pledge.xhtml?id=" + id));
        reviewer.findElement(By.id("actionsForm:startReview")).click();
        waitFor(reviewer, "status", "Under review");
        // A formed unit is approved only with its level 1 documents (SPEC §9): the focal point sends them.
        Dossiers.attachLevelOne(new Api(base).as("fp.pakistan"), Long.parseLong(id));
        reviewer.navigate().refresh();
        reviewer.findElement(By.id("actionsForm:approve")).click();
        waitFor(reviewer, "status", "Approved");
        assertTrue(reviewer.findElement(By.id("history")).getText().contains("Please confirm the number of women."));
        signOut(reviewer);

        signIn(fp, "analyst");
        fp.get(url("analysis/pledges.xhtml?status=APPROVED&q=" + reference));
        new WebDriverWait(fp, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), reference));
        assertTrue(fp.findElement(By.tagName("body")).getText().contains("Level 2 hospital, browser journey"));
        signOut(fp);

        signIn(fp, "fp.japan");
        fp.get(url("pledges/edit.xhtml?id=" + id));
        assertEquals("Page not found · Peacekeeping Pledge Tracker", fp.getTitle(),
                "another state's pledge does not exist for this focal point");
        assertTrue(!fp.getPageSource().contains(reference));
    }

    /** A Pakistani hospital approved through the API, ready to deploy or to assess; its id. */
    private long approvedHospital(String title) {
        Api pakistan = new Api(base).as("fp.pakistan");
        Api reviewer = new Api(base).as("reviewer");
        Api.Reply created = pakistan.post("api/pledges", jakarta.json.Json.createObjectBuilder()
                .add("capabilityType", "LEVEL_2_HOSPITAL").add("event", "BERLIN-2025").add("title", title)
                .add("units", 1).add("personnel", 60).add("women", 12).add("daysToDeploy", 60)
                .add("availableFrom", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(3).withDayOfMonth(1)
                        .toString())
                .add("durationMonths", 12).add("selfSustainment", "YES").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        Dossiers.attachLevelOne(pakistan, id);
        for (Map.Entry<Api, String> step : List.of(Map.entry(pakistan, "submit"), Map.entry(reviewer, "start-review"),
                Map.entry(reviewer, "approve"))) {
            Api.Reply done = step.getKey().post("api/pledges/" + id + "/actions/" + step.getValue(), "{}");
            assertEquals(200, done.status(), done.body());
        }
        return id;
    }

    @Test
    void aReviewerRecordsADeploymentOnThePageAndTheFocalPointSeesIt() throws Exception {
        long id = approvedHospital("Hospital deployed in the browser");
        WebDriver browser = open();
        signIn(browser, "reviewer");
        browser.get(url("review/pledge.xhtml?id=" + id));
        browser.findElement(By.id("deployForm:deploy")).click();
        waitForText(browser, By.id("deployForm"), "Say which mission");
        choose(browser, "deployForm:mission", "UNMISS - " + Sql.single("SELECT name_en FROM mission WHERE code = 'UNMISS'"));
        type(browser, "deployForm:deployedOn_input", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        browser.findElement(By.id("deployForm:deployComment")).click();
        browser.findElement(By.id("deployForm:deploy")).click();
        waitFor(browser, "status", "Deployed");
        assertEquals("UNMISS", browser.findElement(By.id("deploymentMission")).getText());
        assertEquals("60", browser.findElement(By.id("deployedPersonnel")).getText(), "as pledged");
        assertTrue(browser.findElements(By.id("deployForm:deploy")).isEmpty(), "deployed once");
        type(browser, "repatriateForm:repatriationComment", "Rotated home");
        browser.findElement(By.id("repatriateForm:repatriate")).click();
        waitFor(browser, "status", "Repatriated");
        assertEquals("Rotated home", browser.findElement(By.id("repatriationComment")).getText());
        signOut(browser);

        signIn(browser, "fp.pakistan");
        browser.get(url("pledges/edit.xhtml?id=" + id));
        waitFor(browser, "status", "Repatriated");
        assertEquals("UNMISS", browser.findElement(By.id("deploymentMission")).getText());
        assertTrue(browser.findElement(By.id("history")).getText().contains("Rotated home"));
    }

    @Test
    void theDashboardDrawsEveryChartOnceItComesIntoView() throws Exception {
        WebDriver browser = open();
        signIn(browser, "analyst");
        browser.get(url("analysis/index.xhtml"));
        JavascriptExecutor page = (JavascriptExecutor) browser;
        String drawn = "return Array.from(document.querySelectorAll('canvas'))"
                + ".filter(function (c) { return window.Chart && Chart.getChart(c); }).length";
        List<WebElement> canvases = browser.findElements(By.cssSelector("canvas"));
        assertEquals(4, canvases.size(), "by category, by regional group, by status, women");
        for (WebElement canvas : canvases) {
            page.executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((Number) page.executeScript(
                    "return window.Chart && Chart.getChart(arguments[0]) ? 1 : 0", canvas)).intValue() == 1);
        }
        assertEquals(4L, page.executeScript(drawn), "each chart drawn by Chart.js once in view");
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() || entry.getMessage().contains("Uncaught")) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "no script error on the way");
    }

    @Test
    void aSecondReviewerFindsTheRapidDeploymentProposalInTheQueueAndConfirmsIt() throws Exception {
        long id = approvedHospital("Hospital for rapid deployment");
        Api.Reply proposed = new Api(base).as("reviewer").post("api/pledges/" + id + "/assessments",
                jakarta.json.Json.createObjectBuilder().add("type", "RAPID_DEPLOYMENT_VERIFICATION")
                        .add("assessedOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString())
                        .add("outcome", "SUCCESSFUL").add("readinessLevel", "RAPID_DEPLOYMENT").build().toString());
        assertEquals(201, proposed.status(), proposed.body());
        String reference = Sql.single("SELECT reference FROM pledge WHERE id = " + id);
        WebDriver browser = open();
        signIn(browser, "reviewer");
        browser.get(url("review/pledge.xhtml?id=" + id));
        assertTrue(browser.findElement(By.id("pendingText")).getText().contains("reviewer proposed Rapid Deployment"));
        assertTrue(browser.findElement(By.id("pendingOwn")).isDisplayed());
        assertTrue(browser.findElements(By.id("confirmForm:confirm")).isEmpty(), "the proposer cannot confirm");
        signOut(browser);

        signIn(browser, "reviewer2");
        browser.get(url("review/index.xhtml"));
        assertTrue(browser.findElement(By.id("confirmations")).getText().contains(reference));
        browser.findElement(By.linkText(reference)).click();
        waitFor(browser, "pendingHeading", "Rapid Deployment waits");
        browser.findElement(By.id("confirmForm:confirm")).click();
        waitForText(browser, By.cssSelector("dl.facts"), "Rapid deployment");
        assertTrue(browser.findElements(By.id("pendingConfirmation")).isEmpty());
        browser.get(url("review/index.xhtml"));
        assertFalse(browser.getPageSource().contains(reference), "no longer waiting");
    }

    @Test
    void theFrenchSwitchTranslatesThePagesAndValidationShowsNextToTheField() throws Exception {
        WebDriver fp = open();
        signIn(fp, "fp.ghana");
        fp.findElement(By.id("lang-fr")).click();
        new WebDriverWait(fp, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Contributions de mon État"));
        assertEquals("fr", fp.findElement(By.tagName("html")).getAttribute("lang"));
        fp.get(url("pledges/edit.xhtml"));
        assertTrue(fp.getPageSource().contains("Saisir une nouvelle contribution"), "the language stays for the session");
        choose(fp, "pledgeForm:capabilityType", "Hôpital de niveau 2");
        typicalPersonnelFilledIn(fp, "57");
        type(fp, "pledgeForm:title", "Validation");
        type(fp, "pledgeForm:personnel", "10");
        type(fp, "pledgeForm:women", "11");
        fp.findElement(By.id("pledgeForm:save")).click();
        new WebDriverWait(fp, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("pledgeForm:womenMessage"),
                        "plus de femmes"));
    }

    @Test
    void anAdministratorChangesACapabilityTypeAndLosesAConcurrentEditGracefully() throws Exception {
        WebDriver admin = open();
        signIn(admin, "admin");
        admin.get(url("admin/capability-types.xhtml"));
        editType(admin, "SIGNALS_COMPANY");
        retype(admin, "typeForm:typicalPersonnel_input", "140");
        admin.findElement(By.id("typeForm:save")).click();
        waitForText(admin, By.id("pageMessages"), "The changes to capability type SIGNALS_COMPANY were saved.");
        waitForText(admin, By.xpath("//tr[.//code[text()='SIGNALS_COMPANY']]"), "140");

        editType(admin, "SIGNALS_COMPANY");
        // Another administrator saves first.
        Sql.update("UPDATE capability_type SET typical_personnel = 150, version = version + 1"
                + " WHERE code = 'SIGNALS_COMPANY'");
        retype(admin, "typeForm:typicalPersonnel_input", "160");
        admin.findElement(By.id("typeForm:save")).click();
        waitForText(admin, By.id("pageMessages"), "Someone else changed capability type SIGNALS_COMPANY");
        assertEquals("150", admin.findElement(By.id("typeForm:typicalPersonnel_input")).getAttribute("value"),
                "the form shows the type as it is now");
        assertEquals("150", Sql.single("SELECT typical_personnel FROM capability_type WHERE code = 'SIGNALS_COMPANY'"));
    }

    @Test
    void anAdministratorDisablesAndEnablesAnAccountAndLosesAConcurrentEditGracefully() throws Exception {
        WebDriver admin = open();
        signIn(admin, "admin");
        admin.get(url("admin/accounts.xhtml"));
        admin.findElement(By.cssSelector("button[aria-label*='fp.korea']")).click();
        waitVisible(admin, By.id("statusForm:disable"));
        admin.findElement(By.id("statusForm:disable")).click();
        waitForText(admin, By.id("pageMessages"), "Account fp.korea is disabled: it can no longer sign in.");
        assertEquals("FALSE", Sql.single("SELECT enabled FROM user_account WHERE username = 'fp.korea'")
                .toUpperCase(java.util.Locale.ROOT));
        admin.findElement(By.id("statusForm:enable")).click();
        waitForText(admin, By.id("pageMessages"), "Account fp.korea is enabled: it can sign in again.");
        assertEquals("TRUE", Sql.single("SELECT enabled FROM user_account WHERE username = 'fp.korea'")
                .toUpperCase(java.util.Locale.ROOT));

        // Another administrator changes the account first: nothing of ours is saved, the form shows theirs.
        Sql.update("UPDATE user_account SET display_name = 'Korea focal point (renamed)', version = version + 1"
                + " WHERE username = 'fp.korea'");
        retype(admin, "accountForm:displayName", "Korea focal point (mine)");
        admin.findElement(By.id("accountForm:save")).click();
        waitForText(admin, By.id("pageMessages"), "Account fp.korea changed while you were working on it");
        assertEquals("Korea focal point (renamed)",
                admin.findElement(By.id("accountForm:displayName")).getAttribute("value"));
        assertEquals("Korea focal point (renamed)",
                Sql.single("SELECT display_name FROM user_account WHERE username = 'fp.korea'"));
    }

    @Test
    void aUserCreatesATokenSeesItOnceUsesItAndRevokesItAndAnAdministratorRevokesAnother() throws Exception {
        WebDriver browser = open();
        signIn(browser, "fp.ghana");
        browser.findElement(By.linkText("Tokens")).click();
        waitForTitle(browser, "Personal access tokens");
        type(browser, "createForm:name", "Ghana nightly export");
        choose(browser, "createForm:scope", "Read only");
        browser.findElement(By.id("createForm:create")).click();
        waitVisible(browser, By.id("createForm:secret"));
        String secret = browser.findElement(By.id("createForm:secret")).getAttribute("value");
        assertTrue(secret.matches("ppt_[A-Za-z0-9_-]{43}"), secret);
        assertTrue(browser.findElement(By.id("createForm")).getText().contains("shown only this once"));
        String table = browser.findElement(By.id("listForm:table")).getText();
        assertTrue(table.contains("Ghana nightly export") && table.contains(secret.substring(0, 12))
                && table.contains("Never"), table);
        assertEquals("READ", Sql.single("SELECT scope FROM api_token WHERE name = 'Ghana nightly export'"));

        // The token works, as Ghana's focal point, and its use shows on the page.
        Api script = new Api(base).header("Authorization", "Bearer " + secret);
        assertEquals("GHA", script.get("api/me").object().getString("memberState"));
        browser.get(url("tokens.xhtml"));
        assertFalse(browser.getPageSource().contains(secret), "shown once: not again");
        assertFalse(browser.findElement(By.id("listForm:table")).getText().contains("Never"), "its last use");

        // Revoked after confirming: it stops.
        browser.findElement(By.cssSelector("button[aria-label='Revoke token Ghana nightly export']")).click();
        waitVisible(browser, By.cssSelector(".ui-confirm-dialog"));
        browser.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        waitForText(browser, By.id("pageMessages"), "Token \"Ghana nightly export\" is revoked");
        waitForText(browser, By.id("listForm:table"), "Revoked");
        assertEquals(401, script.get("api/me").status());

        // Another of Ghana's tokens, revoked by an administrator on theirs.
        type(browser, "createForm:name", "Ghana second token");
        browser.findElement(By.id("createForm:create")).click();
        waitVisible(browser, By.id("createForm:secret"));
        Api second = new Api(base).header("Authorization", "Bearer "
                + browser.findElement(By.id("createForm:secret")).getAttribute("value"));
        assertEquals(200, second.get("api/me").status());
        signOut(browser);
        signIn(browser, "admin");
        browser.findElement(By.linkText("All tokens")).click();
        waitForTitle(browser, "All personal access tokens");
        browser.findElement(By.cssSelector("button[aria-label='Revoke token Ghana second token of fp.ghana']")).click();
        waitVisible(browser, By.cssSelector(".ui-confirm-dialog"));
        browser.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        waitForText(browser, By.id("pageMessages"), "Token \"Ghana second token\" of fp.ghana is revoked");
        assertEquals(401, second.get("api/me").status());
        assertEquals("admin", Sql.single("SELECT revoked_by FROM api_token WHERE name = 'Ghana second token'"));
    }

    /**
     * The walk: every page and every state a person meets (messages shown, dialogs and panels opened, a date
     * picker's calendar), for every role, in English and then in French, each checked by {@link #check}. All
     * findings are reported together at the end.
     */
    @Test
    void everyPageOfEveryRolePassesAxeAndTheContentSecurityPolicyInEnglishAndFrench() throws Exception {
        WebDriver browser = open();
        List<String> findings = new ArrayList<>();
        String pakistansSent = Sql.single("SELECT MIN(id) FROM pledge WHERE member_state = 'PAK' AND status <> 'DRAFT'");
        String approved = Sql.single("SELECT MIN(id) FROM pledge WHERE status = 'APPROVED'");
        String notPakistans = Sql.single("SELECT MIN(id) FROM pledge WHERE member_state <> 'PAK'");
        assertTrue(!"null".equals(pakistansSent) && !"null".equals(approved) && !"null".equals(notPakistans),
                "the demonstration pledges are there");
        for (String language : LANGUAGES) {
            ResourceBundle msg = bundle("messages", language);
            String in = " (" + language + ")";

            // Signed out: the sign-in page, a failed sign-in, an unknown page, an expired view, a failure.
            browser.get(url("login.xhtml"));
            use(browser, language);
            check(browser, "sign-in" + in, findings);
            type(browser, "signInForm:username", "fp.pakistan");
            type(browser, "signInForm:password", "not the password");
            browser.findElement(By.id("signInForm:submit")).click();
            waitForText(browser, By.id("signInForm"), msg.getString("signIn.failed"));
            check(browser, "sign-in, failed" + in, findings);
            browser.get(url("no-such-page.xhtml"));
            waitForTitle(browser, msg.getString("error.404.title"));
            check(browser, "404, unknown page" + in, findings);
            browser.get(url("ops-test/failure.xhtml"));
            waitForTitle(browser, msg.getString("error.500.title"));
            check(browser, "500" + in, findings);
            // The public figures (SPEC §10): no sign-in, the language by a link, figures of the demo's consented
            // approved pledges.
            browser.get(url("public/" + (language.equals("fr") ? "?lang=fr" : "")));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.tagName("h1")).isEmpty());
            assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"), "public page" + in);
            assertFalse(browser.findElements(By.tagName("caption")).isEmpty(), "the public page shows figures" + in);
            check(browser, "public figures" + in, findings);
            browser.get(url("login.xhtml"));
            browser.manage().deleteAllCookies();
            type(browser, "signInForm:username", "fp.pakistan");
            type(browser, "signInForm:password", Api.PASSWORD);
            browser.findElement(By.id("signInForm:submit")).click();
            // A new session: its page speaks the default language.
            waitForTitle(browser, bundle("messages", "en").getString("error.expired.title"));
            check(browser, "expired view", findings);

            // The focal point.
            signIn(browser, "fp.pakistan");
            use(browser, language);
            check(browser, "focal point: my pledges" + in, findings);
            browser.get(url("pledges/edit.xhtml"));
            check(browser, "focal point: new pledge" + in, findings);
            browser.findElement(By.id("pledgeForm:save")).click();
            waitForText(browser, By.id("pledgeForm"), msg.getString("pledge.required.capabilityType"));
            check(browser, "focal point: new pledge with validation errors" + in, findings);
            browser.findElement(By.cssSelector("[id='pledgeForm:availableFrom'] .ui-datepicker-trigger")).click();
            waitVisible(browser, By.id("pledgeForm:availableFrom_panel"));
            check(browser, "focal point: new pledge, date picker open" + in, findings);
            browser.get(url("pledges/edit.xhtml"));
            choose(browser, "pledgeForm:capabilityType", capabilityType(language));
            type(browser, "pledgeForm:title", "Walk " + language);
            browser.findElement(By.id("pledgeForm:save")).click();
            waitVisible(browser, By.id("pledgeForm:delete"));
            check(browser, "focal point: draft pledge, saved" + in, findings);
            browser.findElement(By.id("pledgeForm:delete")).click();
            waitVisible(browser, By.cssSelector(".ui-confirm-dialog"));
            check(browser, "focal point: draft pledge, delete dialog open" + in, findings);
            browser.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
            browser.get(url("pledges/edit.xhtml?id=" + pakistansSent));
            check(browser, "focal point: a pledge sent to the Secretariat" + in, findings);
            browser.get(url("inbox.xhtml"));
            check(browser, "focal point: inbox" + in, findings);
            browser.get(url("tokens.xhtml"));
            check(browser, "focal point: tokens" + in, findings);
            browser.findElement(By.id("createForm:create")).click();
            waitVisible(browser, By.cssSelector("[id='createForm'] .ui-message-error"));
            check(browser, "focal point: tokens, new without a name" + in, findings);
            type(browser, "createForm:name", "Walk " + language);
            browser.findElement(By.id("createForm:create")).click();
            waitVisible(browser, By.id("createForm:secret"));
            check(browser, "focal point: tokens, secret shown once" + in, findings);
            browser.findElement(By.cssSelector("[id='listForm:table'] tbody button")).click();
            waitVisible(browser, By.cssSelector(".ui-confirm-dialog"));
            check(browser, "focal point: tokens, revoke dialog open" + in, findings);
            browser.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
            waitForText(browser, By.id("pageMessages"), "Walk " + language);
            check(browser, "focal point: tokens, revoked" + in, findings);
            browser.get(url("pledges/index.xhtml"));
            type(browser, "saveListForm:savedName", "Walk list " + language);
            browser.findElement(By.id("saveListForm:saveList")).click();
            waitForText(browser, By.id("pageMessages"), "Walk list " + language);
            check(browser, "focal point: my pledges, list saved" + in, findings);
            browser.findElement(By.cssSelector("[id='navSavedLists'] summary")).click();
            check(browser, "focal point: saved lists in the navigation" + in, findings);
            browser.get(url("saved-lists.xhtml"));
            check(browser, "focal point: saved lists" + in, findings);
            browser.findElement(By.xpath("//*[@id='savedListsForm:lists']//tbody/tr[contains(., 'Walk list " + language
                    + "')]//button[contains(@id, ':delete')]")).click();
            waitVisible(browser, By.cssSelector(".ui-confirm-dialog"));
            check(browser, "focal point: saved lists, delete dialog open" + in, findings);
            browser.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
            waitForText(browser, By.id("pageMessages"), "Walk list " + language);
            check(browser, "focal point: saved lists, deleted" + in, findings);
            browser.get(url("unfollow.xhtml?list=1&account=1&signature=" + "A".repeat(43)));
            check(browser, "unfollow link, refused" + in, findings);
            browser.get(url("admin/accounts.xhtml"));
            waitForTitle(browser, msg.getString("error.403.title"));
            check(browser, "focal point: 403, an administrator's page" + in, findings);
            browser.get(url("pledges/edit.xhtml?id=" + notPakistans));
            waitForTitle(browser, msg.getString("error.404.title"));
            check(browser, "focal point: 404, another state's pledge" + in, findings);
            browser.get(url("inbox.xhtml"));
            signOut(browser);
            check(browser, "sign-in, signed out" + in, findings);

            // The reviewer.
            signIn(browser, "reviewer");
            use(browser, language);
            check(browser, "reviewer: review queue" + in, findings);
            browser.get(url("review/pledge.xhtml?id="
                    + Sql.single("SELECT MIN(id) FROM pledge WHERE status = 'SUBMITTED'")));
            check(browser, "reviewer: submitted pledge, decision panel" + in, findings);
            browser.findElement(By.id("actionsForm:startReview")).click();
            waitVisible(browser, By.id("actionsForm:return"));
            check(browser, "reviewer: pledge under review" + in, findings);
            browser.findElement(By.id("actionsForm:return")).click();
            waitVisible(browser, By.cssSelector("[id='actionsForm'] .ui-message-error"));
            check(browser, "reviewer: decision without its comment" + in, findings);
            browser.get(url("review/pledge.xhtml?id=" + approved));
            check(browser, "reviewer: approved pledge, assessment panel" + in, findings);
            browser.findElement(By.cssSelector("[id='assessmentForm:assessedOn'] .ui-datepicker-trigger")).click();
            waitVisible(browser, By.id("assessmentForm:assessedOn_panel"));
            check(browser, "reviewer: assessment, date picker open" + in, findings);
            browser.get(url("review/requirements.xhtml"));
            check(browser, "reviewer: requirements" + in, findings);
            browser.findElement(By.cssSelector("[id='listForm:table'] tbody button")).click();
            waitVisible(browser, By.cssSelector(".ui-confirm-dialog"));
            check(browser, "reviewer: requirements, delete dialog open" + in, findings);
            browser.findElement(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).click();
            browser.get(url("analysis/pledges.xhtml"));
            check(browser, "reviewer: all pledges" + in, findings);
            browser.get(url("analysis/index.xhtml"));
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas")));
            check(browser, "reviewer: dashboard with charts" + in, findings);
            browser.get(url("inbox.xhtml"));
            check(browser, "reviewer: inbox" + in, findings);
            signOut(browser);

            // The analyst.
            signIn(browser, "analyst");
            use(browser, language);
            check(browser, "analyst: dashboard with charts" + in, findings);
            browser.get(url("analysis/pledges.xhtml?status=APPROVED"));
            check(browser, "analyst: approved pledges" + in, findings);
            // The filter menus load their options when first opened (dynamic, for a lighter page): a member state
            // found by typing in its menu's filter, applied, lists only that state's approved pledges.
            choose(browser, "filters:memberState", "Pakistan");
            browser.findElement(By.id("filters:apply")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("memberState=PAK"));
            List<WebElement> rows = browser.findElements(By.cssSelector("[id='list:pledges_data'] > tr"));
            assertFalse(rows.isEmpty(), "Pakistan's approved pledges are listed" + in);
            for (WebElement row : rows) {
                assertTrue(row.findElements(By.tagName("td")).get(1).getText().contains("Pakistan"),
                        "only Pakistan's pledges" + in + ": " + row.getText());
            }
            check(browser, "analyst: approved pledges of one member state" + in, findings);
            browser.get(url("analysis/fulfilment.xhtml"));
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas")));
            check(browser, "analyst: fulfilment with its chart" + in, findings);
            browser.get(url("inbox.xhtml"));
            check(browser, "analyst: inbox" + in, findings);
            signOut(browser);

            // The administrator: each page's list, its form for a new entry, with errors, and an account's page.
            signIn(browser, "admin");
            use(browser, language);
            for (String page : List.of("accounts", "events", "capability-types", "gender-targets")) {
                browser.get(url("admin/" + page + ".xhtml"));
                check(browser, "administrator: " + page + in, findings);
                browser.findElement(By.cssSelector("button[id$=':create']")).click();
                WebElement save = new WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$=':save']")));
                check(browser, "administrator: " + page + ", new" + in, findings);
                save.click();
                waitVisible(browser, By.cssSelector(".ui-message-error, .ui-messages-error"));
                check(browser, "administrator: " + page + ", new with errors" + in, findings);
            }
            browser.get(url("admin/events.xhtml"));
            browser.findElement(By.cssSelector("button[id$=':create']")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='eventForm:startDate'] .ui-datepicker-trigger"))).click();
            waitVisible(browser, By.id("eventForm:startDate_panel"));
            check(browser, "administrator: new event, date picker open" + in, findings);
            // An event's page: its form, the extension of its pledging window and the record of its closing dates
            // (the demo's extension of Berlin 2025), then an extension without date and reason.
            browser.get(url("admin/events.xhtml"));
            browser.findElement(By.cssSelector("[id='eventsList:events'] button[aria-label$='BERLIN-2025']")).click();
            WebElement extend = new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(By.id("windowForm:extend")));
            check(browser, "administrator: an event with its pledging window" + in, findings);
            extend.click();
            waitVisible(browser, By.cssSelector("[id='windowForm'] .ui-message-error"));
            check(browser, "administrator: an event, extension with errors" + in, findings);
            browser.get(url("admin/accounts.xhtml"));
            browser.findElement(By.cssSelector("[id='accountsList:accounts'] tbody button")).click();
            waitVisible(browser, By.cssSelector("button[id$=':setPassword']"));
            check(browser, "administrator: an account" + in, findings);
            browser.get(url("admin/tokens.xhtml"));
            check(browser, "administrator: all tokens" + in, findings);
            browser.get(url("admin/webhooks.xhtml"));
            check(browser, "administrator: webhooks" + in, findings);
            browser.findElement(By.id("webhookForm:save")).click();
            waitVisible(browser, By.cssSelector(".ui-message-error, .ui-messages-error"));
            check(browser, "administrator: webhooks, with errors" + in, findings);
            browser.get(url("tokens.xhtml"));
            check(browser, "administrator: own tokens" + in, findings);
            browser.get(url("analysis/index.xhtml"));
            check(browser, "administrator: dashboard" + in, findings);
            browser.get(url("inbox.xhtml"));
            check(browser, "administrator: inbox" + in, findings);
            signOut(browser);
        }
        assertTrue(findings.isEmpty(), findings.size() + " finding(s):\n" + String.join("\n", findings));
    }

    /**
     * The journey of a focal point without a mouse: keys sent to whatever has the focus, never a click. Tab to the
     * fields, open the select menus with the space bar and choose by typing and Enter, type the date, Enter on the
     * buttons; the pledge arrives submitted.
     */
    @Test
    void aFocalPointSignsInCreatesAndSubmitsAPledgeWithTheKeyboardAlone() throws Exception {
        WebDriver fp = open();
        fp.get(url("login.xhtml"));
        tabTo(fp, "signInForm:username");
        focused(fp).sendKeys("fp.korea");
        tabTo(fp, "signInForm:password");
        focused(fp).sendKeys(Api.PASSWORD, Keys.ENTER);
        new WebDriverWait(fp, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("pledges/index.xhtml"));

        tabTo(fp, d -> "a".equals(focused(d).getTagName()) && focused(d).getText().equals("New pledge"));
        focused(fp).sendKeys(Keys.ENTER);
        new WebDriverWait(fp, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("pledges/edit.xhtml"));
        tabTo(fp, "pledgeForm:capabilityType_label");
        chooseByKeyboard(fp, "pledgeForm:capabilityType", "Level 2 hospital");
        typicalPersonnelFilledIn(fp, "57");
        tabTo(fp, "pledgeForm:title");
        focused(fp).sendKeys("Level 2 hospital, keyboard journey");
        tabTo(fp, "pledgeForm:women");
        focused(fp).sendKeys(Keys.chord(Keys.CONTROL, "a"), "12");
        waitFor(fp, "pledgeForm:womenShare", "21");
        tabTo(fp, "pledgeForm:availableFrom_input");
        focused(fp).sendKeys("2027-03-01");
        tabTo(fp, "pledgeForm:daysToDeploy");
        focused(fp).sendKeys("60");
        tabTo(fp, "pledgeForm:durationMonths");
        focused(fp).sendKeys("12");
        tabTo(fp, "pledgeForm:selfSustainment_label");
        chooseByKeyboard(fp, "pledgeForm:selfSustainment", "Self-sustaining");
        tabTo(fp, "pledgeForm:submit");
        focused(fp).sendKeys(Keys.ENTER);
        waitFor(fp, "status", "Submitted");
        String reference = fp.findElement(By.id("reference")).getText();
        assertEquals("SUBMITTED|57|12|2027-03-01|Level 2 hospital, keyboard journey",
                Sql.single("SELECT status || '|' || personnel || '|' || women || '|' || available_from || '|' || title"
                        + " FROM pledge WHERE reference = '" + reference + "'"));
    }

    /**
     * Bulk decisions (SPEC §12) with the keyboard alone: the reviewer ticks two pledges in the queue with Space, takes
     * them into review, then approves them and a third one that cannot be approved yet; the results table says which
     * were done and why the other was skipped. The page passes axe with the selection and the results shown.
     */
    @Test
    void aReviewerSelectsPledgesInTheQueueWithTheKeyboardAndDecidesOnThemTogether() throws Exception {
        Api germany = new Api(base).as("fp.germany");
        List<Long> ids = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (String title : List.of("Bulk by keyboard: first", "Bulk by keyboard: second")) {
            Api.Reply created = germany.post("api/pledges", jakarta.json.Json.createObjectBuilder()
                    .add("capabilityType", "TRAINING_COURSE_SEATS").add("event", "BERLIN-2025").add("title", title)
                    .add("description", "A browser test pledge").add("units", 1).add("personnel", 20).add("women", 5).add("availableFrom", "2027-03-01")
                    .add("daysToDeploy", 60).add("durationMonths", 12).add("selfSustainment", "YES").build()
                    .toString());
            assertEquals(201, created.status(), created.body());
            long id = created.object().getJsonNumber("id").longValue();
            Api.Reply submitted = germany.post("api/pledges/" + id + "/actions/submit", "{}");
            assertEquals(200, submitted.status(), submitted.body());
            ids.add(id);
            references.add(created.object().getString("reference"));
        }
        List<String> findings = new ArrayList<>();
        WebDriver reviewer = open();
        signIn(reviewer, "reviewer");
        reviewer.get(url("review/index.xhtml"));
        type(reviewer, "queue:memberState", "DEU");
        for (String reference : references) {
            waitVisible(reviewer, By.linkText(reference));
            // PrimeFaces draws the row's checkbox as an element with role checkbox in the tab order.
            By box = By.xpath("//tr[.//a[text()='" + reference + "']]//*[@role='checkbox']");
            tabTo(reviewer, d -> focused(d).equals(d.findElement(box)));
            focused(reviewer).sendKeys(Keys.SPACE);
            new WebDriverWait(reviewer, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> "true".equals(d.findElement(box).getAttribute("aria-checked")));
        }
        waitFor(reviewer, "queue:selectedCount", "2");
        check(reviewer, "reviewer: review queue, two pledges selected", findings);
        tabTo(reviewer, "queue:bulkStartReview");
        focused(reviewer).sendKeys(Keys.ENTER);
        waitVisible(reviewer, By.id("bulkResults"));
        check(reviewer, "reviewer: review queue, bulk results", findings);
        assertEquals(List.of("UNDER_REVIEW", "UNDER_REVIEW"), ids.stream()
                .map(id -> Sql.single("SELECT status FROM pledge WHERE id = " + id)).toList());
        String results = reviewer.findElement(By.id("bulkResults")).getText();
        assertTrue(results.contains(references.get(0)) && results.contains(references.get(1))
                && results.contains("Done"), results);
        assertEquals(List.of(), findings, () -> String.join("\n", findings));
    }

    @Test
    void aFocalPointNamesAPartnerOnTheFormAndTheReviewerSeesWhatChangedSinceTheLastApproval() throws Exception {
        Api api = new Api(base);
        Api pakistan = api.as("fp.pakistan");
        Api reviewerApi = api.as("reviewer");
        Api.Reply created = pakistan.post("api/pledges", jakarta.json.Json.createObjectBuilder()
                .add("capabilityType", "LEVEL_2_HOSPITAL").add("title", "Hospital, joint in the browser")
                .add("units", 1).add("personnel", 60).add("women", 12).add("availableFrom", "2027-03-01")
                .add("daysToDeploy", 60).add("durationMonths", 12).add("selfSustainment", "YES").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        Dossiers.attachLevelOne(pakistan, id);
        for (String[] step : List.of(new String[] {"fp", "submit", null}, new String[] {"r", "start-review", null},
                new String[] {"r", "approve", null}, new String[] {"r", "reopen", "Add your partner"},
                new String[] {"r", "return", "Name the state that provides the crews"})) {
            String body = step[2] == null ? "{}" : "{\"comment\":\"" + step[2] + "\"}";
            Api.Reply done = (step[0].equals("fp") ? pakistan : reviewerApi)
                    .post("api/pledges/" + id + "/actions/" + step[1], body);
            assertEquals(200, done.status(), step[1] + ": " + done.body());
        }

        WebDriver fp = open();
        signIn(fp, "fp.pakistan");
        fp.get(url("pledges/edit.xhtml?id=" + id));
        fp.findElement(By.id("pledgeForm:partners")).click();
        // The 193 states' options load when the menu first opens (dynamic: a lighter form on a slow phone).
        WebElement filter = new WebDriverWait(fp, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='pledgeForm:partners_panel'] input[type='text']")));
        filter.sendKeys("Ghana");
        By ghana = By.cssSelector("[id='pledgeForm:partners_panel'] li[data-item-value='GHA']");
        new WebDriverWait(fp, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(ghana).isDisplayed() && d.findElement(ghana).getSize().getHeight() > 0);
        fp.findElement(ghana).click();
        new WebDriverWait(fp, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("pledgeForm:partners"), "Ghana"));
        filter.sendKeys(Keys.ESCAPE);
        new WebDriverWait(fp, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("pledgeForm:partner:0:partnerRole")).isDisplayed());
        assertEquals("Part played by Ghana (GHA)", fp.findElement(By.cssSelector(
                "label[for='pledgeForm:partner:0:partnerRole']")).getText(), "each chosen partner gets a role field");
        type(fp, "pledgeForm:partner:0:partnerRole", "provides the surgeons");
        fp.findElement(By.id("pledgeForm:addEquipment")).click();
        new WebDriverWait(fp, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("pledgeForm:line:0:description")).isDisplayed());
        type(fp, "pledgeForm:line:0:description", "Field ambulance");
        retype(fp, "pledgeForm:line:0:quantity", "4");
        fp.findElement(By.id("pledgeForm:addSustainment")).click();
        new WebDriverWait(fp, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("pledgeForm:line:1:description")).isDisplayed());
        assertEquals("Field ambulance", fp.findElement(By.id("pledgeForm:line:0:description")).getAttribute("value"),
                "adding a line keeps what was typed in the others");
        fp.findElement(By.id("pledgeForm:line:1:remove")).click();
        new WebDriverWait(fp, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id("pledgeForm:line:1:description")).isEmpty());
        retype(fp, "pledgeForm:personnel", "80");
        fp.findElement(By.id("pledgeForm:title")).click();
        fp.findElement(By.id("pledgeForm:submit")).click();
        waitFor(fp, "status", "Submitted");
        waitFor(fp, "partners", "Ghana (provides the surgeons)");
        assertTrue(fp.findElement(By.id("history")).getText().contains("Ghana"), "the history names the partner");
        signOut(fp);

        signIn(fp, "fp.ghana");
        fp.get(url("pledges/edit.xhtml?id=" + id));
        waitFor(fp, "partnerNote", "Pakistan");
        assertTrue(fp.findElements(By.id("pledgeForm:save")).isEmpty(), "a partner reads, it does not edit");
        assertTrue(fp.findElements(By.id("pledgeForm:withdraw")).isEmpty());
        signOut(fp);

        signIn(fp, "reviewer");
        fp.get(url("review/pledge.xhtml?id=" + id));
        waitFor(fp, "sinceApproval", "Changed since last approval");
        String since = fp.findElement(By.id("sinceApproval")).getText();
        assertTrue(since.contains("Partner states (joint pledge)") && since.contains("Ghana"), since);
        assertTrue(since.contains("Personnel") && since.contains("60") && since.contains("80"), since);
        assertTrue(since.contains("Detail lines") && since.contains("Major equipment: Field ambulance × 4"), since);
        assertTrue(fp.findElement(By.id("lines")).getText().contains("Field ambulance × 4"));
        assertEquals("MAJOR_EQUIPMENT|Field ambulance|4", Sql.single("SELECT line_kind || '|' || description || '|' "
                + "|| quantity FROM pledge_line WHERE pledge_id = " + id));
        assertEquals("GHA|provides the surgeons", Sql.single("SELECT member_state || '|' || partner_role FROM pledge_partner "
                + "WHERE pledge_id = " + id));
    }

    // ------------------------------------------------------------------ helpers

    private static WebElement focused(WebDriver driver) {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab on the focused element until the element with this id has the focus. */
    private static void tabTo(WebDriver driver, String id) {
        tabTo(driver, d -> id.equals(focused(d).getAttribute("id")));
    }

    private static void tabTo(WebDriver driver, java.util.function.Predicate<WebDriver> there) {
        for (int presses = 0; presses < 80; presses++) {
            // Ajax may be re-rendering the element that had the focus: wait for the page to settle, ask again.
            try {
                if (there.test(driver)) {
                    return;
                }
                focused(driver).sendKeys(Keys.TAB);
            } catch (StaleElementReferenceException e) {
                presses--;
            }
        }
        throw new AssertionError("Tab never reached it; the focus is on " + focused(driver).getTagName() + " #"
                + focused(driver).getAttribute("id"));
    }

    /**
     * Chooses in a focused PrimeFaces select menu by keyboard: Space opens it (its filter field takes the focus when
     * it has one), typing narrows the options, Enter takes the highlighted one. Arrows otherwise, up to the option.
     */
    private static void chooseByKeyboard(WebDriver driver, String id, String label) {
        By chosen = By.id(id + "_label");
        focused(driver).sendKeys(Keys.SPACE);
        waitVisible(driver, By.id(id + "_panel"));
        if (!driver.findElements(By.id(id + "_filter")).isEmpty()) {
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> (id + "_filter").equals(focused(d).getAttribute("id")));
            focused(driver).sendKeys(label);
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.attributeContains(
                    By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"), "class",
                    "ui-state-highlight"));
            focused(driver).sendKeys(Keys.ENTER);
        } else {
            for (int presses = 0; presses < 30 && !driver.findElement(By.cssSelector("[id='" + id + "_items'] "
                    + "li.ui-state-highlight")).getAttribute("data-label").equals(label); presses++) {
                focused(driver).sendKeys(Keys.ARROW_DOWN);
            }
            focused(driver).sendKeys(Keys.ENTER);
        }
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(chosen, label));
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> (id + "_label").equals(focused(d).getAttribute("id")));
    }

    /** Switches the page to a language with its link, unless it speaks it already. */
    private static void use(WebDriver driver, String language) {
        if (!language.equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            driver.findElement(By.id("lang-" + language)).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
        }
    }

    /**
     * Runs axe-core on the page as it is (WCAG 2.0, 2.1 and 2.2, levels A and AA: 2.2 adds the 24-pixel target
     * size) and reads the browser's console: each serious or critical violation, and each Content-Security-Policy
     * violation, script error or missing icon (a 404 in the console, which Lighthouse counts), becomes a finding
     * that names the page, the rule, its help and every element with what fails there.
     */
    @SuppressWarnings("unchecked")
    private static void check(WebDriver driver, String page, List<String> findings) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // Injected by the driver, which the page's Content-Security-Policy does not govern.
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(AXE);
        }
        assertEquals(AXE_VERSION, js.executeScript("return axe.version"), "the axe-core the tests ship");
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(function (r) { done(r.violations.filter(function (v) {"
                + "  return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                + "  return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {"
                + "    return JSON.stringify(n.target) + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' '); })}; })); })"
                + ".catch(function (e) { done('axe-core failed: ' + e); });");
        String where = page + " [" + driver.getCurrentUrl() + "]";
        if (result instanceof String failure) {
            findings.add(where + ": " + failure);
        } else {
            for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
                findings.add(where + ": " + violation.get("impact") + " " + violation.get("id") + " ("
                        + violation.get("help") + ")\n        " + String.join("\n        ",
                        (List<String>) violation.get("nodes")));
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")
                    || message.contains("Refused to") || message.contains("Uncaught")
                    || message.contains("favicon") && message.contains("Failed to load resource")) {
                findings.add(where + ": console: " + message);
            }
        }
    }

    private static String capabilityType(String language) {
        return "fr".equals(language) ? "Hôpital de niveau 2" : "Level 2 hospital";
    }

    private static ResourceBundle bundle(String name, String language) {
        return ResourceBundle.getBundle("org.peacekeeping.pledges.web." + name, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String resource(String name) {
        try (InputStream in = BrowserIT.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitVisible(WebDriver driver, By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
        // Overlays fade and slide in: axe measures contrast on what is painted, so let the animation end.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.getAnimations().every(function (a) { return a.playState !== 'running'; })")));
    }

    private static void waitForTitle(WebDriver driver, String title) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.titleContains(title));
    }

    private static void editType(WebDriver driver, String code) {
        driver.findElement(By.cssSelector("button[aria-label='Edit capability type " + code + "']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("typeFormHeading"), code));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + "/" + path;
    }

    private void signIn(WebDriver driver, String username) {
        driver.get(url("login.xhtml"));
        type(driver, "signInForm:username", username);
        type(driver, "signInForm:password", Api.PASSWORD);
        driver.findElement(By.id("signInForm:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("login.xhtml"));
    }

    private void signOut(WebDriver driver) {
        driver.findElement(By.id("userForm:signOut")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("login.xhtml"));
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Waits until choosing a capability type has filled in (re-rendered) the personnel field. */
    private static void typicalPersonnelFilledIn(WebDriver driver, String personnel) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("pledgeForm:personnel"), "value", personnel));
    }

    /** Replaces a formatted number field's text as a person does: select all, type (clearing it confuses it). */
    private static void retype(WebDriver driver, String id, String text) {
        driver.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /**
     * Picks an option of a PrimeFaces select menu by its visible label, as a person does: open the menu, click the
     * option, see it chosen. A person whose click landed while the page was still re-rendering a part of the form
     * (an Ajax update of an earlier field, slow on a loaded machine), or on an option of a menu still opening, tries
     * again: so does this, up to three times, before it fails.
     */
    private static void choose(WebDriver driver, String id, String label) {
        By option = By.cssSelector("[id='" + id + "_items'] li.ui-selectonemenu-item[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            try {
                // Opened only when closed: a click on an open menu closes it.
                if (driver.findElements(By.id(id + "_panel")).stream().noneMatch(WebElement::isDisplayed)) {
                    driver.findElement(By.id(id)).click();
                }
                WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10))
                        .ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.elementToBeClickable(option));
                // The menu's opening animation over: an option still growing has no size to click on, and until
                // the panel has fully opened (PrimeFaces then marks its label aria-expanded) the widget has not
                // noted the value to go back to: a click then made PrimeFaces 15's revert() read .val() of
                // undefined on slow machines (the console error this test fails on).
                new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                        .until(d -> item.getSize().getHeight() > 0 && item.getSize().getWidth() > 0);
                new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.attributeToBe(By.id(id + "_label"), "aria-expanded", "true"));
                item.click();
                new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
                return;
            } catch (TimeoutException | StaleElementReferenceException | ElementNotInteractableException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static void waitFor(WebDriver driver, String id, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private static void waitForText(WebDriver driver, By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                return d.findElement(locator).getText().contains(text);
            } catch (NoSuchElementException | StaleElementReferenceException e) {
                return false;
            } catch (WebDriverException e) {
                // Chrome's "Node with given id does not belong to the document": the element was replaced by an
                // ajax update while it was read (failed one CI run); read it again, as for a stale element.
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }
}
