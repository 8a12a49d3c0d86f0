package org.peacekeeping.pledges.intake;

import java.util.List;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.PledgeInput;
import org.peacekeeping.pledges.pledge.ReadinessLevel;

/**
 * One pledge row of an uploaded form, read: its row number and key, the pledge it asks for, the readiness level the
 * state says it has reached (a reviewer sets the real one; it is recorded in the history), and what was wrong with its
 * cells. {@code input} holds only the cells that could be read.
 */
record FormRow(int number, String rowKey, PledgeInput input, ReadinessLevel statedReadiness,
               List<FieldError> errors) {

    FormRow {
        errors = List.copyOf(errors);
    }

    /** The same row asking for these detail lines (in their order). */
    FormRow withLines(List<org.peacekeeping.pledges.pledge.LineItem> lines) {
        PledgeInput in = input;
        return new FormRow(number, rowKey, new PledgeInput(in.memberState(), in.event(), in.capabilityType(),
                in.title(), in.description(), in.units(), in.personnel(), in.women(), in.availableFrom(),
                in.daysToDeploy(), in.durationMonths(), in.selfSustainment(), in.caveats(), in.preferredMissions(),
                List.copyOf(lines), in.partners(), in.version(), in.malformed()), statedReadiness, errors);
    }
}
