/**
 * Shared plumbing: the datasource and its configuration, migrations at start-up, the running mode,
 * JSON and REST settings, health checks. Nothing feature-specific belongs here.
 */
package org.peacekeeping.pledges.platform;
