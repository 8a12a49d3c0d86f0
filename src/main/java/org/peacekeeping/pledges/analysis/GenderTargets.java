package org.peacekeeping.pledges.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.peacekeeping.pledges.reference.GenderTarget;
import org.peacekeeping.pledges.reference.PersonnelKind;

/**
 * The gender targets the figures are measured against, the same for the dashboard and the ministerial summary:
 * those of the first target year not before the day (an event's start, or today for all events), or of the latest
 * year when all lie before it.
 *
 * @param year     the target year chosen, or null when no target is set at all
 * @param percents the targets of that year in percent (15.00) per kind of personnel that has one
 */
public record GenderTargets(Integer year, Map<PersonnelKind, BigDecimal> percents) {

    public GenderTargets {
        Map<PersonnelKind, BigDecimal> copy = new EnumMap<>(PersonnelKind.class);
        copy.putAll(percents);
        percents = Collections.unmodifiableMap(copy);
    }

    /** The targets that apply on {@code day}. */
    public static GenderTargets applying(Collection<GenderTarget> targets, LocalDate day) {
        Integer year = targets.stream().map(GenderTarget::year).filter(y -> y >= day.getYear())
                .min(Integer::compare)
                .orElse(targets.stream().map(GenderTarget::year).max(Integer::compare).orElse(null));
        Map<PersonnelKind, BigDecimal> percents = new EnumMap<>(PersonnelKind.class);
        targets.stream().filter(target -> year != null && target.year() == year)
                .forEach(target -> percents.put(target.personnelKind(), target.percent()));
        return new GenderTargets(year, percents);
    }
}
