package org.peacekeeping.pledges.pledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A personnel count and the women among them. */
class PersonnelTest {

    @Test
    void womenMayBeAllOfThePersonnel() {
        assertEquals(12, new Personnel(12, 12).women());
    }

    @Test
    void aCountWithNobodyIsValid() {
        assertEquals(0, new Personnel(0, 0).total());
    }

    @Test
    void moreWomenThanPersonnelIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Personnel(10, 11));
        assertEquals("There cannot be more women (11) than personnel (10)", refused.getMessage());
    }

    @Test
    void negativePersonnelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Personnel(-1, 0));
    }

    @Test
    void aNegativeNumberOfWomenIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Personnel(10, -1));
    }

    @Test
    void theWomensShareIsAFractionOfPersonnel() {
        assertEquals(0.15, new Personnel(140, 21).womenShare(), 1e-9);
    }

    @Test
    void theWomensShareOfNobodyIsZero() {
        assertEquals(0.0, new Personnel(0, 0).womenShare());
    }
}
