/**
 * Saved lists (SPEC §12): a user's named filters of one of the pledge lists, found again in the navigation, and
 * followed ones whose new matches arrive as one daily digest (inbox and mail) with a signed unfollow link.
 */
package org.peacekeeping.pledges.savedlist;
