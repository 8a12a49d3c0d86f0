/**
 * Capability requirements: what the Secretariat needs, by capability type, priority and period, and the gap
 * between them and the approved pledges.
 */
package org.peacekeeping.pledges.requirement;
