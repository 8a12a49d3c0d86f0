/**
 * Reference data: member states, pledging events, capability types and their categories, missions and gender
 * targets; read by every other feature, maintained by administrators.
 */
package org.peacekeeping.pledges.reference;
