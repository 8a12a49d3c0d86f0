package org.peacekeeping.pledges.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A ministerial or a preparatory meeting at which pledges are announced. A preparatory meeting names the
 * ministerial it prepares; pledges may be made between the pledging window's dates.
 */
@Entity
@Table(name = "pledging_event")
@NamedQuery(name = PledgingEvent.ALL, query = "SELECT DISTINCT e FROM PledgingEvent e LEFT JOIN FETCH e.hosts ORDER BY e.startDate")
public class PledgingEvent {

    public static final String ALL = "PledgingEvent.all";

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private EventType type;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "city", nullable = false)
    private String city;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "theme_en")
    private String themeEn;

    @Column(name = "theme_fr")
    private String themeFr;

    @Column(name = "ministerial")
    private String ministerial;

    @Column(name = "pledging_opens")
    private LocalDate pledgingOpens;

    @Column(name = "pledging_closes")
    private LocalDate pledgingCloses;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "event_host", joinColumns = @JoinColumn(name = "event_code"))
    @OrderBy("position")
    private List<EventHost> hosts = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PledgingEvent() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public EventType type() {
        return type;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameFr() {
        return nameFr;
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public String city() {
        return city;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String themeEn() {
        return themeEn;
    }

    public String themeFr() {
        return themeFr;
    }

    /** The code of the ministerial a preparatory meeting leads to; {@code null} for a ministerial. */
    public String ministerial() {
        return ministerial;
    }

    public LocalDate pledgingOpens() {
        return pledgingOpens;
    }

    public LocalDate pledgingCloses() {
        return pledgingCloses;
    }

    /** Alpha-3 codes of the host and co-host states, host first. */
    public List<String> hostCodes() {
        return hosts.stream().sorted(Comparator.comparingInt(EventHost::position)).map(EventHost::memberState).toList();
    }

    public List<EventHost> hosts() {
        return List.copyOf(hosts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PledgingEvent event && Objects.equals(code, event.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
