package org.peacekeeping.pledges.notification;

import java.util.List;
import java.util.Locale;

/**
 * The mails of notices just recorded. Fired inside the transaction that recorded them; {@link NoticeMailer} acts
 * on it only after that transaction commits, so a use case that rolls back mails nothing.
 */
public record NoticesToMail(List<Mail> mails) {

    public NoticesToMail {
        mails = List.copyOf(mails);
    }

    /**
     * One notice's mail, complete, so that sending needs no database: the same words as plain text and as HTML
     * (a multipart/alternative mail), in the recipient's language.
     */
    public record Mail(Long notificationId, String username, String address, Locale language, String subject,
                       String text, String html) {
    }
}
