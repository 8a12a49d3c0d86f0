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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A ministerial or a preparatory meeting at which pledges are announced. A preparatory meeting names the
 * ministerial it prepares; pledges may be made between the pledging window's dates. It changes through its verbs
 * ({@link #classify}, {@link #describe}, {@link #schedule}, {@link #changeHosts}), each of which keeps the event
 * whole: names and city given, the end not before the start, the window not closing before it opens, one host
 * named first and no state twice. The code never changes once given.
 */
@Entity
@Table(name = "pledging_event")
@NamedQuery(name = PledgingEvent.ALL, query = "SELECT DISTINCT e FROM PledgingEvent e LEFT JOIN FETCH e.hosts ORDER BY e.startDate")
public class PledgingEvent {

    public static final String ALL = "PledgingEvent.all";

    /**
     * The one statement of which events an event includes, for queries: a JPQL condition that the event code at
     * {@code path} is the event named by the parameter or one of the preparatory meetings that lead to it (a
     * ministerial counts the pledges announced at its preparatory meetings; any other event only its own).
     * {@link #countsTowards} says the same of one event in memory.
     */
    public static String jpqlIncludedIn(String path, String parameter) {
        return path + " IN (SELECT x.code FROM PledgingEvent x WHERE x.code = :" + parameter
                + " OR x.ministerial = :" + parameter + ")";
    }

    /** {@link #jpqlIncludedIn} in SQL, for native queries; {@code placeholder} is the bound event code. */
    public static String sqlIncludedIn(String column, String placeholder) {
        return column + " IN (SELECT x.code FROM pledging_event x WHERE x.code = " + placeholder
                + " OR x.ministerial = " + placeholder + ")";
    }
    /** Upper-case words, digits and hyphens with a year, like {@code BERLIN-2025} or {@code NEW-YORK-2027-PREP}. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-(19|20)[0-9]{2}(-[A-Z0-9]+)*");
    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;
    public static final int CITY_MAX = 100;
    public static final int THEME_MAX = 1000;

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

    /**
     * A new event with what every event has: its code (for good), its type (and for a preparatory meeting the
     * ministerial it leads to), names, city and dates. Themes, the pledging window and hosts follow through the verbs.
     */
    public PledgingEvent(String code, EventType type, PledgingEvent ministerial, String nameEn, String nameFr,
                         String city, LocalDate startDate, LocalDate endDate) {
        if (code == null || code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("An event code is like BERLIN-2025, at most " + CODE_MAX
                    + " characters: " + code);
        }
        this.code = code;
        classify(type, ministerial);
        describe(nameEn, nameFr, city, null, null);
        schedule(startDate, endDate, null, null);
    }

    /** A ministerial, or a preparatory meeting of the given ministerial (which must be one, and not this event). */
    public final void classify(EventType type, PledgingEvent ministerial) {
        if (type == null) {
            throw new IllegalArgumentException("An event is a ministerial or a preparatory meeting");
        }
        if (type == EventType.MINISTERIAL && ministerial != null) {
            throw new IllegalArgumentException("A ministerial prepares no other ministerial");
        }
        if (type == EventType.PREPARATORY && (ministerial == null || ministerial.type() != EventType.MINISTERIAL
                || ministerial.code().equals(code))) {
            throw new IllegalArgumentException("A preparatory meeting leads to a ministerial");
        }
        this.type = type;
        this.ministerial = ministerial == null ? null : ministerial.code();
    }

    /** Names in English and French and the city are required; the themes are optional. */
    public final void describe(String nameEn, String nameFr, String city, String themeEn, String themeFr) {
        this.nameEn = required(nameEn, NAME_MAX, "English name");
        this.nameFr = required(nameFr, NAME_MAX, "French name");
        this.city = required(city, CITY_MAX, "city");
        this.themeEn = optional(themeEn, THEME_MAX, "English theme");
        this.themeFr = optional(themeFr, THEME_MAX, "French theme");
    }

    /** The meeting's dates (end not before start) and the pledging window, either end of which may be open. */
    public final void schedule(LocalDate startDate, LocalDate endDate, LocalDate pledgingOpens,
                               LocalDate pledgingCloses) {
        if (startDate == null || endDate == null) {
            throw new IllegalArgumentException("An event has a start and an end date");
        }
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("An event cannot end before it starts");
        }
        if (pledgingOpens != null && pledgingCloses != null && pledgingCloses.isBefore(pledgingOpens)) {
            throw new IllegalArgumentException("The pledging window cannot close before it opens");
        }
        this.startDate = startDate;
        this.endDate = endDate;
        this.pledgingOpens = pledgingOpens;
        this.pledgingCloses = pledgingCloses;
    }

    /**
     * The host and co-host states in the order given: exactly one {@link HostRole#HOST}, named first, and no state
     * twice. Positions are renumbered from 1 in that order. An unchanged list leaves the stored rows alone.
     */
    public void changeHosts(List<EventHost> newHosts) {
        Objects.requireNonNull(newHosts, "hosts");
        if (newHosts.isEmpty() || newHosts.get(0).role() != HostRole.HOST
                || newHosts.stream().filter(h -> h.role() == HostRole.HOST).count() != 1) {
            throw new IllegalArgumentException("An event has one host, named first, and any number of co-hosts");
        }
        Set<String> states = new HashSet<>();
        List<EventHost> numbered = new ArrayList<>();
        for (EventHost host : newHosts) {
            if (host.memberState() == null || host.role() == null || !states.add(host.memberState())) {
                throw new IllegalArgumentException("A state hosts an event once: " + host.memberState());
            }
            numbered.add(new EventHost(host.memberState(), host.role(), numbered.size() + 1));
        }
        if (sameAs(numbered)) {
            return;
        }
        hosts.clear();
        hosts.addAll(numbered);
    }

    private boolean sameAs(List<EventHost> numbered) {
        List<EventHost> current = hosts.stream().sorted(Comparator.comparingInt(EventHost::position)).toList();
        if (current.size() != numbered.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            EventHost a = current.get(i);
            EventHost b = numbered.get(i);
            if (!a.memberState().equals(b.memberState()) || a.role() != b.role() || a.position() != b.position()) {
                return false;
            }
        }
        return true;
    }

    private static String required(String text, int max, String what) {
        String value = optional(text, max, what);
        if (value == null) {
            throw new IllegalArgumentException("An event needs its " + what);
        }
        return value;
    }

    private static String optional(String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new IllegalArgumentException("The " + what + " has at most " + max + " characters");
        }
        return value;
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
    /** Whether this event's pledges count towards the event {@code code}: it is that event or prepares it. */
    public boolean countsTowards(String code) {
        return this.code.equals(code) || (ministerial != null && ministerial.equals(code));
    }

    public String ministerial() {
        return ministerial;
    }

    public LocalDate pledgingOpens() {
        return pledgingOpens;
    }

    public LocalDate pledgingCloses() {
        return pledgingCloses;
    }

    /** The pledging window's rule ({@link PledgingWindow}) for these dates. */
    public PledgingWindow window() {
        return new PledgingWindow(pledgingOpens, pledgingCloses);
    }

    /**
     * Moves the closing date later (an administrator's extension, recorded by the caller); the rest stays.
     *
     * @throws IllegalArgumentException when the date is not later than the current closing date
     */
    public void extendWindow(LocalDate newCloses) {
        if (window().extensionProblem(newCloses) != null) {
            throw new IllegalArgumentException("A window is extended to a date later than " + pledgingCloses
                    + ": " + newCloses);
        }
        this.pledgingCloses = newCloses;
    }

    /** Alpha-3 codes of the host and co-host states, host first. */
    public List<String> hostCodes() {
        return hosts.stream().sorted(Comparator.comparingInt(EventHost::position)).map(EventHost::memberState).toList();
    }

    public List<EventHost> hosts() {
        return List.copyOf(hosts);
    }

    /** The state named first, the host; {@code null} for an event without hosts. */
    public String hostCode() {
        return hosts.stream().filter(h -> h.role() == HostRole.HOST).map(EventHost::memberState).findFirst()
                .orElse(null);
    }

    /** Alpha-3 codes of the co-hosts, in order. */
    public List<String> coHostCodes() {
        return hosts.stream().filter(h -> h.role() == HostRole.CO_HOST)
                .sorted(Comparator.comparingInt(EventHost::position)).map(EventHost::memberState).toList();
    }

    public long version() {
        return version;
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
