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
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Mails recorded notices once the transaction that recorded them has committed, on a managed background thread, so
 * that neither a rolled-back use case nor a slow or absent mail server ever reaches the user. A notice that could
 * not be mailed is logged as a warning and stays in the inbox; one that was mailed gets its {@code mailed_at}.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());

    @Inject
    private Config config;

    @Inject
    private NotificationService notifications;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    private MailSettings settings;
    private Session session;

    @PostConstruct
    void configure() {
        settings = MailSettings.from(config);
        session = settings.enabled() ? Session.getInstance(settings.sessionProperties()) : null;
    }

    /** Reads the settings at start, so that a wrong one stops the deployment with its name, and says what it uses. */
    void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> settings.enabled()
                ? "Notices are mailed through " + settings.describe()
                : "Notices are not mailed: " + settings.describe() + "; they stay in the in-app inbox");
    }

    public boolean enabled() {
        return settings.enabled();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesToMail notices) {
        if (!settings.enabled() || notices.mails().isEmpty()) {
            return;
        }
        try {
            executor.execute(() -> send(notices.mails()));
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "Could not queue " + notices.mails().size() + " notice mail(s): " + e.getMessage());
        }
    }

    /** Sends over one connection; each mail that fails is logged and the others still go. */
    void send(List<NoticesToMail.Mail> mails) {
        List<Long> mailed = new ArrayList<>();
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
                }
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Could not mail " + (mails.size() - mailed.size()) + " notice(s) through "
                    + settings.describe() + ": " + reason(e));
        } finally {
            close(transport);
        }
        if (!mailed.isEmpty()) {
            try {
                notifications.recordMailed(mailed, Instant.now());
            } catch (RuntimeException e) {
                LOG.warning(() -> "Mailed notices " + mailed + " but could not record it: " + reason(e));
            }
        }
    }

    private MimeMessage message(NoticesToMail.Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.address(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
        message.setContentLanguage(new String[] {mail.language().getLanguage()});
        message.setSentDate(new Date());
        // RFC 3834: an automatic message, so that out-of-office replies are not sent back to it.
        message.setHeader("Auto-Submitted", "auto-generated");
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
