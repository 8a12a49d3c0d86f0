package org.peacekeeping.pledges.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.account.AccountRepository;
import org.peacekeeping.pledges.account.PasswordHasher;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.account.UserAccount;
import org.peacekeeping.pledges.dossier.DocumentType;
import org.peacekeeping.pledges.dossier.DossierService;
import org.peacekeeping.pledges.dossier.LevelOneRule;
import org.peacekeeping.pledges.dossier.SyntheticPdf;
import org.peacekeeping.pledges.platform.ApplicationMode;
import org.peacekeeping.pledges.platform.RuntimeSettings;
import org.peacekeeping.pledges.platform.cluster.ClusterLock;
import org.peacekeeping.pledges.pledge.Personnel;
import org.peacekeeping.pledges.pledge.Pledge;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeDetails;
import org.peacekeeping.pledges.pledge.PledgeDiff;
import org.peacekeeping.pledges.pledge.PledgeHistoryEntry;
import org.peacekeeping.pledges.pledge.PledgeRepository;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.publication.PublicFiguresService;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.PledgingWindow;
import org.peacekeeping.pledges.reference.WindowChange;
import org.peacekeeping.pledges.reference.ReferenceDataRepository;
import org.peacekeeping.pledges.requirement.CapabilityRequirement;
import org.peacekeeping.pledges.requirement.Priority;
import org.peacekeeping.pledges.requirement.RequirementRepository;
import org.peacekeeping.pledges.review.Assessment;
import org.peacekeeping.pledges.review.AssessmentOutcome;
import org.peacekeeping.pledges.review.AssessmentRepository;
import org.peacekeeping.pledges.review.AssessmentType;

