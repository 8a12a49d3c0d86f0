package org.peacekeeping.pledges.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A stored partner of a joint pledge: a row of {@code pledge_partner}. */
@Embeddable
public class PledgePartner {

    @Column(name = "member_state", nullable = false, length = 3)
    private String memberState;

    @Column(name = "partner_role", length = Partner.ROLE_MAX)
    private String role;

    protected PledgePartner() {
        // for JPA
    }

    PledgePartner(Partner partner) {
        this.memberState = Objects.requireNonNull(partner.memberState(), "memberState");
        this.role = partner.role();
    }

    Partner partner() {
        return new Partner(memberState, role);
    }

    String memberState() {
        return memberState;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PledgePartner that && Objects.equals(memberState, that.memberState)
                && Objects.equals(role, that.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberState, role);
    }
}
