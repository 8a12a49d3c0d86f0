package org.peacekeeping.pledges.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * What an administrator enters for a pledging event. {@code ministerial} is the code of the ministerial a
 * preparatory meeting leads to; {@code host} and {@code coHosts} are alpha-3 codes; {@code version} is the one the
 * administrator read (null when creating). The code is only read when creating: it never changes afterwards.
 */
public record EventInput(String code, EventType type, String nameEn, String nameFr, String city, LocalDate startDate,
                         LocalDate endDate, String themeEn, String themeFr, String ministerial, String host,
                         List<String> coHosts, LocalDate pledgingOpens, LocalDate pledgingCloses, Long version) {

    public EventInput {
        coHosts = coHosts == null ? List.of() : List.copyOf(coHosts);
    }
}
