package org.peacekeeping.pledges.archfixture.right;

import org.peacekeeping.pledges.archfixture.left.Left;

/** The other half of the deliberate cycle of {@code archfixture}. */
public class Right {
    Left left;
}
