package org.peacekeeping.pledges.pledge;

import java.time.LocalDate;
import java.util.List;

/**
 * What a client sent for a pledge, typed but not yet checked against reference data or the rules. {@code null}
 * means "not given". The service turns it into {@link PledgeDetails}, naming every field that is wrong.
 */
public record PledgeInput(String memberState, String event, String capabilityType, String title,
                          String description, Integer units, Integer personnel, Integer women,
                          LocalDate availableFrom, Integer daysToDeploy, Integer durationMonths,
                          SelfSustainment selfSustainment, String caveats, List<String> preferredMissions,
                          List<LineItem> lines, Long version) {

    /** Upper bounds that keep numbers plausible (a pledge is never a million units). */
    public static final int MAX_UNITS = 1_000;
    public static final int MAX_PERSONNEL = 100_000;
    public static final int MAX_DAYS_TO_DEPLOY = 3_650;
    public static final int MAX_DURATION_MONTHS = 120;
    public static final int MAX_LINES = 200;
}
