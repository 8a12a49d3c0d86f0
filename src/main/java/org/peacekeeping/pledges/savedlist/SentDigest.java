package org.peacekeeping.pledges.savedlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** That an account got its digest on a UTC day: at most one a day, whatever runs at once. */
@Entity
@Table(name = "saved_list_digest")
@IdClass(SentDigest.Key.class)
class SentDigest {

    /** The primary key (an id class: plain fields JPA can fill). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long accountId;
        private LocalDate day;

        public Key() {
        }

        Key(Long accountId, LocalDate day) {
            this.accountId = accountId;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && java.util.Objects.equals(accountId, that.accountId)
                    && java.util.Objects.equals(day, that.day);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, day);
        }
    }

    @Id
    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Id
    @Column(name = "digest_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "matches", nullable = false, updatable = false)
    private int matches;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected SentDigest() {
        // for JPA
    }

    SentDigest(long accountId, LocalDate day, int matches, Instant sentAt) {
        this.accountId = accountId;
        this.day = day;
        this.matches = matches;
        this.sentAt = sentAt;
    }
}
