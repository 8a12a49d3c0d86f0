package org.peacekeeping.pledges.pledge;

import java.time.LocalDate;
import java.util.List;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/**
 * What a client sent for a pledge, typed but not yet checked against reference data or the rules. {@code null}
 * means "not given". The service turns it into {@link PledgeDetails}, naming every field that is wrong.
 *
 * @param partners  the partner states of a joint pledge; {@code null} when not given (an edit then keeps them)
 * @param malformed the fields that could not even be read (a word where a number belongs, a date that is no date),
 *                  with why; they read as {@code null} here and are reported with the rule errors in one answer
 */
public record PledgeInput(String memberState, String event, String capabilityType, String title,
                          String description, Integer units, Integer personnel, Integer women,
                          LocalDate availableFrom, Integer daysToDeploy, Integer durationMonths,
                          SelfSustainment selfSustainment, String caveats, List<String> preferredMissions,
                          List<LineItem> lines, List<Partner> partners, Long version,
                          List<FieldError> malformed) {

    /** Upper bounds that keep numbers plausible (a pledge is never a million units). */
    public static final int MAX_UNITS = 1_000;
    public static final int MAX_PERSONNEL = 100_000;
    public static final int MAX_DAYS_TO_DEPLOY = 3_650;
    public static final int MAX_DURATION_MONTHS = 120;
    public static final int MAX_LINES = 200;
    /** Far more than there are missions; each code is looked up. */
    public static final int MAX_MISSIONS = 50;

    public PledgeInput {
        malformed = malformed == null ? List.of() : List.copyOf(malformed);
    }

    /** Input without partner states (an edit keeps the pledge's), with the fields that could not be read. */
    public PledgeInput(String memberState, String event, String capabilityType, String title, String description,
                       Integer units, Integer personnel, Integer women, LocalDate availableFrom,
                       Integer daysToDeploy, Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                       List<String> preferredMissions, List<LineItem> lines, Long version,
                       List<FieldError> malformed) {
        this(memberState, event, capabilityType, title, description, units, personnel, women, availableFrom,
                daysToDeploy, durationMonths, selfSustainment, caveats, preferredMissions, lines, null, version,
                malformed);
    }

    /** Well-typed input, as Java callers (pages, the uploaded form, tests) make it. */
    public PledgeInput(String memberState, String event, String capabilityType, String title, String description,
                       Integer units, Integer personnel, Integer women, LocalDate availableFrom,
                       Integer daysToDeploy, Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                       List<String> preferredMissions, List<LineItem> lines, Long version) {
        this(memberState, event, capabilityType, title, description, units, personnel, women, availableFrom,
                daysToDeploy, durationMonths, selfSustainment, caveats, preferredMissions, lines, null, version,
                List.of());
    }

    /** The same input naming these partner states. */
    public PledgeInput withPartners(List<Partner> chosen) {
        return new PledgeInput(memberState, event, capabilityType, title, description, units, personnel, women,
                availableFrom, daysToDeploy, durationMonths, selfSustainment, caveats, preferredMissions, lines,
                chosen, version, malformed);
    }

    /** Whether {@code field} (or, for {@code lines}, any of its items) could not be read. */
    public boolean isMalformed(String field) {
        return malformed.stream().anyMatch(error -> error.field().equals(field)
                || error.field().startsWith(field + "[") || error.field().startsWith(field + "."));
    }
}
