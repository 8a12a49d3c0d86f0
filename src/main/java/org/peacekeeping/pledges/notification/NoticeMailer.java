package org.peacekeeping.pledges.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Mails recorded notices once the transaction that recorded them has committed, on a managed background thread, so
 * that neither a rolled-back use case nor a slow, refusing or absent mail server ever reaches the user. Each mail is
 * multipart/alternative: plain text and the same words in HTML, in the recipient's language. One that was mailed
 * gets its {@code mailed_at}; one that could not be is logged as a warning, keeps its place in the inbox, and is
 * tried again with growing delays ({@link MailRetries}, by {@link MailRetrySchedule}), its tries and last failure
 * recorded on the notice for the operator.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());
    /** The retry pass mails at most this many per run; the next run goes on with the rest. */
    static final int RETRY_BATCH = 200;

    @Inject
    private Config config;

    @Inject
    private NotificationService notifications;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private MailSettings settings;
    private MailRetries retries;
    private Session session;
    private final ReentrantLock retrying = new ReentrantLock();

    /** What one send did: the notices mailed, and the reason each other one was not. */
    record Outcome(List<Long> mailed, Map<Long, String> failed) {
    }

    @PostConstruct
    void configure() {
        settings = MailSettings.from(config);
        retries = MailRetries.from(config);
        session = settings.enabled() ? Session.getInstance(settings.sessionProperties()) : null;
    }

    /** Reads the settings at start, so that a wrong one stops the deployment with its name, and says what it uses. */
    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> settings.enabled()
                ? "Notices are mailed through " + settings.describe() + "; failed mails are tried again "
                        + retries.tries() + " times in all, first after " + retries.delay()
                : "Notices are not mailed: " + settings.describe() + "; they stay in the in-app inbox");
    }

    public boolean enabled() {
        return settings.enabled();
    }

    public MailRetries retries() {
        return retries;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesToMail notices) {
        if (!settings.enabled() || notices.mails().isEmpty()) {
            return;
        }
        try {
            executor.execute(() -> sendAndRecord(notices.mails()));
        } catch (RejectedExecutionException e) {
            // Their mail_next_at stays set: the retry pass sends them in a few minutes.
            LOG.warning(() -> "Could not queue " + notices.mails().size() + " notice mail(s), the retry pass will: "
                    + e.getMessage());
        }
    }

    /**
     * Mails what is due by {@code now} and failed before (or whose send after commit was lost); returns how many went
     * out. A pass already under way on this instance makes this one a no-op.
     */
    public int retryDue(Instant now) {
        if (!settings.enabled() || !retrying.tryLock()) {
            return 0;
        }
        try {
            List<NoticesToMail.Mail> due = notifications.mailsDue(now, RETRY_BATCH);
            return due.isEmpty() ? 0 : sendAndRecord(due).mailed().size();
        } finally {
            retrying.unlock();
        }
    }

    /** Sends, then records which went out and which failed (with when each is tried next). */
    Outcome sendAndRecord(List<NoticesToMail.Mail> mails) {
        Outcome outcome = send(mails);
        Instant now = Instant.now();
        try {
            if (!outcome.mailed().isEmpty()) {
                notifications.recordMailed(outcome.mailed(), now);
            }
            if (!outcome.failed().isEmpty()) {
                List<Long> givenUp = notifications.recordMailFailed(outcome.failed(), retries, now);
                if (!givenUp.isEmpty()) {
                    LOG.warning(() -> "Gave up mailing notice(s) " + givenUp + " after " + retries.tries()
                            + " tries; they stay in the inbox");
                }
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Mailed notices " + outcome.mailed() + ", failed " + outcome.failed().keySet()
                    + ", but could not record it: " + reason(e));
        }
        return outcome;
    }

    /** Sends over one connection; each mail that fails is logged and the others still go. */
    Outcome send(List<NoticesToMail.Mail> mails) {
        List<Long> mailed = new ArrayList<>();
        Map<Long, String> failed = new LinkedHashMap<>();
        Transport transport = null;
        try {
            transport = session.getTransport("smtp");
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            for (NoticesToMail.Mail mail : mails) {
                try {
                    MimeMessage message = message(mail);
                    transport.sendMessage(message, message.getAllRecipients());
                    if (mail.notificationId() != null) {
                        mailed.add(mail.notificationId());
                    }
                } catch (MessagingException e) {
                    LOG.warning(() -> "Could not mail notice " + mail.notificationId() + " to " + mail.username()
                            + ": " + reason(e));
                    if (mail.notificationId() != null) {
                        failed.put(mail.notificationId(), reason(e));
                    }
                }
            }
        } catch (MessagingException | RuntimeException e) {
            String why = "through " + settings.describe() + ": " + reason(e);
            LOG.warning(() -> "Could not mail " + (mails.size() - mailed.size()) + " notice(s) " + why);
            for (NoticesToMail.Mail mail : mails) {
                if (mail.notificationId() != null && !mailed.contains(mail.notificationId())) {
                    failed.putIfAbsent(mail.notificationId(), why);
                }
            }
        } finally {
            close(transport);
        }
        return new Outcome(mailed, failed);
    }

    /** The mail as multipart/alternative: plain text first, then HTML (readers show the last one they can). */
    MimeMessage message(NoticesToMail.Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.address(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.setContentLanguage(new String[] {mail.language().getLanguage()});
        message.setSentDate(new Date());
        // RFC 3834: an automatic message, so that out-of-office replies are not sent back to it.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.notificationId() != null) {
            message.setHeader("X-Pledges-Notice", mail.notificationId().toString());
        }
        message.saveChanges();
        return message;
    }

    /** The failure on one line, with its nested causes but no stack trace. */
    private static String reason(Exception e) {
        return e.toString().replaceAll("\\s+", " ");
    }

    private static void close(Transport transport) {
        if (transport != null && transport.isConnected()) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.fine(() -> "Closing the mail connection: " + e.getMessage());
            }
        }
    }
}
