package org.peacekeeping.pledges.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.Partner;
import org.peacekeeping.pledges.pledge.PledgeInput;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.reference.MemberState;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.ReferenceDataRepository;
import org.peacekeeping.pledges.report.ReportFiles;
import org.peacekeeping.pledges.report.XlsxFile;

/**
 * The pledge form's use cases that touch the database, one transaction each: the reference lists, a focal point's
 * blank form, and saving an uploaded form's rows. Only focal points use the form; it is always for their own state.
 *
 * <p>Saving is all or nothing. Every row is checked first, cell by cell (already done by the reader) and then by the
 * pledge rules the service applies to any new pledge; any problem refuses the whole form, listing every problem. Then
 * rows whose key is new become drafts (one batch), rows whose key is on record update their draft if the row changed,
 * and rows whose pledge has left the draft stage are kept as they are: a form only ever writes drafts.
 *
 * <p>A form with a sheet of detail lines gives each pledge row exactly the lines that sheet lists for it (none when it
 * lists none), replacing the draft's lines; a line naming a pledge row the form does not hold is a problem like any
 * bad cell. A form without that sheet (downloaded before it existed) leaves a draft's lines as they are.
 */
@ApplicationScoped
@Transactional
public class PledgeFormService {

    /** Problems listed in one answer at most; the detail says how many there were. */
    static final int MAX_LISTED_PROBLEMS = 1_000;

    @Inject
    private PledgeService pledges;

    @Inject
    private ReferenceDataRepository reference;

    @Inject
    private FormRowKeyRepository keys;

    @Inject
    private ReportFiles files;

    @Inject
    private IntakeLimits limits;

    /**
     * The reference data uploads are read against: every event, so that a row for a closed one is refused with its
     * closing date rather than as an unknown event.
     */
    public FormLists lists() {
        return lists(null);
    }

    /** What a blank form offers on {@code day}: the events whose pledging window has closed are left out. */
    private FormLists lists(LocalDate day) {
        return new FormLists(
                reference.capabilityTypes().stream().map(type -> new FormLists.Type(type.code(), type.nameEn(),
                        type.nameFr(), type.category(), type.typicalPersonnel(), type.active())).toList(),
                reference.events().stream().filter(event -> day == null || !event.window().closedOn(day))
                        .map(event -> new FormLists.Event(event.code(), event.nameEn())).toList(),
                reference.missions().stream().map(Mission::code).toList());
    }

