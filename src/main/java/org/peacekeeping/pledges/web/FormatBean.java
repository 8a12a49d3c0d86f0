package org.peacekeeping.pledges.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and moments formatted for the user's language (times in UTC, the Secretariat's reference). */
@Named("format")
@ApplicationScoped
public class FormatBean {

    /** A moment as date and time, e.g. "22 Nov 2026, 14:05" or "22 nov. 2026, 14:05". */
    public String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Texts.locale()).format(instant.atOffset(ZoneOffset.UTC));
    }

    /** A moment as a date only. */
    public String day(Instant instant) {
        return instant == null ? "" : date(instant.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Texts.locale())
                .format(date);
    }
}
