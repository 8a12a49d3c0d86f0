package org.peacekeeping.pledges.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.peacekeeping.pledges.analysis.FigureQueries;
import org.peacekeeping.pledges.analysis.FulfilmentService;
import org.peacekeeping.pledges.analysis.GenderTargets;
import org.peacekeeping.pledges.analysis.PledgeFigures;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.reference.GenderTarget;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.ReferenceDataRepository;
import org.peacekeeping.pledges.report.SummaryFigures.EventInfo;
import org.peacekeeping.pledges.report.SummaryFigures.Selection;
import org.peacekeeping.pledges.report.SummaryFigures.Target;
import org.peacekeeping.pledges.requirement.RequirementService;

/**
 * The Excel downloads (SPEC §5), one read-only transaction each, in which the database aggregates and the register's
 * rows stream into the workbook's temporary files; the caller writes the result out after the transaction and closes
 * it.
 *
 * <p>Who may: the register is any list a user may see, with exactly the list's scoping. The ministerial summary adds
 * up every member state's pledges, so (as for the gap view) focal points may not download it: they see only their own
 * state's figures, which their register gives them. Reviewers, analysts and administrators may.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    static final String[] SUMMARY_LAYOUT = {"workbook-styles", "labels", "register", "ministerial-summary"};

    @Inject
    private FigureQueries figureQueries;

    @Inject
    private FulfilmentService fulfilment;

    @Inject
    private PledgeService pledges;

    @Inject
    private RequirementService requirements;

    @Inject
    private ReferenceDataRepository reference;

    @Inject
    private ReportFiles files;

    /**
     * The ministerial summary of one event (with its preparatory meetings) or, with no event, of all pledges: approved
     * only, or with {@code includePending} also submitted, under review and returned ones.
     */
    public XlsxFile ministerialSummary(Actor actor, String eventCode, boolean includePending) {
        Objects.requireNonNull(actor, "actor");
        if (actor.is(Role.FOCAL_POINT)) {
            throw new ForbiddenException("The ministerial summary adds up every member state's pledges; a focal "
                    + "point sees only the figures of " + actor.memberState() + ". Download your register instead.");
        }
        ReportLayout layout = files.layout(SUMMARY_LAYOUT);
        EventInfo event = event(eventCode);
        Selection selection = new Selection(event, includePending);
        Instant now = Instant.now();
        PledgeFigures sums = figureQueries.figures(event == null ? null
                : figureQueries.withPreparatoryMeetings(event.code()), includePending);
        SummaryFigures figures = SummaryFigures.of(selection, now, actor.username(), sums,
                targets(reference.genderTargets(), event == null ? today(now) : event.startDate()),
                requirements.gaps(actor, eventCode), requirements.list(actor, eventCode));
        String filename = layout.text("summary.filename") + (event == null ? "" : "-" + event.code()) + "-"
                + today(now) + ".xlsx";
        return new MinisterialSummaryWriter(layout, figures, fulfilment.forSummary(actor, eventCode)).write(sink -> registerRows(actor, selection, sink),
                filename);
    }

    /** Every pledge the list would count for this user and filter, in the list's order: a streamed workbook. */
    public XlsxFile register(Actor actor, PledgeFilter filter, PledgeSort.Order order) {
        Objects.requireNonNull(actor, "actor");
        return RegisterWorkbook.write(files, "pledge-register-" + today(Instant.now()) + ".xlsx",
                sink -> pledges.forEachListed(actor, filter, order, sink));
    }

    /**
     * The summary's register: the selection's pledges by reference, through the same streamed, scoped query as the
     * register download (whose event filter, like the list's, counts a ministerial's preparatory meetings with it).
     */
    private void registerRows(Actor actor, Selection selection, Consumer<PledgeRow> sink) {
        pledges.forEachListed(actor, new PledgeFilter(Set.copyOf(selection.statuses()), null, null,
                selection.eventCode(), null), new PledgeSort.Order(PledgeSort.REFERENCE, false), sink);
    }

    private EventInfo event(String eventCode) {
        if (eventCode == null || eventCode.isBlank()) {
            return null;
        }
        String code = eventCode.strip();
        PledgingEvent event = reference.event(code)
                .orElseThrow(() -> new NotFoundException("There is no event " + code + "."));
        List<String> preparatory = reference.events().stream()
                .filter(other -> event.code().equals(other.ministerial())).map(PledgingEvent::code).toList();
        return new EventInfo(event.code(), event.nameEn(), event.city(), event.startDate(), event.endDate(),
                preparatory);
    }

    /**
     * The gender targets to compare with, those the dashboard shows for the same event ({@link GenderTargets}: the
     * first target year not before {@code day}, the event's or today for all events, else the latest), as shares.
     */
    static Map<PersonnelKind, Target> targets(Collection<GenderTarget> targets, LocalDate day) {
        GenderTargets applying = GenderTargets.applying(targets, day);
        Map<PersonnelKind, Target> chosen = new EnumMap<>(PersonnelKind.class);
        applying.percents().forEach((kind, percent) -> chosen.put(kind,
                new Target(applying.year(), percent.doubleValue() / 100)));
        return chosen;
    }

    private static LocalDate today(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
