/**
 * Coordination between several instances of the application that share one database: a scheduled job runs once
 * per cluster and slot ({@link org.peacekeeping.pledges.platform.cluster.JobClaims}), start-up data is written by
 * one instance at a time ({@link org.peacekeeping.pledges.platform.cluster.ClusterLock}). The database is the one
 * source of truth; nothing here depends on the data grid.
 */
package org.peacekeeping.pledges.platform.cluster;
