package org.peacekeeping.pledges.reference.rest;

import java.time.LocalDate;
import org.peacekeeping.pledges.reference.Mission;

/** A peacekeeping operation as the API shows it. */
public record MissionJson(String code, String name, String nameFr, String location, boolean active,
                          LocalDate startedOn, LocalDate closedOn) {

    static MissionJson of(Mission mission) {
        return new MissionJson(mission.code(), mission.nameEn(), mission.nameFr(), mission.location(),
                mission.active(), mission.startedOn(), mission.closedOn());
    }
}
