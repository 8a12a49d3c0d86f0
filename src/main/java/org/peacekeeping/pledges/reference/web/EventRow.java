package org.peacekeeping.pledges.reference.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.reference.EventType;
import org.peacekeeping.pledges.reference.PledgingEvent;

/** One pledging event as the administrator's table shows it, hosts by name in both languages. */
public final class EventRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final EventType type;
    private final String nameEn;
    private final String nameFr;
    private final String city;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final String themeEn;
    private final String themeFr;
    private final String ministerial;
    private final String host;
    private final List<String> coHosts;
    private final String hostsEn;
    private final String hostsFr;
    private final LocalDate pledgingOpens;
    private final LocalDate pledgingCloses;
    private final long version;

    EventRow(PledgingEvent event, StateNames states) {
        this.code = event.code();
        this.type = event.type();
        this.nameEn = event.nameEn();
        this.nameFr = event.nameFr();
        this.city = event.city();
        this.startDate = event.startDate();
        this.endDate = event.endDate();
        this.themeEn = event.themeEn();
        this.themeFr = event.themeFr();
        this.ministerial = event.ministerial();
        this.host = event.hostCode();
        this.coHosts = List.copyOf(event.coHostCodes());
        List<String> all = event.hostCodes();
        this.hostsEn = all.stream().map(c -> states.name(c, false)).collect(Collectors.joining(", "));
        this.hostsFr = all.stream().map(c -> states.name(c, true)).collect(Collectors.joining(", "));
        this.pledgingOpens = event.pledgingOpens();
        this.pledgingCloses = event.pledgingCloses();
        this.version = event.version();
    }

    public String getCode() {
        return code;
    }

    public EventType getType() {
        return type;
    }

    /** Whether the event is a ministerial (rather than a preparatory meeting). */
    public boolean isMinisterialMeeting() {
        return type == EventType.MINISTERIAL;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public String getCity() {
        return city;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getThemeEn() {
        return themeEn;
    }

    public String getThemeFr() {
        return themeFr;
    }

    /** The code of the ministerial a preparatory meeting leads to; null for a ministerial. */
    public String getMinisterial() {
        return ministerial;
    }

    public String getHost() {
        return host;
    }

    public List<String> getCoHosts() {
        return coHosts;
    }

    public String getHostsEn() {
        return hostsEn;
    }

    public String getHostsFr() {
        return hostsFr;
    }

    public LocalDate getPledgingOpens() {
        return pledgingOpens;
    }

    public LocalDate getPledgingCloses() {
        return pledgingCloses;
    }

    public long getVersion() {
        return version;
    }
}
