package org.peacekeeping.pledges.savedlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peacekeeping.pledges.account.AccountRepository;
import org.peacekeeping.pledges.account.UserAccount;
import org.peacekeeping.pledges.notification.NotificationKind;
import org.peacekeeping.pledges.notification.NotificationService;
import org.peacekeeping.pledges.notification.NotificationTexts;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.RuntimeSettings;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeSort;

/**
 * One account's daily digest, in one transaction: for each followed list it may still open, the pledges it matches
 * now as the account sees them (the list's own access rules) that it has not reported before; none anywhere, no
 * digest. Otherwise the new matches are recorded as reported, the day as sent (once per account and UTC day: the
 * primary key refuses a second), and the digest goes to the inbox and by mail in the account's language through
 * {@link NotificationService#notifyAccount} (mailed after commit, retried like every notice).
 */
@ApplicationScoped
public class DigestService {

    /** How one account's digest went. */
    public enum Result { SENT, NOTHING_NEW, ALREADY_SENT, SKIPPED }

    @Inject
    private SavedListRepository lists;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PledgeService pledges;

    @Inject
    private NotificationService notifications;

    @Inject
    private RuntimeSettings settings;

    @Inject
    private LinkKey linkKey;

    /** The accounts with a followed list, for a run to go through one by one. */
    @Transactional
    public List<Long> followingAccounts() {
        return lists.followingAccounts();
    }

    @Transactional
    public Result digest(long accountId, LocalDate day, int matchesPerList, Instant now) {
        Optional<UserAccount> found = accounts.byId(accountId).filter(UserAccount::enabled);
        if (found.isEmpty()) {
            return Result.SKIPPED;
        }
        UserAccount account = found.get();
        if (lists.digestSent(accountId, day)) {
            return Result.ALREADY_SENT;
        }
        Actor actor = SavedListService.actorOf(account);
        // Read everything first, then write: the streamed reads of the lists never meet pending writes.
        List<DigestSelection.Section> sections = new ArrayList<>();
        for (SavedList list : lists.followedOf(accountId)) {
            if (!list.page().openTo(account.role())) {
                continue; // the account's role changed: the list's page is no longer theirs
            }
            SavedFilter filter;
            try {
                filter = list.filter();
            } catch (InvalidInputException e) {
                continue; // a filter that no longer means anything reports nothing
            }
            Set<Long> seen = lists.seen(list.id());
            List<DigestSelection.Match> fresh = new ArrayList<>();
            pledges.forEachListed(actor, filter.pledgeFilter(), PledgeSort.Order.DEFAULT, row -> {
                if (!seen.contains(row.id())) {
                    fresh.add(DigestSelection.Match.of(row));
                }
            });
            DigestSelection.Section section = DigestSelection.select(list.id(), list.name(), filter.address(), fresh,
                    seen, matchesPerList);
            if (section.total() > 0) {
                sections.add(section);
            }
        }
        if (sections.isEmpty()) {
            return Result.NOTHING_NEW;
        }
        int total = sections.stream().mapToInt(DigestSelection.Section::total).sum();
        lists.addDigest(new SentDigest(accountId, day, total, now));
        for (DigestSelection.Section section : sections) {
            section.newIds().forEach(pledgeId -> lists.addSeen(new SeenPledge(section.savedListId(), pledgeId, now)));
        }
        Optional<DigestTexts.Links> links = settings.baseUrl().map(base -> new DigestTexts.Links(base,
                account.role(), accountId, listId -> linkKey.signature().sign(listId, accountId)));
        NotificationTexts.Text text = DigestTexts.compose(sections, links, account.preferredLocale());
        notifications.notifyAccount(account, null, null, NotificationKind.SAVED_LIST_DIGEST, text, now);
        lists.flush(); // written now, so that a refusal rolls it all back before anything is mailed
        return Result.SENT;
    }
}
