package org.peacekeeping.pledges.savedlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One account's named filters of one pledge list; followed, its new matches go into the owner's daily digest. The
 * owner is the only one who ever sees it: to anyone else it does not exist.
 */
@Entity
@Table(name = "saved_list")
@NamedQuery(name = SavedList.OF_ACCOUNT, query = "SELECT s FROM SavedList s WHERE s.accountId = :account "
        + "ORDER BY s.nameKey, s.id")
@NamedQuery(name = SavedList.BY_NAME, query = "SELECT s FROM SavedList s WHERE s.accountId = :account "
        + "AND s.nameKey = :nameKey")
@NamedQuery(name = SavedList.COUNT_OF_ACCOUNT, query = "SELECT COUNT(s) FROM SavedList s WHERE s.accountId = :account")
@NamedQuery(name = SavedList.FOLLOWING_ACCOUNTS, query = "SELECT DISTINCT s.accountId FROM SavedList s "
        + "WHERE s.followed = TRUE ORDER BY s.accountId")
@NamedQuery(name = SavedList.FOLLOWED_OF_ACCOUNT, query = "SELECT s FROM SavedList s WHERE s.accountId = :account "
        + "AND s.followed = TRUE ORDER BY s.nameKey, s.id")
public class SavedList {

    static final String OF_ACCOUNT = "SavedList.ofAccount";
    static final String BY_NAME = "SavedList.byName";
    static final String COUNT_OF_ACCOUNT = "SavedList.countOfAccount";
    static final String FOLLOWING_ACCOUNTS = "SavedList.followingAccounts";
    static final String FOLLOWED_OF_ACCOUNT = "SavedList.followedOfAccount";

    /** The longest name. */
    public static final int NAME_LENGTH = 80;

    @Id
    @SequenceGenerator(name = "saved_list_seq", sequenceName = "saved_list_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_list_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_page", nullable = false, updatable = false)
    private ListPage page;

    @Column(name = "query", nullable = false, length = 2000)
    private String query;

    @Column(name = "followed", nullable = false)
    private boolean followed;

    @Column(name = "followed_at")
    private Instant followedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SavedList() {
        // for JPA
    }

    SavedList(long accountId, String name, SavedFilter filter, Instant now) {
        this.accountId = accountId;
        this.page = filter.page();
        rename(name, now);
        refilter(filter, now);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The key names are unique on, per owner: "Medical" and "medical" are one name. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    final void rename(String newName, Instant now) {
        this.name = Objects.requireNonNull(newName);
        this.nameKey = key(newName);
        this.updatedAt = now;
    }

    final void refilter(SavedFilter filter, Instant now) {
        if (filter.page() != page) {
            throw new IllegalArgumentException("A saved list stays on its page");
        }
        this.query = filter.query();
        this.updatedAt = now;
    }

    void follow(Instant now) {
        followed = true;
        followedAt = now;
        updatedAt = now;
    }

    void unfollow(Instant now) {
        followed = false;
        followedAt = null;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public ListPage page() {
        return page;
    }

    public String query() {
        return query;
    }

    /** The filters as saved, checked again (a stored query that no longer parses names its parameter). */
    public SavedFilter filter() {
        return SavedFilter.ofQuery(page, query);
    }

    public boolean followed() {
        return followed;
    }

    public Instant followedAt() {
        return followedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SavedList that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
