package org.peacekeeping.pledges.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;

/**
 * The columns a register can have; {@code register.properties} chooses which, in what order, with what headers and
 * widths. Each column knows its kind of value (numbers stay numbers, dates stay dates) and how to read it from a row;
 * codes read as their labels.
 */
public enum RegisterColumn {
    REFERENCE("reference", Kind.TEXT, (row, layout) -> row.reference()),
    MEMBER_STATE("memberState", Kind.TEXT, (row, layout) -> row.memberState()),
    MEMBER_STATE_NAME("memberStateName", Kind.TEXT, (row, layout) -> row.memberStateName()),
    REGIONAL_GROUP("regionalGroup", Kind.TEXT, (row, layout) -> row.regionalGroup() == null
            ? layout.text("regionalGroup.NONE") : layout.label("regionalGroup", row.regionalGroup())),
    EVENT("event", Kind.TEXT, (row, layout) -> row.event()),
    CATEGORY("category", Kind.TEXT, (row, layout) -> layout.label("category", row.category())),
    CAPABILITY_TYPE("capabilityType", Kind.TEXT, (row, layout) -> row.capabilityType()),
    CAPABILITY_TYPE_NAME("capabilityTypeName", Kind.TEXT, (row, layout) -> row.capabilityTypeName()),
    TITLE("title", Kind.TEXT, (row, layout) -> row.title()),
    UNITS("units", Kind.INTEGER, (row, layout) -> row.units()),
    PERSONNEL("personnel", Kind.INTEGER, (row, layout) -> row.personnel()),
    WOMEN("women", Kind.INTEGER, (row, layout) -> row.women()),
    WOMEN_SHARE("womenShare", Kind.PERCENT, (row, layout) -> row.personnel() == 0 ? null
            : (double) row.women() / row.personnel()),
    READINESS_LEVEL("readinessLevel", Kind.TEXT, (row, layout) -> layout.label("readinessLevel",
            row.readinessLevel())),
    AVAILABLE_FROM("availableFrom", Kind.DATE, (row, layout) -> row.availableFrom()),
    DAYS_TO_DEPLOY("daysToDeploy", Kind.INTEGER, (row, layout) -> row.daysToDeploy()),
    DURATION_MONTHS("durationMonths", Kind.INTEGER, (row, layout) -> row.durationMonths()),
    SELF_SUSTAINMENT("selfSustainment", Kind.TEXT, (row, layout) -> row.selfSustainment() == null ? null
            : layout.label("selfSustainment", row.selfSustainment())),
    PREFERRED_MISSIONS("preferredMissions", Kind.TEXT, (row, layout) -> row.preferredMissions().isEmpty() ? null
            : String.join(", ", row.preferredMissions())),
    STATUS("status", Kind.TEXT, (row, layout) -> layout.label("status", row.status())),
    CAVEATS("caveats", Kind.TEXT, (row, layout) -> row.caveats()),
    DESCRIPTION("description", Kind.TEXT, (row, layout) -> row.description()),
    CREATED_AT("createdAt", Kind.TIMESTAMP, (row, layout) -> utc(row.createdAt())),
    SUBMITTED_AT("submittedAt", Kind.TIMESTAMP, (row, layout) -> utc(row.submittedAt())),
    APPROVED_AT("approvedAt", Kind.TIMESTAMP, (row, layout) -> utc(row.approvedAt())),
    RENEWAL_DUE("renewalDue", Kind.DATE, (row, layout) -> row.renewalDue()),
    /** Where the unit deployed (SPEC §10): empty until it deploys. */
    DEPLOYMENT_MISSION("deploymentMission", Kind.TEXT, (row, layout) -> row.deployment() == null ? null
            : row.deployment().mission()),
    DEPLOYED_ON("deployedOn", Kind.DATE, (row, layout) -> row.deployment() == null ? null
            : row.deployment().deployedOn()),
    DEPLOYED_PERSONNEL("deployedPersonnel", Kind.INTEGER, (row, layout) -> row.deployment() == null ? null
            : row.deployment().personnel()),
    DEPLOYED_WOMEN("deployedWomen", Kind.INTEGER, (row, layout) -> row.deployment() == null ? null
            : row.deployment().women()),
    /** Whole days from the approval (UTC date) to the deployment: what the fulfilment's median is made of. */
    DAYS_TO_DEPLOYMENT("daysToDeployment", Kind.INTEGER, (row, layout) -> row.deployment() == null
            || row.approvedAt() == null ? null : java.time.temporal.ChronoUnit.DAYS.between(
            row.approvedAt().atOffset(ZoneOffset.UTC).toLocalDate(), row.deployment().deployedOn())),
    REPATRIATED_ON("repatriatedOn", Kind.DATE, (row, layout) -> row.deployment() == null ? null
            : row.deployment().repatriatedOn()),
    UPDATED_AT("updatedAt", Kind.TIMESTAMP, (row, layout) -> utc(row.updatedAt())),
    SYNTHETIC("synthetic", Kind.BOOLEAN, (row, layout) -> row.synthetic()),
    /** A joint pledge's partner states (SPEC §9), by name and code with their roles; empty for a single state's. */
    PARTNERS("partners", Kind.TEXT, (row, layout) -> row.partners().isEmpty() ? null
            : String.join("; ", row.partners()));

    private final String code;
    private final Kind kind;
    private final BiFunction<PledgeRow, ReportLayout, Object> value;

    RegisterColumn(String code, Kind kind, BiFunction<PledgeRow, ReportLayout, Object> value) {
        this.code = code;
        this.kind = kind;
        this.value = value;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The cell's value: a String, Number, Boolean, LocalDate or LocalDateTime (UTC), or null for an empty cell. */
    public Object value(PledgeRow row, ReportLayout layout) {
        return value.apply(row, layout);
    }

    public static Optional<RegisterColumn> ofCode(String code) {
        return Arrays.stream(values()).filter(column -> column.code.equals(code)).findFirst();
    }

    /** The columns {@code register.columns} lists, in its order; an unknown one is a layout error. */
    public static List<RegisterColumn> of(ReportLayout layout) {
        List<RegisterColumn> columns = layout.list("register.columns").stream()
                .map(code -> ofCode(code).orElseThrow(() -> new IllegalStateException("The register layout names "
                        + "an unknown column '" + code + "'; known are " + Arrays.stream(values())
                        .map(RegisterColumn::code).collect(Collectors.joining(", ")))))
                .toList();
        if (columns.isEmpty()) {
            throw new IllegalStateException("The register layout lists no columns");
        }
        return columns;
    }

    private static Object utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDateTime();
    }
}
