package org.peacekeeping.pledges.savedlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peacekeeping.pledges.account.AccountRepository;
import org.peacekeeping.pledges.account.UserAccount;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeSort;

/**
 * Saved lists, each use case one transaction: a user's own lists only (anyone else's do not exist for them: 404),
 * named once per owner, on a list page their role opens, with filters that list can use ({@link SavedFilter}).
 * Following a list takes what it matches now as already reported (the baseline); from then on its new matches go
 * into the daily digest ({@link DigestService}). The signed link of a digest mail unfollows one list and changes
 * nothing else.
 */
@ApplicationScoped
@Transactional
public class SavedListService {

    /** The most saved lists an account keeps. */
    public static final int MAX_LISTS = 50;
    /** The most followed at once: one digest stays readable. */
    public static final int MAX_FOLLOWED = 10;

    @Inject
    private SavedListRepository lists;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PledgeService pledges;

    @Inject
    private LinkKey linkKey;

    /** What an unfollow link names, for its confirmation page. */
    public record UnfollowLink(long savedListId, String name, ListPage page, boolean followed)
            implements java.io.Serializable {
    }

    public List<SavedListView> mine(Actor actor) {
        return owner(actor).map(account -> lists.ofAccount(account.id()).stream().map(SavedListView::of).toList())
                .orElse(List.of());
    }

    public SavedListView get(Actor actor, long id) {
        return SavedListView.of(owned(actor, id, false));
    }

    public SavedListView create(Actor actor, String name, ListPage page, Map<String, String> filter, boolean follow,
                                Instant now) {
        UserAccount account = owner(actor).orElseThrow(() -> new NotFoundException("You have no account."));
        List<InvalidInputException> problems = new ArrayList<>();
        String cleanName = null;
        try {
            cleanName = name(name);
        } catch (InvalidInputException e) {
            problems.add(e);
        }
        if (page == null) {
            problems.add(InvalidInputException.field("page", "is required: one of " + Arrays.toString(pages(actor))));
        } else if (!page.openTo(actor.role())) {
            problems.add(InvalidInputException.field("page", "is not a list you can open; yours: "
                    + Arrays.toString(pages(actor))));
        }
        SavedFilter saved = null;
        if (page != null && page.openTo(actor.role())) {
            try {
                saved = SavedFilter.of(page, filter);
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The saved list cannot be made as given",
                    problems.stream().flatMap(e -> e.errors().stream()).toList());
        }
        if (lists.countOf(account.id()) >= MAX_LISTS) {
            throw InvalidInputException.field("name", "you already keep " + MAX_LISTS
                    + " saved lists, the most an account keeps: delete one first");
        }
        requireFreeName(account.id(), cleanName, null);
        SavedList list = new SavedList(account.id(), cleanName, saved, now);
        try {
            lists.add(list);
        } catch (PersistenceException e) {
            throw taken(cleanName); // the same name saved at the same moment
        }
        if (follow) {
            startFollowing(list, account, now);
        }
        return SavedListView.of(list);
    }