    /** A blank form for the focal point's state, with fresh row keys and current lists. */
    public XlsxFile blankForm(Actor actor) {
        requireFocalPoint(actor);
        MemberState state = reference.memberState(actor.memberState())
                .orElseThrow(() -> new IllegalStateException("Unknown member state " + actor.memberState()));
        String formId = PledgeFormTemplate.newFormId();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (InputStream template = files.open(PledgeFormTemplate.TEMPLATE)) {
            return new XlsxFile(PledgeFormTemplate.personalise(template, lists(today), state.iso3(), state.nameEn(),
                    formId, today, limitsLine()), "pledge-form-" + state.iso3() + "-" + today + ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pledge form template", e);
        }
    }

    private String limitsLine() {
        return "One upload carries at most " + String.format(Locale.ROOT, "%,d", limits.maxRows())
                + " pledge rows and " + IntakeLimits.readable(limits.maxBytes()) + ".";
    }

    /** Saves an uploaded form's rows as the focal point's drafts, their lines as they are; see the class comment. */
    public UploadResult save(Actor actor, FormSheet sheet, List<FormRow> rows) {
        return save(actor, sheet, rows, null, List.of());
    }

    /**
     * Saves an uploaded form's rows as the focal point's drafts, each with the lines {@code lineSheet} gives it (null:
     * a form without a sheet of lines, whose drafts keep theirs); see the class comment.
     */
    public UploadResult save(Actor actor, FormSheet sheet, List<FormRow> rows, LineSheet lineSheet,
                             List<FormLine> formLines) {
        requireFocalPoint(actor);
        List<FieldError> problems = new ArrayList<>();
        RowLines lines = lineSheet == null ? null : linesOfRow(lineSheet, rows, formLines, problems);
        if (lines != null) {
            rows = rows.stream().map(row -> row.withLines(lines.items().get(row.number()))).toList();
        }
        String state = actor.memberState();
        Map<String, FormRowKeyRepository.Known> known = keys.find(state, rows.stream().map(FormRow::rowKey).toList());
        problems.addAll(0, problems(actor, sheet, rows, lineSheet, lines, known));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problemsDetail(problems.size()),
                    problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)));
        }
        Instant now = Instant.now();
        Map<Integer, UploadResult.Line> outcomes = new HashMap<>();
        List<FormRow> fresh = new ArrayList<>();
        for (FormRow row : rows) {
            FormRowKeyRepository.Known existing = known.get(row.rowKey());
            if (existing == null) {
                fresh.add(row);
            } else if (existing.status() != PledgeStatus.DRAFT) {
                outcomes.put(row.number(), line(row, UploadResult.Outcome.KEPT, existing.pledgeId(),
                        existing.reference(), existing.status()));
            } else {
                PledgeView current = pledges.get(actor, existing.pledgeId());
                PledgeInput revised = withVersion(row.input(), current);
                if (sameContent(current, row.input())) {
                    outcomes.put(row.number(), line(row, UploadResult.Outcome.UNCHANGED, current.id(),
                            current.reference(), current.status()));
                } else {
                    PledgeView edited = pledges.edit(actor, current.id(), revised);
                    outcomes.put(row.number(), line(row, UploadResult.Outcome.UPDATED, edited.id(), edited.reference(),
                            edited.status()));
                }
            }
        }
        List<PledgeView> created = pledges.createAll(actor, fresh.stream()
                .map(row -> new PledgeService.NewDraft(row.input(), historyComment(row))).toList());
        for (int i = 0; i < fresh.size(); i++) {
            FormRow row = fresh.get(i);
            PledgeView pledge = created.get(i);
            keys.add(new FormRowKey(state, row.rowKey(), pledge.id(), actor.username(), now));
            outcomes.put(row.number(), line(row, UploadResult.Outcome.CREATED, pledge.id(), pledge.reference(),
                    pledge.status()));
        }
        try {
            keys.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("The same rows were being uploaded at the same moment, and that upload was "
                    + "first. Nothing of yours was saved; upload the form again to see where its rows stand.",
                    null, null);
        }
        return UploadResult.of(state, rows.stream().map(row -> outcomes.get(row.number())).toList());
    }

    /**
     * The detail lines of each pledge row, by row number (every row has an entry, empty when the sheet lists no line
     * for it), and the sheet row of each pledge row's first line (where a rule about its lines is reported).
     */
    record RowLines(Map<Integer, List<LineItem>> items, Map<Integer, Integer> firstLine) {
    }

    /**
     * The lines of each pledge row, adding to {@code problems} each bad line cell and each line naming a pledge row the
     * form does not hold.
     */
    static RowLines linesOfRow(LineSheet lineSheet, List<FormRow> rows, List<FormLine> formLines,
                               List<FieldError> problems) {
        Map<Integer, List<LineItem>> lines = new HashMap<>();
        Map<Integer, Integer> firstLine = new HashMap<>();
        Map<String, Integer> rowOfKey = new HashMap<>();
        for (FormRow row : rows) {
            lines.put(row.number(), new ArrayList<>());
            if (row.rowKey() != null) {
                rowOfKey.putIfAbsent(row.rowKey(), row.number());
            }
        }
        for (FormLine line : formLines) {
            problems.addAll(line.errors());
            Integer row = line.pledgeKey() != null ? rowOfKey.get(line.pledgeKey()) : line.pledgeRow();
            if (line.pledgeKey() == null && line.pledgeRow() == null) {
                continue;
            }
            if (row == null || !lines.containsKey(row)) {
                problems.add(lineSheet.problem(LineField.PLEDGE_ROW, line.number(), line.pledgeKey() != null
                        ? "no pledge row of the sheet Pledges has the row key " + line.pledgeKey()
                        : "row " + line.pledgeRow() + " of the sheet Pledges holds no pledge; name a row that "
                        + "does, by its row key (column A) or its row number"));
            } else {
                firstLine.putIfAbsent(row, line.number());
                if (line.item() != null) {
                    lines.get(row).add(line.item());
                }
            }
        }
        return new RowLines(lines, firstLine);
    }

    /**
     * Every problem of every row: the cells the reader could not read, doubled keys, and the pledge rules (a rule on
     * the lines is reported on the first line of that pledge on the sheet of lines).
     */
    private List<FieldError> problems(Actor actor, FormSheet sheet, List<FormRow> rows, LineSheet lineSheet,
                                      RowLines lines, Map<String, FormRowKeyRepository.Known> known) {
        List<FieldError> problems = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        for (FormRow row : rows) {
            problems.addAll(row.errors());
            if (row.rowKey() != null) {
                Integer first = firstRowOfKey.putIfAbsent(row.rowKey(), row.number());
                if (first != null) {
                    problems.add(sheet.problem(FormField.ROW_KEY, row.number(), "the row key " + row.rowKey()
                            + " is also on row " + first + "; every row needs its own key"));
                }
            }
            for (FieldError rule : pledges.problemsWith(row.input())) {
                if (lines != null && (rule.field().equals("lines") || rule.field().startsWith("lines["))) {
                    int firstLine = lines.firstLine().getOrDefault(row.number(), lineSheet.firstDataRow());
                    problems.add(lineSheet.problem(LineField.PLEDGE_ROW, firstLine, "the pledge on row "
                            + row.number() + " of the sheet Pledges: " + lowerFirst(rule.message())));
                    continue;
                }
                FormField field = FormField.ofInputField(rule.field()).orElse(FormField.TITLE);
                String address = sheet.address(field, row.number());
                if (row.errors().stream().noneMatch(error -> error.field().equals(address))) {
                    problems.add(sheet.problem(field, row.number(), lowerFirst(rule.message())));
                }
            }
            windowProblem(actor, row, known).ifPresent(rule -> {
                String address = sheet.address(FormField.EVENT, row.number());
                if (row.errors().stream().noneMatch(error -> error.field().equals(address))) {
                    problems.add(sheet.problem(FormField.EVENT, row.number(), rule.message()));
                }
            });
        }
        return problems;
    }

    /**
     * The pledging window's refusal of a row (SPEC §12): a new row for an event whose window closed, or a row moving
     * its draft to such an event. A row of a draft already for that event may still update it, and a row whose pledge
     * left the draft stage is kept as it is anyway.
     */
    private java.util.Optional<FieldError> windowProblem(Actor actor, FormRow row,
                                                         Map<String, FormRowKeyRepository.Known> known) {
        java.util.Optional<FieldError> refused = pledges.windowProblem(row.input(), null);
        FormRowKeyRepository.Known existing = row.rowKey() == null ? null : known.get(row.rowKey());
        if (refused.isEmpty() || existing == null) {
            return refused;
        }
        if (existing.status() != PledgeStatus.DRAFT) {
            return java.util.Optional.empty();
        }
        return pledges.windowProblem(row.input(), pledges.get(actor, existing.pledgeId()).event());
    }

    static String problemsDetail(int count) {
        return (count == 1 ? "The form has 1 problem" : "The form has " + String.format(Locale.ROOT, "%,d", count)
                + " problems") + "; nothing was saved. Correct "
                + (count == 1 ? "it" : "them") + " and upload the file again"
                + (count > MAX_LISTED_PROBLEMS ? " (the first " + String.format(Locale.ROOT, "%,d",
                MAX_LISTED_PROBLEMS) + " are listed)." : ".");
    }

    /**
     * Whether the row says what the draft already holds: the form's fields, and the detail lines when the form
     * carries them (null lines: a form without a sheet of lines, which leaves them as they are).
     */
    static boolean sameContent(PledgeView current, PledgeInput row) {
        int units = row.units() == null ? 1 : row.units();
        return (row.lines() == null || current.lines().equals(row.lines()))
                && (row.partners() == null || new TreeSet<>(current.partners().stream().map(Partner::memberState)
                .toList()).equals(new TreeSet<>(row.partners().stream().map(Partner::memberState).toList())))
                && Objects.equals(current.event(), row.event())
                && Objects.equals(current.capabilityType(), row.capabilityType())
                && Objects.equals(current.title(), strip(row.title()))
                && Objects.equals(current.description(), strip(row.description()))
                && current.units() == units
                && (row.personnel() == null || current.personnel() == row.personnel())
                && current.women() == (row.women() == null ? 0 : row.women())
                && Objects.equals(current.availableFrom(), row.availableFrom())
                && Objects.equals(current.daysToDeploy(), row.daysToDeploy())
                && Objects.equals(current.durationMonths(), row.durationMonths())
                && current.selfSustainment() == row.selfSustainment()
                && Objects.equals(current.caveats(), strip(row.caveats()))
                && new TreeSet<>(current.preferredMissions()).equals(new TreeSet<>(row.preferredMissions() == null
                ? List.of() : row.preferredMissions()));
    }

    /**
     * The row as an edit of the current draft: its version, its lines unless the form carries lines, and its partners
     * when the form names them (each keeping the role the draft gives it), else the draft's.
     */
    private static PledgeInput withVersion(PledgeInput row, PledgeView current) {
        Map<String, String> roles = new HashMap<>();
        current.partners().forEach(partner -> roles.put(partner.memberState(), partner.role()));
        PledgeInput edit = new PledgeInput(null, row.event(), row.capabilityType(), row.title(), row.description(),
                row.units(), row.personnel(), row.women(), row.availableFrom(), row.daysToDeploy(),
                row.durationMonths(), row.selfSustainment(), row.caveats(), row.preferredMissions(),
                row.lines() == null ? current.lines() : row.lines(), current.version());
        return row.partners() == null ? edit : edit.withPartners(row.partners().stream()
                .map(partner -> new Partner(partner.memberState(), roles.get(partner.memberState()))).toList());
    }

    private static String historyComment(FormRow row) {
        return "Uploaded with the pledge form, row " + row.number() + " (key " + row.rowKey() + ")"
                + (row.statedReadiness() == null ? "" : "; readiness level stated by the member state: "
                + row.statedReadiness());
    }

    private static UploadResult.Line line(FormRow row, UploadResult.Outcome outcome, long id, String reference,
                                          PledgeStatus status) {
        return new UploadResult.Line(row.number(), row.rowKey(), outcome, id, reference, status.name());
    }

    static void requireFocalPoint(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.is(Role.FOCAL_POINT)) {
            throw new ForbiddenException("The pledge form is for focal points, who enter their state's pledges; you "
                    + "are signed in as " + actor.role() + ".");
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
