/**
 * Demo mode: the demonstration accounts and a clearly labelled synthetic pledge set, seeded at the first start
 * on an empty database. Nothing here runs in production mode.
 */
package org.peacekeeping.pledges.demo;