    /**
     * Renames a list and/or changes its filters ({@code null}: unchanged); a followed list whose filters change takes
     * its new matches as the new baseline.
     *
     * @param version the version the change was made on ({@code null}: the current one)
     */
    public SavedListView update(Actor actor, long id, String name, Map<String, String> filter, Long version,
                                Instant now) {
        SavedList list = owned(actor, id, true);
        requireVersion(list, version);
        List<InvalidInputException> problems = new ArrayList<>();
        String cleanName = null;
        SavedFilter saved = null;
        if (name != null) {
            try {
                cleanName = name(name);
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        }
        if (filter != null) {
            try {
                saved = SavedFilter.of(list.page(), filter);
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The saved list cannot be changed as given",
                    problems.stream().flatMap(e -> e.errors().stream()).toList());
        }
        if (cleanName != null && !cleanName.equals(list.name())) {
            requireFreeName(list.accountId(), cleanName, list.id());
            list.rename(cleanName, now);
        }
        if (saved != null && !saved.query().equals(list.query())) {
            list.refilter(saved, now);
            if (list.followed()) {
                baseline(list, account(list), now);
            }
        }
        try {
            lists.flush();
        } catch (PersistenceException e) {
            throw taken(cleanName);
        }
        return SavedListView.of(list);
    }

    public void delete(Actor actor, long id, Long version) {
        SavedList list = owned(actor, id, true);
        requireVersion(list, version);
        lists.remove(list);
    }

    /** Follows (with what the list matches now as the baseline) or unfollows; asking for what is already so changes nothing. */
    public SavedListView follow(Actor actor, long id, boolean follow, Long version, Instant now) {
        SavedList list = owned(actor, id, true);
        requireVersion(list, version);
        if (follow && !list.followed()) {
            startFollowing(list, account(list), now);
        } else if (!follow && list.followed()) {
            list.unfollow(now);
            lists.forgetSeen(list.id());
        }
        lists.flush();
        return SavedListView.of(list);
    }

    /** What a digest mail's unfollow link names, changing nothing (mail scanners open links to look at them). */
    public UnfollowLink unfollowLink(String savedListId, String accountId, String signature) {
        SavedList list = linked(savedListId, accountId, signature, false);
        return new UnfollowLink(list.id(), list.name(), list.page(), list.followed());
    }

    /** Unfollows the list a digest mail's link names, and nothing else; an unfollowed list stays unfollowed. */
    public UnfollowLink unfollowByLink(String savedListId, String accountId, String signature, Instant now) {
        SavedList list = linked(savedListId, accountId, signature, true);
        if (list.followed()) {
            list.unfollow(now);
            lists.forgetSeen(list.id());
            lists.flush();
        }
        return new UnfollowLink(list.id(), list.name(), list.page(), false);
    }

    /** The list pages the actor's role opens. */
    public static ListPage[] pages(Actor actor) {
        return Arrays.stream(ListPage.values()).filter(page -> page.openTo(actor.role())).toArray(ListPage[]::new);
    }

    /** Who an account acts as, for its lists' matches: the same access rules as its own list pages. */
    static Actor actorOf(UserAccount account) {
        return new Actor(account.username(), account.role(),
                account.role() == Role.FOCAL_POINT ? account.memberState() : null);
    }

    private SavedList linked(String savedListId, String accountId, String signature, boolean lock) {
        switch (linkKey.signature().check(savedListId, accountId, signature)) {
            case MALFORMED -> throw new UnfollowRefused(400, "This unfollow link is incomplete or malformed.");
            case FORGED -> throw new UnfollowRefused(403, "This unfollow link is not valid.");
            case VALID -> {
                // below
            }
        }
        UnfollowSignature.Target target = UnfollowSignature.target(savedListId, accountId).orElseThrow();
        return (lock ? lists.lock(target.savedListId()) : lists.find(target.savedListId()))
                .filter(list -> list.accountId() == target.accountId())
                .orElseThrow(() -> new UnfollowRefused(404, "This saved list no longer exists."));
    }

    private void startFollowing(SavedList list, UserAccount account, Instant now) {
        long followed = lists.followedOf(account.id()).size();
        if (followed >= MAX_FOLLOWED) {
            throw InvalidInputException.field("followed", "you already follow " + MAX_FOLLOWED
                    + " saved lists, the most one digest holds: unfollow one first");
        }
        list.follow(now);
        baseline(list, account, now);
    }

    /** Takes everything the list matches now, as its owner sees it, as already reported. */
    private void baseline(SavedList list, UserAccount account, Instant now) {
        lists.forgetSeen(list.id());
        List<Long> ids = new ArrayList<>();
        pledges.forEachListed(actorOf(account), list.filter().pledgeFilter(), PledgeSort.Order.DEFAULT,
                row -> ids.add(row.id()));
        ids.forEach(pledgeId -> lists.addSeen(new SeenPledge(list.id(), pledgeId, now)));
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.field("name", "is required");
        }
        String clean = name.strip();
        if (clean.length() > SavedList.NAME_LENGTH) {
            throw InvalidInputException.field("name", "must be at most " + SavedList.NAME_LENGTH + " characters");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.field("name", "must be one line without control characters");
        }
        return clean;
    }

    private void requireFreeName(long accountId, String name, Long except) {
        lists.byName(accountId, name).filter(other -> !other.id().equals(except)).ifPresent(other -> {
            throw taken(name);
        });
    }

    private static InvalidInputException taken(String name) {
        return InvalidInputException.field("name", "you already have a saved list named '" + name + "'");
    }

    private static void requireVersion(SavedList list, Long version) {
        if (version != null && version != list.version()) {
            throw new ConflictException("The saved list '" + list.name() + "' was changed meanwhile (version "
                    + list.version() + ", not " + version + "): look at it again.", list.version(), null);
        }
    }

    private SavedList owned(Actor actor, long id, boolean lock) {
        Long accountId = owner(actor).map(UserAccount::id).orElse(null);
        return (lock ? lists.lock(id) : lists.find(id))
                .filter(list -> Objects.equals(list.accountId(), accountId))
                .orElseThrow(() -> new NotFoundException("You have no saved list " + id + "."));
    }

    private java.util.Optional<UserAccount> owner(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return accounts.byUsername(actor.username());
    }

    private UserAccount account(SavedList list) {
        return accounts.byId(list.accountId()).orElseThrow(() -> new NotFoundException("The list's owner is gone."));
    }
}
