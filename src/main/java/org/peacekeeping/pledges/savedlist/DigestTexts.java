package org.peacekeeping.pledges.savedlist;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import org.peacekeeping.pledges.notification.NotificationTexts;
import org.peacekeeping.pledges.platform.BaseUrl;
import org.peacekeeping.pledges.platform.Role;

/**
 * The digest's subject and body in the recipient's language (bundle {@code savedlist/digest}, English and French):
 * the count of new matches, then for each followed list its name and count, its first matches (reference, title,
 * state, status, and the pledge's address), the list's address and the signed link that stops following it. The body
 * is what the inbox shows and the mail carries (its HTML part makes the addresses links); it is kept under
 * {@link #BODY_LIMIT} characters by showing fewer matches, then leaving out the lists' own addresses. Plain Java.
 */
public final class DigestTexts {

    static final String BUNDLE = "org.peacekeeping.pledges.savedlist.digest";
    /** A notice's body holds 4000 characters; some room is left for the mail's own lines. */
    static final int BODY_LIMIT = 3900;

    private DigestTexts() {
    }

    /**
     * Where the digest's links lead: under the base URL, a pledge's page for the recipient's role, and the signed
     * unfollow link of a list (by its id); none without a base URL.
     */
    public record Links(BaseUrl base, Role role, long accountId, LongFunction<String> signature) {

        String pledge(DigestSelection.Match match) {
            return switch (role) {
                case FOCAL_POINT -> base.page("pledges/edit.xhtml?id=" + match.id());
                case REVIEWER -> base.page("review/pledge.xhtml?id=" + match.id());
                default -> base.page("analysis/pledges.xhtml?q="
                        + URLEncoder.encode(match.reference(), StandardCharsets.UTF_8));
            };
        }

        String unfollow(long savedListId) {
            return base.page(unfollowPath(savedListId, accountId, signature.apply(savedListId)));
        }
    }

    /** The unfollow page's address for a list and account with its signature, relative to the root. */
    public static String unfollowPath(long savedListId, long accountId, String signature) {
        return "unfollow.xhtml?list=" + savedListId + "&account=" + accountId + "&signature=" + signature;
    }

    public static NotificationTexts.Text compose(List<DigestSelection.Section> sections, Optional<Links> links,
                                                 Locale locale) {
        Locale language = NotificationTexts.language(locale);
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, language, DigestTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        int total = sections.stream().mapToInt(DigestSelection.Section::total).sum();
        String subject = format(messages, "subject", language, total);
        int most = sections.stream().mapToInt(s -> s.shown().size()).max().orElse(0);
        String body = null;
        for (boolean listLinks : new boolean[] {true, false}) {
            for (int shown = most; shown >= 0 && body == null; shown--) {
                String candidate = body(sections, shown, listLinks, links, messages, language, total);
                if (candidate.length() <= BODY_LIMIT) {
                    body = candidate;
                }
            }
            if (body != null) {
                break;
            }
        }
        if (body == null) {
            String whole = body(sections, 0, false, links, messages, language, total);
            body = whole.substring(0, BODY_LIMIT - 1) + "…";
        }
        return new NotificationTexts.Text(subject, body);
    }

    private static String body(List<DigestSelection.Section> sections, int shown, boolean listLinks,
                               Optional<Links> links, ResourceBundle messages, Locale language, int total) {
        StringBuilder text = new StringBuilder(format(messages, "intro", language, total));
        for (DigestSelection.Section whole : sections) {
            DigestSelection.Section section = whole.showing(shown);
            text.append("\n\n").append(format(messages, "section", language, section.total(), section.name()));
            for (DigestSelection.Match match : section.shown()) {
                text.append("\n- ").append(match.reference()).append(" · ").append(match.title()).append(" · ")
                        .append(match.memberState()).append(" · ")
                        .append(messages.getString("status." + match.status().name()));
                links.ifPresent(link -> text.append("\n  ").append(link.pledge(match)));
            }
            if (section.total() > section.shown().size()) {
                text.append('\n').append(format(messages, "more", language, section.total() - section.shown().size()));
            }
            links.ifPresent(link -> {
                if (listLinks) {
                    text.append('\n').append(messages.getString("link.list")).append(' ')
                            .append(link.base().page(section.address()));
                }
                text.append('\n').append(format(messages, "link.unfollow", language, section.name()))
                        .append(' ').append(link.unfollow(section.savedListId()));
            });
        }
        links.ifPresent(link -> text.append("\n\n").append(messages.getString("link.manage")).append(' ')
                .append(link.base().page("saved-lists.xhtml")));
        return text.toString();
    }

    private static String format(ResourceBundle messages, String key, Locale language, Object... arguments) {
        return new MessageFormat(messages.getString(key), language).format(arguments);
    }
}
