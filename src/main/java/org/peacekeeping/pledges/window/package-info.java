/**
 * Pledging windows' reminders (SPEC §12): 7 days and 1 day before an event's window closes, the focal points of each
 * state with drafts (or returned pledges) for it are reminded once, once per cluster. The window's rule itself is
 * the reference data's ({@code reference.PledgingWindow}), enforced by the pledge use cases; its extension is an
 * administrator's reference-data use case.
 */
package org.peacekeeping.pledges.window;
