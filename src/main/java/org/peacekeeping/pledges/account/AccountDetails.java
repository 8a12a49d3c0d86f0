package org.peacekeeping.pledges.account;

import org.peacekeeping.pledges.platform.Role;

/**
 * What an administrator enters about an account besides its username and password: who it is, how to reach them,
 * and what they may do. {@code memberState} (alpha-3) is for focal points only.
 */
public record AccountDetails(String displayName, String email, Role role, String memberState) {
}
