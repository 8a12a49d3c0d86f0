package org.peacekeeping.pledges.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What a notice says, in the recipient's language, from the bundle {@code notification/messages} (English, and
 * {@code _fr} for French). Each kind has a {@code KIND.subject} and a {@code KIND.body}; a kind may add
 * {@code KIND.body.undated} for a pledge without a renewal date. Placeholders: {@code {0}} the pledge reference,
 * {@code {1}} its title, {@code {2}} its renewal date. Plain Java, so every text is tested without a container.
 */
public final class NotificationTexts {

    static final String BUNDLE = "org.peacekeeping.pledges.notification.messages";

    /** The languages notices are written in; any other preference gets English. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    /** The same day-month-year order in both languages: "12 March 2026", "12 mars 2026". */
    private static final String DATE_PATTERN = "d MMMM uuuu";

    private NotificationTexts() {
    }

    /** A notice's subject line and body, in one language. */
    public record Text(String subject, String body) {
    }

    /**
     * The subject and body of a notice of this kind about one pledge.
     *
     * @param renewalDue the pledge's renewal date, or {@code null} when it has none
     */
    public static Text compose(NotificationKind kind, String reference, String title, LocalDate renewalDue,
                               Locale locale) {
        Locale language = language(locale);
        ResourceBundle messages = messages(language);
        String due = renewalDue == null
                ? messages.getString("date.none")
                : DateTimeFormatter.ofPattern(DATE_PATTERN, language).format(renewalDue);
        String bodyKey = kind.name() + ".body";
        if (renewalDue == null && messages.containsKey(bodyKey + ".undated")) {
            bodyKey += ".undated";
        }
        Object[] arguments = {reference, title, due};
        return new Text(format(messages.getString(kind.name() + ".subject"), language, arguments),
                format(messages.getString(bodyKey), language, arguments));
    }

    /** Where a mail's reader opens the pledge ({@code null}: no link) and their inbox (absolute addresses). */
    public record Links(String pledge, String inbox) {
    }

    /** The plain-text mail of a notice: its body, the comment when there is one, and a closing line. */
    public static String mail(String body, String comment, Locale locale) {
        return mail(body, comment, Optional.empty(), locale);
    }

    /**
     * The plain-text mail of a notice: its body, the comment when there is one, the links to the pledge and the
     * inbox when the application knows its address, and a closing line.
     */
    public static String mail(String body, String comment, Optional<Links> links, Locale locale) {
        ResourceBundle messages = messages(language(locale));
        StringBuilder text = new StringBuilder(body);
        if (comment != null && !comment.isBlank()) {
            text.append("\n\n").append(messages.getString("mail.comment")).append('\n').append(comment.strip());
        }
        links.ifPresent(link -> {
            text.append("\n");
            if (link.pledge() != null) {
                text.append('\n').append(messages.getString("mail.link.pledge")).append(' ').append(link.pledge());
            }
            text.append('\n').append(messages.getString("mail.link.inbox")).append(' ').append(link.inbox());
        });
        return text.append("\n\n-- \n").append(messages.getString("mail.footer")).append('\n').toString();
    }

    /**
     * The HTML alternative of {@link #mail(String, String, Optional, Locale)}: the same words, paragraphs and links,
     * every piece of text escaped (a title or comment with {@code <script>} or {@code &} in it reads as written and
     * runs nothing), in a page whose {@code lang} is the recipient's language.
     */
    public static String html(String subject, String body, String comment, Optional<Links> links, Locale locale) {
        Locale language = language(locale);
        ResourceBundle messages = messages(language);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(language.getLanguage())
                .append("\">\n<head><meta charset=\"UTF-8\"><title>").append(escape(subject))
                .append("</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.4\">\n");
        for (String paragraph : body.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(lines(paragraph)).append("</p>\n");
        }
        if (comment != null && !comment.isBlank()) {
            html.append("<p><strong>").append(escape(messages.getString("mail.comment"))).append("</strong><br>\n")
                    .append(lines(comment.strip())).append("</p>\n");
        }
        links.ifPresent(link -> {
            html.append("<p>");
            if (link.pledge() != null) {
                html.append(escape(messages.getString("mail.link.pledge"))).append(' ').append(anchor(link.pledge()))
                        .append("<br>\n");
            }
            html.append(escape(messages.getString("mail.link.inbox"))).append(' ').append(anchor(link.inbox()))
                    .append("</p>\n");
        });
        return html.append("<hr>\n<p style=\"color: #555555; font-size: smaller\">")
                .append(escape(messages.getString("mail.footer"))).append("</p>\n</body>\n</html>\n").toString();
    }

    /** Text for HTML: the five characters that could open markup or end an attribute, as entities. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String lines(String text) {
        return String.join("<br>\n", text.lines().map(NotificationTexts::linked).toList());
    }

    /** An address written out in a line of text (a digest's links) becomes a link; the rest is escaped. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("https?://[^\\s<>\"']+");

    static String linked(String line) {
        java.util.regex.Matcher address = ADDRESS.matcher(line);
        StringBuilder html = new StringBuilder();
        int last = 0;
        while (address.find()) {
            html.append(escape(line.substring(last, address.start()))).append(anchor(address.group()));
            last = address.end();
        }
        return html.append(escape(line.substring(last))).toString();
    }

    private static String anchor(String address) {
        String escaped = escape(address);
        return "<a href=\"" + escaped + "\">" + escaped + "</a>";
    }

    /** French for a French preference, English for anything else. */
    public static Locale language(Locale preferred) {
        return preferred != null && Locale.FRENCH.getLanguage().equals(preferred.getLanguage())
                ? Locale.FRENCH
                : Locale.ENGLISH;
    }

    /** The bundle for exactly this language: never the server's default locale, whatever that is. */
    static ResourceBundle messages(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, NotificationTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(String pattern, Locale language, Object[] arguments) {
        return new MessageFormat(pattern, language).format(arguments);
    }
}
