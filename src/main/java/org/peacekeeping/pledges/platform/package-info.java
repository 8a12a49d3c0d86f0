/**
 * Shared plumbing: the datasource and its configuration, the start (configuration checks, waiting for the database,
 * migrations, refusing a start that cannot succeed), the running mode, JSON and REST settings, problem documents,
 * and operations: health checks, request ids and request metrics. Nothing feature-specific belongs here.
 */
package org.peacekeeping.pledges.platform;
