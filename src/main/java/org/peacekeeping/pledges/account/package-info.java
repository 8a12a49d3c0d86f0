/**
 * Accounts, roles and passwords: who may sign in, as what, and for which member state. Password hashing is plain
 * Java (PBKDF2) so that it is tested without a container.
 */
package org.peacekeeping.pledges.account;
