package org.peacekeeping.pledges.archfixture.left;

import org.peacekeeping.pledges.archfixture.right.Right;

/** A deliberate package cycle (left to right and back) that PackageRulesTest must report. */
public class Left {
    Right right;
}
