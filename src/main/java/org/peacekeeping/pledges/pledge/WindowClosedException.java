package org.peacekeeping.pledges.pledge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.PledgingWindow;

/**
 * A pledge for an event whose pledging window does not take it now (SPEC §12): closed (the closing date passed) or
 * not yet open (submission before the opening date). An invalid input of the field {@code event} (400 in the API,
 * next to the event on the page, on the event's cell of an uploaded form), whose message names the event and the
 * date in English; pages say it in the user's language from {@link #event()}, {@link #date()} and {@link #closed()}.
 */
public class WindowClosedException extends InvalidInputException {

    /** The field the refusal is about, in the API and on the page. */
    public static final String FIELD = "event";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final transient PledgingEvent event;
    private final LocalDate date;
    private final boolean closed;

    private WindowClosedException(PledgingEvent event, LocalDate date, boolean closed) {
        super(message(event, date, closed), List.of(new FieldError(FIELD, message(event, date, closed))));
        this.event = event;
        this.date = date;
        this.closed = closed;
    }

    /** The window closed on its closing date. */
    static WindowClosedException closed(PledgingEvent event) {
        return new WindowClosedException(event, event.pledgingCloses(), true);
    }

    /** The window opens on its opening date: drafts until then, no submission. */
    static WindowClosedException notYetOpen(PledgingEvent event) {
        return new WindowClosedException(event, event.pledgingOpens(), false);
    }

    /** The English sentence: "Pledging for Berlin 2025 (BERLIN-2025) closed on 14 May 2025". */
    public static String message(PledgingEvent event, LocalDate date, boolean closed) {
        return "Pledging for " + event.nameEn() + " (" + event.code() + ") " + (closed ? "closed on " : "opens on ")
                + DATE.format(date) + (closed ? "" : "; until then pledges for it stay drafts");
    }

    /** The refusal of a new pledge (or a move to the event) on this day, if its window has closed. */
    static WindowClosedException ifClosed(PledgingEvent event, LocalDate today) {
        return event != null && event.window().closedOn(today) ? closed(event) : null;
    }

    /** The refusal of a submission on this day, if the window is closed or not yet open. */
    static WindowClosedException ifNotTakingSubmissions(PledgingEvent event, LocalDate today) {
        if (event == null) {
            return null;
        }
        return switch (event.window().on(today)) {
            case CLOSED -> closed(event);
            case NOT_YET_OPEN -> notYetOpen(event);
            case OPEN -> null;
        };
    }

    public PledgingEvent event() {
        return event;
    }

    public LocalDate date() {
        return date;
    }

    /** True when the window closed, false when it is not open yet. */
    public boolean closed() {
        return closed;
    }

    /** Today's day in the application's zone ({@link PledgingWindow#ZONE}). */
    static LocalDate today(java.time.Instant now) {
        return PledgingWindow.today(now);
    }
}
