/**
 * Shared plumbing: the datasource and its configuration, the start (configuration checks, waiting for the database,
 * migrations, refusing a start that cannot succeed), the running mode, JSON and REST settings, problem documents,
 * and operations: health checks, request ids and request metrics; who acts ({@link Actor} and its {@link Role}),
 * which every feature's authorization reads. Nothing feature-specific belongs here: this package depends on no
 * feature (PackageRulesTest).
 */
package org.peacekeeping.pledges.platform;
