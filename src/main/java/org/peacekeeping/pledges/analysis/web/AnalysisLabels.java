package org.peacekeeping.pledges.analysis.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.analysis.Dashboard;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.MemberState;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.ReferenceDataService;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.web.LanguageBean;

/**
 * The analysis pages' words in the user's language: enumeration values from the {@code analysis} bundle, and the
 * names of member states, capability types and events from reference data (read once per request, so that an
 * administrator's change shows at once).
 */
@Named("anaLabels")
@RequestScoped
public class AnalysisLabels {

    public static final String BUNDLE = "org.peacekeeping.pledges.web.analysis";

    /** A choice in a menu: the value sent, the text shown. */
    public record Option(String value, String label) {
    }

    @Inject
    private ReferenceDataService reference;

    private Map<String, MemberState> memberStates;
    private Map<String, CapabilityType> capabilityTypes;
    private Map<String, PledgingEvent> events;

    @Inject
    private LanguageBean language;

    /**
     * A text of the {@code analysis} bundle in the user's language. The language comes from the session's choice,
     * not from the view root, because a view action (an unknown event in the address) runs before the view root
     * has its locale.
     */
    public String text(String key, Object... arguments) {
        Locale locale = locale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The texts as a function of their keys, for code that must not depend on Faces (the charts). */
    public Function<String, String> texts() {
        return this::text;
    }

    public Locale locale() {
        return language.getLocale();
    }

    /**
     * The locale dates are written in: French, or British English for English ("13 May 2025", as the UN writes
     * dates, rather than the American "May 13, 2025").
     */
    public Locale dateLocale() {
        return "fr".equals(locale().getLanguage()) ? Locale.FRENCH : Locale.UK;
    }

    /** A fraction as a percentage to one decimal in the user's language ("15.3%", "15,3 %"); a dash for none. */
    public String percent(Double share) {
        if (share == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    public String category(Category category) {
        return category == null ? "" : text("category." + category.name());
    }

    public String status(PledgeStatus status) {
        return status == null ? "" : text("status." + status.name());
    }

    public String readiness(ReadinessLevel level) {
        return level == null ? "" : text("readiness." + level.name());
    }

    /** A regional group; {@code null} is "no group". */
    public String group(RegionalGroup group) {
        return text("group." + (group == null ? "NONE" : group.name()));
    }

    public String kind(PersonnelKind kind) {
        return kind == null ? "" : text("kind." + kind.name());
    }

    public String memberState(String iso3) {
        MemberState state = iso3 == null ? null : stateIndex().get(iso3);
        return state == null ? (iso3 == null ? "" : iso3) : state.name(locale());
    }

    public String capabilityType(String code) {
        CapabilityType type = code == null ? null : typeIndex().get(code);
        return type == null ? (code == null ? "" : code) : type.name(locale());
    }

    /** An event's name; empty for a standing pledge's missing event. */
    public String eventName(String code) {
        PledgingEvent event = code == null ? null : eventIndex().get(code);
        return event == null ? (code == null ? "" : code) : event.name(locale());
    }

    /** An event in a few words for a table cell: its city and year ("Islamabad 2025"). */
    public String eventShort(String code) {
        PledgingEvent event = code == null ? null : eventIndex().get(code);
        return event == null ? (code == null ? "" : code) : event.city() + " " + event.startDate().getYear();
    }

    /** Every event, in date order, as "name — city, date". */
    public List<Option> events() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dateLocale());
        return eventIndex().values().stream()
                .map(e -> new Option(e.code(), e.name(locale()) + " — " + e.city() + ", " + date.format(e.startDate())))
                .toList();
    }

    /** The preparatory meetings that lead to a ministerial (none for any other code). */
    public List<String> preparatoryMeetings(String ministerial) {
        return ministerial == null ? List.of() : eventIndex().values().stream()
                .filter(e -> e.countsTowards(ministerial) && !e.code().equals(ministerial)).map(PledgingEvent::code)
                .toList();
    }

    /** Member and observer states by name in the user's language. */
    public List<Option> memberStates() {
        Collator collator = Collator.getInstance(locale());
        return stateIndex().values().stream()
                .map(m -> new Option(m.iso3(), m.name(locale())))
                .sorted(Comparator.comparing(Option::label, collator))
                .toList();
    }

    public List<Option> categories() {
        return Arrays.stream(Category.values()).map(c -> new Option(c.name(), category(c))).toList();
    }

    /**
     * The readiness levels a list can ask for at least, lowest first: level 1 and up (NONE, which every pledge is
     * at least at, would filter nothing).
     */
    public List<Option> readinessLevels() {
        return Arrays.stream(ReadinessLevel.values()).filter(level -> level != ReadinessLevel.NONE)
                .map(level -> new Option(level.name(), text("list.readinessAtLeast." + level.name()))).toList();
    }

    /** The regional groups a list can ask for, then "no group" ({@code NONE}), as the figures' rows. */
    public List<Option> regionalGroups() {
        return java.util.stream.Stream.concat(Arrays.stream(RegionalGroup.values()).map(g -> new Option(g.name(),
                group(g))), java.util.stream.Stream.of(new Option("NONE", group(null)))).toList();
    }

    /** The statuses analysts can see: every one after DRAFT. */
    public List<Option> statuses() {
        return Dashboard.AFTER_DRAFT.stream().sorted().map(s -> new Option(s.name(), status(s))).toList();
    }

    private Map<String, MemberState> stateIndex() {
        if (memberStates == null) {
            memberStates = index(reference.memberStates(true), MemberState::iso3);
        }
        return memberStates;
    }

    private Map<String, CapabilityType> typeIndex() {
        if (capabilityTypes == null) {
            capabilityTypes = index(reference.capabilityTypes(), CapabilityType::code);
        }
        return capabilityTypes;
    }

    private Map<String, PledgingEvent> eventIndex() {
        if (events == null) {
            events = index(reference.events(), PledgingEvent::code);
        }
        return events;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, item -> item, (a, b) -> a, LinkedHashMap::new));
    }
}
