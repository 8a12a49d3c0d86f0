package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (Debian's headless Chromium), as people use them: a focal point enters and submits a
 * pledge, a reviewer returns it with a comment, the focal point fixes and resubmits it, the reviewer approves it and
 * an analyst finds it among the approved pledges; another state's focal point cannot open it; the French switch;
 * a validation error next to its field. Runs once, in the H2 run.
 */
@ExtendWith({BrowserIT.ChromiumPresent.class, TestDatabase.class, ArquillianExtension.class})
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

    @Deployment(testable = false)
    static WebArchive application() {
        return FoundationIT.application();
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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
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

    // ------------------------------------------------------------------ helpers

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
                // The menu's opening animation over: an option still growing has no size to click on.
                new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                        .until(d -> item.getSize().getHeight() > 0 && item.getSize().getWidth() > 0);
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
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }
}
