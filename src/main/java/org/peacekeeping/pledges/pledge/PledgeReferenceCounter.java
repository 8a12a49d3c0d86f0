package org.peacekeeping.pledges.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** The last reference number handed out for one state and year; read under a write lock to hand out the next. */
@Entity
@Table(name = "pledge_reference_counter")
public class PledgeReferenceCounter {

    /** The counter's key: a state and a year. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "member_state", length = 3)
        private String memberState;

        @Column(name = "ref_year")
        private int year;

        protected Key() {
            // for JPA
        }

        public Key(String memberState, int year) {
            this.memberState = memberState;
            this.year = year;
        }

        public String memberState() {
            return memberState;
        }

        public int year() {
            return year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && year == key.year && Objects.equals(memberState, key.memberState);
        }

        @Override
        public int hashCode() {
            return Objects.hash(memberState, year);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected PledgeReferenceCounter() {
        // for JPA
    }

    public PledgeReferenceCounter(Key key) {
        this.key = key;
    }

    /** Hands out the next reference, e.g. {@code PAK-2025-0007}. */
    public String next() {
        lastNumber++;
        return format(key.memberState(), key.year(), lastNumber);
    }

    static String format(String memberState, int year, int number) {
        return String.format(Locale.ROOT, "%s-%d-%04d", memberState, year, number);
    }
}
