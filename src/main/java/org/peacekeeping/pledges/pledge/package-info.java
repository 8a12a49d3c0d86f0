/**
 * Pledges and their lifecycle: the entity with its verbs, its detail lines and history, the transition table of
 * SPEC §3 as plain Java, and the services and endpoints that create, edit and move pledges.
 */
package org.peacekeeping.pledges.pledge;
