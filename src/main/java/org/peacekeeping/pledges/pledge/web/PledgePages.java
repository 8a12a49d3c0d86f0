package org.peacekeeping.pledges.pledge.web;

import java.util.Comparator;
import java.util.List;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.RuleConflictException;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.pledge.HistoryView;
import org.peacekeeping.pledges.pledge.LifecycleViolation;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeLifecycle;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.web.Texts;

/** What the pages showing one pledge share: the focal point's form and the reviewer's pledge page. */
public final class PledgePages {

    private PledgePages() {
    }

    /** Whether the lifecycle offers this action ({@link PledgeAction}'s name) to the role, from the pledge's state. */
    public static boolean can(PledgeView pledge, Role role, String action) {
        return pledge != null && PledgeLifecycle.available(pledge.status(), role).contains(PledgeAction.valueOf(action));
    }

    /** The history as the timeline shows it: the newest entry first. */
    public static List<HistoryView> newestFirst(List<HistoryView> history) {
        return history.stream().sorted(Comparator.comparing(HistoryView::occurredAt).reversed()).toList();
    }

    /**
     * Whether an action was refused because someone else acted first: a stale version, or a state that no longer
     * allows it (another reviewer decided meanwhile). Other refusals (the role, a missing comment) are the user's own.
     */
    public static boolean concurrent(RuntimeException refusal) {
        return refusal instanceof ConflictException && !(refusal instanceof RuleConflictException)
                || (refusal instanceof LifecycleViolation v
                && v.reason() == LifecycleViolation.Reason.STATE_FORBIDS);
    }

    /**
     * Shows, as the page's message, why an action was refused, once the page shows the pledge as it is now
     * ({@code now}): that someone else changed it first, naming its current status, or the refusal's own reason.
     */
    public static void explainRefusal(RuntimeException refusal, PledgeView now) {
        Texts.error(null, concurrent(refusal) ? Texts.get("pledge.concurrent", now.reference(),
                Texts.get("status." + now.status().name())) : refusal.getMessage());
    }
}
