package org.peacekeeping.pledges.pledge;

import static org.peacekeeping.pledges.platform.Role.FOCAL_POINT;
import static org.peacekeeping.pledges.platform.Role.REVIEWER;
import static org.peacekeeping.pledges.platform.Role.SYSTEM;
import static org.peacekeeping.pledges.pledge.PledgeStatus.APPROVED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.DEPLOYED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.DRAFT;
import static org.peacekeeping.pledges.pledge.PledgeStatus.LAPSED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.REJECTED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.REPATRIATED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.RETURNED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.SUBMITTED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.UNDER_REVIEW;
import static org.peacekeeping.pledges.pledge.PledgeStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.pledge.LifecycleViolation.Reason;

/**
 * The transition table of SPEC §3 (with §10's deploy and repatriate): from which state an action leads where, who may take it, and whether it needs
 * a comment. Plain Java, so that every cell is tested without a container. Scoping (a focal point acts only on its
 * own state's pledges) is the services' business; this table knows roles, not states.
 */
public final class PledgeLifecycle {

    /** One row of the table. {@code from} is {@code null} for creation, {@code to} is {@code null} for deletion. */
    public record Transition(PledgeStatus from, PledgeAction action, PledgeStatus to, Role role, boolean commentRequired) {
    }

    private static final List<Transition> TABLE = List.of(
            new Transition(null, PledgeAction.CREATE, DRAFT, FOCAL_POINT, false),
            new Transition(DRAFT, PledgeAction.EDIT, DRAFT, FOCAL_POINT, false),
            new Transition(RETURNED, PledgeAction.EDIT, RETURNED, FOCAL_POINT, false),
            new Transition(DRAFT, PledgeAction.DELETE, null, FOCAL_POINT, false),
            new Transition(DRAFT, PledgeAction.SUBMIT, SUBMITTED, FOCAL_POINT, false),
            new Transition(RETURNED, PledgeAction.SUBMIT, SUBMITTED, FOCAL_POINT, false),
            new Transition(SUBMITTED, PledgeAction.START_REVIEW, UNDER_REVIEW, REVIEWER, false),
            new Transition(UNDER_REVIEW, PledgeAction.RETURN, RETURNED, REVIEWER, true),
            new Transition(UNDER_REVIEW, PledgeAction.APPROVE, APPROVED, REVIEWER, false),
            new Transition(UNDER_REVIEW, PledgeAction.REJECT, REJECTED, REVIEWER, true),
            new Transition(APPROVED, PledgeAction.REOPEN, UNDER_REVIEW, REVIEWER, true),
            new Transition(APPROVED, PledgeAction.RENEW, APPROVED, FOCAL_POINT, false),
            new Transition(APPROVED, PledgeAction.LAPSE, LAPSED, SYSTEM, false),
            new Transition(LAPSED, PledgeAction.RENEW, SUBMITTED, FOCAL_POINT, false),
            new Transition(DRAFT, PledgeAction.WITHDRAW, WITHDRAWN, FOCAL_POINT, false),
            new Transition(SUBMITTED, PledgeAction.WITHDRAW, WITHDRAWN, FOCAL_POINT, false),
            new Transition(RETURNED, PledgeAction.WITHDRAW, WITHDRAWN, FOCAL_POINT, false),
            new Transition(APPROVED, PledgeAction.WITHDRAW, WITHDRAWN, FOCAL_POINT, true),
            new Transition(APPROVED, PledgeAction.ASSESS, APPROVED, REVIEWER, false),
            new Transition(APPROVED, PledgeAction.DEPLOY, DEPLOYED, REVIEWER, false),
            new Transition(DEPLOYED, PledgeAction.REPATRIATE, REPATRIATED, REVIEWER, true));

    private PledgeLifecycle() {
    }

    public static List<Transition> table() {
        return TABLE;
    }

    /** The row for this action from this state, if the table has one. */
    public static Optional<Transition> transition(PledgeStatus from, PledgeAction action) {
        return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** True when the role may take this action from some state. */
    public static boolean roleMayEver(Role role, PledgeAction action) {
        return TABLE.stream().anyMatch(t -> t.action() == action && t.role() == role);
    }

    /**
     * Checks an action in the order the API reports refusals: the role first (403), then the state (409), then
     * the comment (400).
     *
     * @return the row that applies
     * @throws LifecycleViolation when the action is refused
     */
    public static Transition check(PledgeStatus from, PledgeAction action, Role role, String comment) {
        if (!roleMayEver(role, action)) {
            throw new LifecycleViolation(Reason.ROLE_FORBIDS, from, action,
                    article(describe(role)) + " may not " + describe(action) + " a pledge");
        }
        Transition transition = transition(from, action)
                .filter(t -> t.role() == role)
                .orElseThrow(() -> new LifecycleViolation(Reason.STATE_FORBIDS, from, action,
                        "A pledge that is " + describe(from) + " cannot be " + pastParticiple(action)
                                + allowedFrom(action, role)));
        if (transition.commentRequired() && (comment == null || comment.isBlank())) {
            throw new LifecycleViolation(Reason.COMMENT_REQUIRED, from, action,
                    "A comment is required to " + describe(action) + " a pledge that is " + describe(from));
        }
        return transition;
    }

    /** The status an action leads to, checking only the state (for entity verbs whose caller checked the role). */
    static PledgeStatus target(PledgeStatus from, PledgeAction action) {
        return transition(from, action)
                .map(Transition::to)
                .orElseThrow(() -> new LifecycleViolation(Reason.STATE_FORBIDS, from, action,
                        "A pledge that is " + describe(from) + " cannot be " + pastParticiple(action)));
    }

    /** The actions this role can take on a pledge in this state, for showing only the buttons that work. */
    public static Set<PledgeAction> available(PledgeStatus from, Role role) {
        return TABLE.stream().filter(t -> t.from() == from && t.role() == role).map(Transition::action)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PledgeAction.class)));
    }

    /** True when a focal point may change the pledge's content in this state (only drafts and returned pledges). */
    public static boolean editable(PledgeStatus status) {
        return transition(status, PledgeAction.EDIT).isPresent();
    }

    private static String allowedFrom(PledgeAction action, Role role) {
        String states = TABLE.stream().filter(t -> t.action() == action && t.role() == role && t.from() != null)
                .map(t -> describe(t.from())).distinct().collect(Collectors.joining(", "));
        return states.isEmpty() ? "" : " (only from: " + states + ")";
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ") + noun;
    }

    private static String describe(PledgeStatus status) {
        return status == null ? "new" : status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String describe(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String describe(PledgeAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String pastParticiple(PledgeAction action) {
        return switch (action) {
            case CREATE -> "created";
            case EDIT -> "edited";
            case DELETE -> "deleted";
            case SUBMIT -> "submitted";
            case START_REVIEW -> "taken into review";
            case RETURN -> "returned";
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case REOPEN -> "reopened";
            case RENEW -> "renewed";
            case WITHDRAW -> "withdrawn";
            case LAPSE -> "lapsed";
            case ASSESS -> "assessed";
            case DEPLOY -> "deployed";
            case REPATRIATE -> "repatriated";
        };
    }
}
