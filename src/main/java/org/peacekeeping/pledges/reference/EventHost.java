package org.peacekeeping.pledges.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A host or co-host state of a pledging event. */
@Embeddable
public class EventHost {

    @Column(name = "member_state", nullable = false, length = 3)
    private String memberState;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_role", nullable = false)
    private HostRole role;

    @Column(name = "position", nullable = false)
    private int position;

    protected EventHost() {
        // for JPA
    }

    public EventHost(String memberState, HostRole role, int position) {
        this.memberState = memberState;
        this.role = role;
        this.position = position;
    }

    public String memberState() {
        return memberState;
    }

    public HostRole role() {
        return role;
    }

    public int position() {
        return position;
    }
}
