package org.peacekeeping.pledges.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The pledge events a webhook can hear of, with their names on the wire ({@code pledge.submitted}). */
public enum WebhookEvent {
    SUBMITTED("pledge.submitted"),
    RETURNED("pledge.returned"),
    APPROVED("pledge.approved"),
    REJECTED("pledge.rejected"),
    LAPSED("pledge.lapsed"),
    DEPLOYED("pledge.deployed");

    private final String code;

    WebhookEvent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WebhookEvent> ofCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    /**
     * The event a lifecycle action sends, if any. Matched by the action's name, so that an action another feature
     * adds (DEPLOY) needs no change here to be heard.
     */
    public static Optional<WebhookEvent> ofAction(String actionName) {
        return ofAction(actionName, null);
    }

    /**
     * The same, knowing the status the action led to: renewing a lapsed pledge submits it again (SPEC §3), which
     * receivers hear of as {@code pledge.submitted}; renewing an approved one changes no status and sends nothing.
     */
    public static Optional<WebhookEvent> ofAction(String actionName, String statusAfter) {
        if (actionName.equals("RENEW")) {
            return "SUBMITTED".equals(statusAfter) ? Optional.of(SUBMITTED) : Optional.empty();
        }
        return Optional.ofNullable(switch (actionName) {
            case "SUBMIT" -> SUBMITTED;
            case "RETURN" -> RETURNED;
            case "APPROVE" -> APPROVED;
            case "REJECT" -> REJECTED;
            case "LAPSE" -> LAPSED;
            case "DEPLOY" -> DEPLOYED;
            default -> null;
        });
    }
}
