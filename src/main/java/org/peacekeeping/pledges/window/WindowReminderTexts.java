package org.peacekeeping.pledges.window;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import org.peacekeeping.pledges.notification.NotificationTexts;

/**
 * What a window-closing reminder says, in the recipient's language ({@code window/messages}, English and French):
 * the event, its closing date, the days left, and the state's pledges not yet submitted for it, each with the link
 * to its page where the application knows its address. Plain Java, tested without a container.
 */
public final class WindowReminderTexts {

    static final String BUNDLE = "org.peacekeeping.pledges.window.messages";
    /** Pledges listed in one reminder at most; the rest are counted. */
    static final int LISTED = 10;
    private static final int TITLE_MAX = 80;
    private static final int SUBJECT_MAX = 300;

    private WindowReminderTexts() {
    }

    /**
     * @param link the address of a pledge's page by its id, or {@code null} when the base URL is not configured
     */
    public static NotificationTexts.Text compose(String eventName, LocalDate closes, long daysLeft,
                                                 List<WindowReminderStore.Draft> drafts, LongFunction<String> link,
                                                 Locale preferred) {
        Locale language = NotificationTexts.language(preferred);
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, language, WindowReminderTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String date = DateTimeFormatter.ofPattern("d MMMM uuuu", language).format(closes);
        List<String> lines = new ArrayList<>();
        for (WindowReminderStore.Draft draft : drafts.subList(0, Math.min(LISTED, drafts.size()))) {
            String address = link == null ? null : link.apply(draft.id());
            lines.add("- " + (address == null
                    ? format(messages.getString("line"), language, draft.reference(), shortened(draft.title()))
                    : format(messages.getString("line.link"), language, draft.reference(), shortened(draft.title()), address)));
        }
        if (drafts.size() > LISTED) {
            lines.add(format(messages.getString("more"), language, drafts.size() - LISTED));
        }
        String subject = format(messages.getString("subject"), language, eventName, date);
        String body = format(messages.getString("body"), language, eventName, date, Math.max(0, daysLeft),
                drafts.size(), String.join("\n", lines));
        return new NotificationTexts.Text(subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject,
                body);
    }

    private static String shortened(String title) {
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1) + "\u2026";
    }

    private static String format(String pattern, Locale language, Object... arguments) {
        return new MessageFormat(pattern, language).format(arguments);
    }
}
