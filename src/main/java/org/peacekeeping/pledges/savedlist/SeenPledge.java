package org.peacekeeping.pledges.savedlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A pledge a followed list has already reported, or held when it was followed: never reported (again) by it. */
@Entity
@Table(name = "saved_list_seen")
@IdClass(SeenPledge.Key.class)
@NamedQuery(name = SeenPledge.IDS_OF_LIST, query = "SELECT s.pledgeId FROM SeenPledge s WHERE s.savedListId = :list")
@NamedQuery(name = SeenPledge.FORGET_LIST, query = "DELETE FROM SeenPledge s WHERE s.savedListId = :list")
class SeenPledge {

    static final String IDS_OF_LIST = "SeenPledge.idsOfList";
    static final String FORGET_LIST = "SeenPledge.forgetList";

    /** The primary key (an id class: plain fields JPA can fill). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long savedListId;
        private Long pledgeId;

        public Key() {
        }

        Key(Long savedListId, Long pledgeId) {
            this.savedListId = savedListId;
            this.pledgeId = pledgeId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && java.util.Objects.equals(savedListId, that.savedListId)
                    && java.util.Objects.equals(pledgeId, that.pledgeId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(savedListId, pledgeId);
        }
    }

    @Id
    @Column(name = "saved_list_id", nullable = false, updatable = false)
    private Long savedListId;

    @Id
    @Column(name = "pledge_id", nullable = false, updatable = false)
    private Long pledgeId;

    @Column(name = "seen_at", nullable = false, updatable = false)
    private Instant seenAt;

    protected SeenPledge() {
        // for JPA
    }

    SeenPledge(long savedListId, long pledgeId, Instant seenAt) {
        this.savedListId = savedListId;
        this.pledgeId = pledgeId;
        this.seenAt = seenAt;
    }
}
