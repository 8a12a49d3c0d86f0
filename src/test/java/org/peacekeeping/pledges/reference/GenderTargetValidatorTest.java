package org.peacekeeping.pledges.reference;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/** What an administrator enters for a gender target: a percentage with two decimals, once per kind and year. */
class GenderTargetValidatorTest {

    private static final GenderTarget CONTINGENTS_2028 = new GenderTarget(PersonnelKind.CONTINGENT, 2028,
            new BigDecimal("15.00"));
    private static final GenderTargetValidator VALIDATOR = new GenderTargetValidator(List.of(CONTINGENTS_2028));

    private static void refusedWith(GenderTargetInput input, GenderTarget existing, String field, String key) {
        assertEquals(List.of(new FieldError(field, key)),
                assertThrows(InvalidInputException.class, () -> VALIDATOR.validate(input, existing)).errors());
    }

    @Test
    void aTargetForAnotherYearIsAcceptedAtTwoDecimals() {
        GenderTargetInput valid = VALIDATOR.validate(new GenderTargetInput(PersonnelKind.CONTINGENT, 2030,
                new BigDecimal("17.5"), null), null);
        assertAll(
                () -> assertEquals(2030, valid.year()),
                () -> assertEquals(new BigDecimal("17.50"), valid.percent()));
    }

    @Test
    void aKindHasOneTargetAYear() {
        refusedWith(new GenderTargetInput(PersonnelKind.CONTINGENT, 2028, BigDecimal.TEN, null), null, "year",
                "error.genderTarget.year.taken");
        VALIDATOR.validate(new GenderTargetInput(PersonnelKind.INDIVIDUAL_POLICE, 2028, BigDecimal.TEN, null), null);
    }

    @Test
    void capacityBuildingHasNoTarget() {
        refusedWith(new GenderTargetInput(PersonnelKind.NOT_DEPLOYED, 2030, BigDecimal.TEN, null), null,
                "personnelKind", "error.genderTarget.personnelKind.notDeployed");
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101})
    void theYearIsAPlausibleOne(int year) {
        refusedWith(new GenderTargetInput(PersonnelKind.CONTINGENT, year, BigDecimal.TEN, null), null, "year",
                "error.genderTarget.year.range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "250"})
    void aPercentageIsBetweenZeroAndAHundred(String percent) {
        refusedWith(new GenderTargetInput(null, null, new BigDecimal(percent), 0L), CONTINGENTS_2028, "percent",
                "error.genderTarget.percent.range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "100.00", "33.33", "12.50000"})
    void zeroAHundredAndTwoDecimalsAreAccepted(String percent) {
        VALIDATOR.validate(new GenderTargetInput(null, null, new BigDecimal(percent), 0L), CONTINGENTS_2028);
    }

    @Test
    void aPercentageHasAtMostTwoDecimals() {
        refusedWith(new GenderTargetInput(null, null, new BigDecimal("33.333"), 0L), CONTINGENTS_2028, "percent",
                "error.genderTarget.percent.decimals");
    }

    @Test
    void changingATargetKeepsItsKindAndYear() {
        GenderTargetInput valid = VALIDATOR.validate(new GenderTargetInput(PersonnelKind.INDIVIDUAL_POLICE, 2040,
                new BigDecimal("16"), 0L), CONTINGENTS_2028);
        assertAll(
                () -> assertEquals(PersonnelKind.CONTINGENT, valid.personnelKind()),
                () -> assertEquals(2028, valid.year()),
                () -> assertEquals(new BigDecimal("16.00"), valid.percent()));
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        List<FieldError> errors = assertThrows(InvalidInputException.class,
                () -> VALIDATOR.validate(new GenderTargetInput(null, null, null, null), null)).errors();
        assertEquals(List.of(new FieldError("personnelKind", "error.required"),
                new FieldError("year", "error.required"), new FieldError("percent", "error.required")), errors);
    }

    @Test
    void theEntityKeepsTwoDecimalsToo() {
        assertThrows(IllegalArgumentException.class, () -> CONTINGENTS_2028.changePercent(new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class,
                () -> new GenderTarget(PersonnelKind.CONTINGENT, 1990, BigDecimal.ONE));
    }
}
