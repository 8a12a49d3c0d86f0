package org.peacekeeping.pledges.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.peacekeeping.pledges.platform.BaseUrl;
import org.peacekeeping.pledges.platform.RuntimeSettings;

/**
 * The links a notice mail carries: the pledge's page and the inbox, under {@code PLEDGES_BASE_URL}. Without a base
 * URL there are none (the server cannot know the address users reach it at behind a proxy), and mails say only
 * that the notice is in the inbox.
 */
@ApplicationScoped
public class MailLinks {

    /** The page a focal point opens a pledge on (read-only once it left draft), by its id. */
    static final String PLEDGE_PAGE = "pledges/edit.xhtml?id=";
    static final String INBOX_PAGE = "inbox.xhtml";

    private BaseUrl base;

    protected MailLinks() {
        // for the CDI proxy
    }

    @Inject
    public MailLinks(RuntimeSettings settings) {
        this(settings.baseUrl());
    }

    MailLinks(Optional<BaseUrl> base) {
        this.base = base.orElse(null);
    }

    /** Links under this base URL, or none. */
    static MailLinks to(Optional<BaseUrl> base) {
        return new MailLinks(base);
    }

    /** The links of a mail about this pledge (the inbox alone if it has no id); none without a base URL. */
    public Optional<NotificationTexts.Links> about(Long pledgeId) {
        return Optional.ofNullable(base).map(url -> new NotificationTexts.Links(
                pledgeId == null ? null : url.page(PLEDGE_PAGE + pledgeId), url.page(INBOX_PAGE)));
    }
}
