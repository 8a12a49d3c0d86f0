package org.peacekeeping.pledges.savedlist;

import java.util.EnumSet;
import java.util.Set;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.pledge.PledgeStatus;

/**
 * The pledge lists a saved list can belong to: the page that opens it, who may have one, and which of the list's
 * address parameters it takes ({@code event, category, status, memberState, q}, as {@code ListCriteria} reads them).
 */
public enum ListPage {

    /** A focal point's list of their state's pledges ({@code /pledges/index.xhtml}): one status, drafts included. */
    MY_PLEDGES("pledges/index.xhtml", EnumSet.of(Role.FOCAL_POINT), Set.of("event", "category", "status", "q"),
            EnumSet.allOf(PledgeStatus.class), false),
    /** The reviewers' queue ({@code /review/index.xhtml}): submitted and under review, or one of them. */
    REVIEW_QUEUE("review/index.xhtml", EnumSet.of(Role.REVIEWER), Set.of("event", "category", "status", "memberState"),
            EnumSet.of(PledgeStatus.SUBMITTED, PledgeStatus.UNDER_REVIEW), false),
    /** The list of all pledges that left draft ({@code /analysis/pledges.xhtml}), for reviewers and analysts. */
    ALL_PLEDGES("analysis/pledges.xhtml", EnumSet.of(Role.REVIEWER, Role.ANALYST),
            Set.of("event", "category", "status", "memberState", "q"), EnumSet.complementOf(EnumSet.of(PledgeStatus.DRAFT)),
            true);

    private final String path;
    private final Set<Role> roles;
    private final Set<String> parameters;
    private final Set<PledgeStatus> statuses;
    private final boolean severalStatuses;

    ListPage(String path, Set<Role> roles, Set<String> parameters, Set<PledgeStatus> statuses,
             boolean severalStatuses) {
        this.path = path;
        this.roles = roles;
        this.parameters = parameters;
        this.statuses = statuses;
        this.severalStatuses = severalStatuses;
    }

    /** The page, relative to the application's root. */
    public String path() {
        return path;
    }

    public boolean openTo(Role role) {
        return roles.contains(role);
    }

    /** The address parameters this list reads, in no order. */
    public Set<String> parameters() {
        return parameters;
    }

    /** The statuses its status filter offers. */
    public Set<PledgeStatus> statuses() {
        return statuses;
    }

    /** Whether its status filter takes several statuses at once (the analysts' list) or one. */
    public boolean severalStatuses() {
        return severalStatuses;
    }
}
