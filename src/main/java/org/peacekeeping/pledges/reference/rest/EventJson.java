package org.peacekeeping.pledges.reference.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peacekeeping.pledges.reference.EventType;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.PledgingWindow;

/**
 * A pledging event as the API shows it: hosts as alpha-3 codes, host first; the ministerial as its code; where its
 * pledging window stands today (UTC), so that a client knows before a pledge is refused.
 */
public record EventJson(String code, EventType type, String name, String nameFr, String city, LocalDate startDate,
                        LocalDate endDate, List<String> hosts, String theme, String themeFr, String ministerial,
                        LocalDate pledgingOpens, LocalDate pledgingCloses, PledgingWindow.Standing pledgingWindow) {

    static EventJson of(PledgingEvent event) {
        return new EventJson(event.code(), event.type(), event.nameEn(), event.nameFr(), event.city(),
                event.startDate(), event.endDate(), event.hostCodes(), event.themeEn(), event.themeFr(),
                event.ministerial(), event.pledgingOpens(), event.pledgingCloses(),
                event.window().on(PledgingWindow.today(Instant.now())));
    }
}
