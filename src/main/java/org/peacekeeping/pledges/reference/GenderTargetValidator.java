package org.peacekeeping.pledges.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.peacekeeping.pledges.platform.InvalidInputException;

/**
 * Checks a gender target an administrator entered; field names are the form's. Plain Java: the targets that exist
 * come in as a list. Answers the input with the percentage at two decimals, or throws an
 * {@link InvalidInputException} whose messages are text keys.
 */
public final class GenderTargetValidator {

    private final List<GenderTarget> targets;

    public GenderTargetValidator(Collection<GenderTarget> targets) {
        this.targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
    }

    /**
     * @param existing the target being changed, or {@code null} when adding one
     */
    public GenderTargetInput validate(GenderTargetInput input, GenderTarget existing) {
        FieldErrors errors = new FieldErrors();
        PersonnelKind kind;
        Integer year;
        if (existing == null) {
            kind = input.personnelKind();
            year = input.year();
            if (kind == null) {
                errors.add("personnelKind", "error.required");
            } else if (kind == PersonnelKind.NOT_DEPLOYED) {
                errors.add("personnelKind", "error.genderTarget.personnelKind.notDeployed");
            }
            if (year == null) {
                errors.add("year", "error.required");
            } else if (year < GenderTarget.MIN_YEAR || year > GenderTarget.MAX_YEAR) {
                errors.add("year", "error.genderTarget.year.range");
            } else if (kind != null && targets.stream()
                    .anyMatch(t -> t.personnelKind() == kind && t.year() == year)) {
                errors.add("year", "error.genderTarget.year.taken");
            }
        } else {
            kind = existing.personnelKind();
            year = existing.year();
        }

        BigDecimal percent = input.percent();
        if (percent == null) {
            errors.add("percent", "error.required");
        } else if (percent.signum() < 0 || percent.compareTo(GenderTarget.HUNDRED) > 0) {
            errors.add("percent", "error.genderTarget.percent.range");
        } else if (percent.stripTrailingZeros().scale() > 2) {
            errors.add("percent", "error.genderTarget.percent.decimals");
        }
        if (existing != null && input.version() == null) {
            errors.add("version", "error.version.required");
        }
        errors.throwIfAny("gender target");
        return new GenderTargetInput(kind, year, percent.setScale(2, RoundingMode.UNNECESSARY), input.version());
    }
}