/**
 * In demo mode, at start-up and in one transaction: creates the demonstration accounts (SPEC §7) when they are
 * missing, and the synthetic pledge set, requirements and assessments when the database holds no pledge yet.
 * Every pledge goes through the real entity verbs and gets its history, exactly as if people had entered it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class DemoDataSeeder {

    /** The password of every demonstration account. */
    public static final String DEMO_PASSWORD = "peacekeeping";
    private static final long SEED = 20250513L;
    private static final String SECOND_REVIEWER = "reviewer2";
    /** How many approved level 3 pledges get a Rapid Deployment proposal that waits for the second reviewer. */
    private static final int PENDING_PROPOSALS = 2;

    private int pendingProposals;
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Demo Administrator", Role.ADMIN, null),
            new DemoAccount("reviewer", "Demo Secretariat Reviewer", Role.REVIEWER, null),
            // A second reviewer, so that the four-eyes rule on Rapid Deployment can be shown (SPEC §10).
            new DemoAccount("reviewer2", "Demo Second Reviewer", Role.REVIEWER, null),
            new DemoAccount("analyst", "Demo Analyst", Role.ANALYST, null),
            new DemoAccount("fp.pakistan", "Demo Focal Point, Pakistan", Role.FOCAL_POINT, "PAK"),
            new DemoAccount("fp.japan", "Demo Focal Point, Japan", Role.FOCAL_POINT, "JPN"),
            new DemoAccount("fp.korea", "Demo Focal Point, Republic of Korea", Role.FOCAL_POINT, "KOR"),
            new DemoAccount("fp.ghana", "Demo Focal Point, Ghana", Role.FOCAL_POINT, "GHA"),
            new DemoAccount("fp.germany", "Demo Focal Point, Germany", Role.FOCAL_POINT, "DEU"));

    private record DemoAccount(String username, String displayName, Role role, String memberState) {
    }

    @Inject
    private RuntimeSettings settings;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PledgeRepository pledges;

    @Inject
    private ReferenceDataRepository reference;

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private RequirementRepository requirements;

    @Inject
    private ClusterLock startupLock;

    @Inject
    private DossierService dossier;

    @PostConstruct
    void seed() {
        if (settings.mode() != ApplicationMode.DEMO) {
            return;
        }
        // Instances starting together take turns: the second one then finds the first one's data and adds nothing.
        startupLock.hold(ClusterLock.STARTUP_DATA);
        Instant now = Instant.now();
        seedAccounts(now);
        if (pledges.count() == 0) {
            int count = seedPledges(now);
            seedRequirements(now);
            seedWindows(now);
            LOG.info(() -> "Demo mode: seeded " + count + " synthetic pledges with their history");
        }
    }

    /** The demonstration event whose pledging window is kept open, closing soon (SPEC §12). */
    static final String OPEN_EVENT = "BERLIN-2025";
    /** Days from the demo's first start to the open event's closing day: "closing soon", but no reminder at once. */
    static final int OPEN_FOR_DAYS = 12;

    /**
     * The reference events are history, so every window is closed by now; the demo shows one window open and closing
     * soon: Berlin 2025's, extended by the administrator (on record, with the reason) to {@value #OPEN_FOR_DAYS} days
     * from the first start. Its preparatory meeting Islamabad 2025 shows a closed window. Pledges made in the demo
     * (and by the container tests) for Berlin 2025 are thereby taken.
     */
    private void seedWindows(Instant now) {
        reference.event(OPEN_EVENT).ifPresent(event -> {
            LocalDate closes = PledgingWindow.today(now).plusDays(OPEN_FOR_DAYS);
            LocalDate before = event.pledgingCloses();
            if (before != null && closes.isAfter(before)) {
                event.extendWindow(closes);
                reference.add(new WindowChange(event.code(), WindowChange.Kind.EXTENSION, before, closes,
                        "Demonstration: kept open for late pledges", "admin", now));
            }
        });
    }

    private void seedAccounts(Instant now) {
        List<DemoAccount> missing = ACCOUNTS.stream().filter(a -> accounts.byUsername(a.username()).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        // One hash for the shared, published demo password: hashing at the full work factor once per account
        // would add seconds to every first start for no protection.
        String hash = new PasswordHasher().hash(DEMO_PASSWORD.toCharArray());
        for (DemoAccount account : missing) {
            UserAccount created = new UserAccount(account.username(), hash, account.displayName(), account.role(),
                    account.memberState(), now);
            created.changeContact(account.displayName(), account.username() + "@demo.invalid", now);
            accounts.add(created);
        }
        LOG.info(() -> "Demo mode: created " + missing.size() + " demonstration accounts (password '"
                + DEMO_PASSWORD + "')");
    }

    private int seedPledges(Instant now) {
        Map<String, CapabilityType> types = reference.capabilityTypes().stream()
                .collect(Collectors.toMap(CapabilityType::code, Function.identity()));
        Map<String, PledgingEvent> events = reference.events().stream()
                .collect(Collectors.toMap(PledgingEvent::code, Function.identity()));
        List<DemoPledgeSet.TypeInfo> typeInfos = types.values().stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .map(t -> new DemoPledgeSet.TypeInfo(t.code(), t.nameEn(), t.category(), t.typicalPersonnel(),
                        t.personnelKind()))
                .toList();
        List<DemoPledgeSet.EventInfo> eventInfos = events.values().stream()
                .filter(e -> e.pledgingOpens() != null)
                .sorted((a, b) -> a.startDate().compareTo(b.startDate()))
                .map(e -> new DemoPledgeSet.EventInfo(e.code(), e.pledgingOpens(), e.endDate(), e.ministerial()))
                .toList();
        List<DemoPledgeSet.Plan> plans = new DemoPledgeSet(typeInfos, eventInfos, now, SEED).plan();
        for (DemoPledgeSet.Plan plan : plans) {
            play(plan, types.get(plan.typeCode()), plan.eventCode() == null ? null : events.get(plan.eventCode()));
        }
        return plans.size();
    }

    private void play(DemoPledgeSet.Plan plan, CapabilityType type, PledgingEvent event) {
        PledgeDetails details = new PledgeDetails(event, type, plan.title(), plan.description(), plan.units(),
                new Personnel(plan.personnel(), plan.women()), plan.availableFrom(), plan.daysToDeploy(),
                plan.durationMonths(), plan.selfSustainment(), plan.caveats(), plan.missions(), plan.lines(),
                plan.partners());
        int year = event != null ? event.startDate().getYear() : plan.createdAt().atOffset(ZoneOffset.UTC).getYear();
        String referenceNumber = pledges.nextReference(plan.memberState(), year);
        Pledge pledge = pledges.add(new Pledge(referenceNumber, reference.memberState(plan.memberState()).orElseThrow(),
                details, true, plan.createdBy(), plan.createdAt()));
        pledges.record(PledgeHistoryEntry.of(pledge, plan.createdBy(), PledgeAction.CREATE, null, PledgeStatus.DRAFT,
                null, List.of(), plan.createdAt()));
        boolean documented = false;
        for (DemoPledgeSet.Step step : plan.steps()) {
            if (step.action() == PledgeAction.APPROVE && !documented) {
                attachLevelOneDocuments(pledge, plan);
                documented = true;
            }
            PledgeStatus from = pledge.status();
            ReadinessLevel before = pledge.readinessLevel();
            step.applyTo(pledge, step.actor());
            if (step.action() == PledgeAction.ASSESS) {
                Assessment assessment = new Assessment(pledge.id(), step.assessmentType(),
                        step.at().atOffset(ZoneOffset.UTC).toLocalDate(), AssessmentOutcome.SUCCESSFUL, before,
                        step.level(), step.comment(), step.actor(), step.at());
                if (Assessment.needsSecondReviewer(before, step.level(), AssessmentOutcome.SUCCESSFUL)) {
                    // Four eyes (SPEC §10): the demo's Rapid Deployment was confirmed by the second reviewer.
                    assessment.awaitConfirmation();
                    assessment.confirm(SECOND_REVIEWER, step.at().plus(1, ChronoUnit.DAYS));
                }
                assessments.add(assessment);
            }
            List<String> changed = switch (step.action()) {
                case ASSESS -> List.of("readinessLevel");
                case APPROVE -> before != pledge.readinessLevel() ? List.of("readinessLevel") : List.of();
                case DEPLOY -> List.of("deployment.mission", "deployment.deployedOn", "deployment.personnel",
                        "deployment.women");
                case REPATRIATE -> List.of("repatriatedOn");
                default -> List.of();
            };
            pledges.record(PledgeHistoryEntry.of(pledge, step.actor(), step.action(), from, pledge.status(),
                    step.comment(), changed, step.at()));
        }
        if (pledge.status() == PledgeStatus.APPROVED && pledge.readinessLevel() == ReadinessLevel.LEVEL_3
                && pendingProposals < PENDING_PROPOSALS) {
            proposeRapidDeployment(pledge);
        }
        if (pledge.status() != plan.finalStatus()) {
            throw new IllegalStateException("Demo plan for " + pledge.reference() + " ended " + pledge.status()
                    + " instead of " + plan.finalStatus());
        }
        consentToPublication(pledge, plan);
    }

    /**
     * Three in four of the demo's published pledges (approved or later) have their state's consent to publication, so
     * that the public figures (/public/) show figures, some cells withheld; the consent is the focal point's, with its
     * history entry, at the time of the pledge's last step.
     */
    private void consentToPublication(Pledge pledge, DemoPledgeSet.Plan plan) {
        if (!PublicFiguresService.PUBLISHED.contains(pledge.status())
                || Math.floorMod(pledge.reference().hashCode(), 4) == 0) {
            return;
        }
        Instant at = plan.steps().isEmpty() ? plan.createdAt() : plan.steps().get(plan.steps().size() - 1).at();
        pledge.consentToPublication(true, plan.createdBy(), at);
        pledges.record(PledgeHistoryEntry.changing(pledge, plan.createdBy(), PledgeAction.EDIT, pledge.status(),
                pledge.status(), null, PledgeDiff.publicationConsent(false, true), at));
    }

    /**
     * A Rapid Deployment verification the demo reviewer recorded two days ago, waiting for the second reviewer's
     * confirmation (SPEC §10): the queue lists it, and {@code reviewer2} can confirm it.
     */
    private void proposeRapidDeployment(Pledge pledge) {
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS);
        if (pledge.updatedAt().isAfter(at)) {
            return;
        }
        Assessment proposal = new Assessment(pledge.id(), AssessmentType.RAPID_DEPLOYMENT_VERIFICATION,
                at.atOffset(ZoneOffset.UTC).toLocalDate(), AssessmentOutcome.SUCCESSFUL, pledge.readinessLevel(),
                ReadinessLevel.RAPID_DEPLOYMENT, "Synthetic verification visit.", "reviewer", at);
        proposal.awaitConfirmation();
        assessments.add(proposal);
        pledge.assessReadiness(pledge.readinessLevel(), "reviewer", at);
        pledges.record(PledgeHistoryEntry.of(pledge, "reviewer", PledgeAction.ASSESS, pledge.status(),
                pledge.status(), "RAPID_DEPLOYMENT_VERIFICATION SUCCESSFUL: Synthetic verification visit. "
                        + "(RAPID_DEPLOYMENT proposed by reviewer; waits for a second reviewer's confirmation)",
                List.of(), at));
        pendingProposals++;
    }

    /**
     * A formed unit is approved only with its level 1 documents (SPEC §9): the demo's approved formed units carry
     * small generated PDFs, marked SYNTHETIC in their name and text, uploaded by the focal point when it was created.
     */
    private void attachLevelOneDocuments(Pledge pledge, DemoPledgeSet.Plan plan) {
        if (!LevelOneRule.FORMED_UNITS.contains(pledge.category())) {
            return;
        }
        for (DocumentType type : LevelOneRule.FORMED_UNIT_DOCUMENTS) {
            String name = type.label().substring(0, 1).toUpperCase() + type.label().substring(1);
            byte[] pdf = SyntheticPdf.of("SYNTHETIC " + name + " - " + pledge.reference(), List.of(
                    "SYNTHETIC DEMONSTRATION DOCUMENT - not a real " + type.label() + ".",
                    "Pledge " + pledge.reference() + ": " + pledge.title(),
                    "Generated by the Peacekeeping Pledge Tracker's demo mode."));
            dossier.attachGenerated(pledge.id(), type, "SYNTHETIC " + name + " " + pledge.reference() + ".pdf", pdf,
                    plan.createdBy(), plan.createdAt());
        }
    }

    private void seedRequirements(Instant now) {
        if (requirements.count() > 0) {
            return;
        }
        Object[][] needs = {
            {"BERLIN-2025", "INFANTRY_BATTALION", 4, Priority.HIGH},
            {"BERLIN-2025", "QRF_COMPANY", 3, Priority.CRITICAL},
            {"BERLIN-2025", "LEVEL_2_HOSPITAL", 3, Priority.CRITICAL},
            {"BERLIN-2025", "AEROMEDICAL_EVACUATION_TEAM", 6, Priority.CRITICAL},
            {"BERLIN-2025", "UTILITY_HELICOPTER_UNIT", 5, Priority.CRITICAL},
            {"BERLIN-2025", "ARMED_HELICOPTER_UNIT", 2, Priority.HIGH},
            {"BERLIN-2025", "EOD_COMPANY", 2, Priority.HIGH},
            {"BERLIN-2025", "ISR_UAS_UNIT", 3, Priority.CRITICAL},
            {"BERLIN-2025", "ENGINEER_COMPANY", 4, Priority.HIGH},
            {"BERLIN-2025", "FORMED_POLICE_UNIT", 4, Priority.HIGH},
            {"BERLIN-2025", "ENGAGEMENT_PLATOON", 6, Priority.MID_TERM},
            {"BERLIN-2025", "MOBILE_TRAINING_TEAM", 4, Priority.MID_TERM},
            {"ACCRA-2023", "INFANTRY_BATTALION", 3, Priority.HIGH},
            {"ACCRA-2023", "LEVEL_2_HOSPITAL", 2, Priority.CRITICAL},
            {"ACCRA-2023", "UTILITY_HELICOPTER_UNIT", 4, Priority.CRITICAL},
            {"ACCRA-2023", "SEARCH_DETECT_TEAM", 6, Priority.HIGH},
            {"ACCRA-2023", "CAMP_SECURITY_TECHNOLOGY", 5, Priority.HIGH},
            {"ACCRA-2023", "FORMED_POLICE_UNIT", 3, Priority.HIGH},
        };
        for (Object[] need : needs) {
            PledgingEvent event = reference.event((String) need[0]).orElseThrow();
            CapabilityType type = reference.capabilityType((String) need[1]).orElseThrow();
            LocalDate from = event.endDate().plusMonths(6).withDayOfMonth(1);
            requirements.add(new CapabilityRequirement(type, (Integer) need[2], (Priority) need[3], event, null,
                    from, from.plusYears(2).minusDays(1), "Synthetic requirement for demonstration.", "reviewer",
                    now));
        }
    }
}
