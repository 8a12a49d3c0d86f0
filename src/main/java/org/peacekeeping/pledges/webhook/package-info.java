/**
 * Webhooks (SPEC §11): administrators register URLs that hear of pledge events; each event is written to an outbox
 * in the transaction that made the change ({@link org.peacekeeping.pledges.webhook.WebhookOutbox}) and POSTed, signed,
 * by a worker on every instance that claims each row before sending it
 * ({@link org.peacekeeping.pledges.webhook.WebhookDispatcher}). Depends on {@code pledge}; nothing depends on it.
 */
package org.peacekeeping.pledges.webhook;
