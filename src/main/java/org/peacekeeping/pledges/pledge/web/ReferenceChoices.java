package org.peacekeeping.pledges.pledge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.pledge.Partner;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.MemberState;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.PledgingWindow;
import org.peacekeeping.pledges.reference.ReferenceDataService;
import org.peacekeeping.pledges.web.Texts;

/**
 * Choices for the pledge pages' lists, labelled in the user's language. Request-scoped: the capability types,
 * events and missions are read once per request and kept for it (a page asks for them many times, once per table
 * row for the names), and every list is built once.
 */
@Named("choices")
@RequestScoped
public class ReferenceChoices {

    @Inject
    private ReferenceDataService reference;

    private List<CapabilityType> types;
    private Map<String, CapabilityType> typesByCode;
    private List<PledgingEvent> events;
    private Map<String, PledgingEvent> eventsByCode;
    private List<SelectItem> capabilityTypes;
    private List<SelectItem> eventItems;
    private List<SelectItem> missionItems;
    private List<SelectItem> categoryItems;
    private Map<String, MemberState> statesByCode;

    private List<CapabilityType> types() {
        if (types == null) {
            types = reference.capabilityTypes();
            typesByCode = new HashMap<>();
            types.forEach(type -> typesByCode.put(type.code(), type));
        }
        return types;
    }

    private List<PledgingEvent> events() {
        if (events == null) {
            events = reference.events();
            eventsByCode = new HashMap<>();
            events.forEach(event -> eventsByCode.put(event.code(), event));
        }
        return events;
    }

    /** Active capability types grouped by category, in taxonomy order. */
    public List<SelectItem> getCapabilityTypes() {
        if (capabilityTypes == null) {
            Locale locale = Texts.locale();
            Map<Category, List<SelectItem>> groups = new LinkedHashMap<>();
            for (CapabilityType type : types()) {
                if (type.active()) {
                    groups.computeIfAbsent(type.category(), c -> new ArrayList<>())
                            .add(new SelectItem(type.code(), type.name(locale)));
                }
            }
            capabilityTypes = new ArrayList<>();
            groups.forEach((category, items) -> capabilityTypes.add(new SelectItemGroup(
                    Texts.get("category." + category.name()), null, false, items.toArray(SelectItem[]::new))));
        }
        return capabilityTypes;
    }

    public List<SelectItem> getEvents() {
        if (eventItems == null) {
            Locale locale = Texts.locale();
            List<PledgingEvent> newestFirst = new ArrayList<>(events());
            newestFirst.sort((a, b) -> b.startDate().compareTo(a.startDate()));
            eventItems = new ArrayList<>();
            for (PledgingEvent event : newestFirst) {
                eventItems.add(new SelectItem(event.code(), event.name(locale) + " (" + event.city() + ", "
                        + event.startDate().getYear() + ")" + windowSuffix(event)));
            }
        }
        return eventItems;
    }

    /** ", closes 15 December 2026" or ", closed 14 May 2025" after an event's name in the choice; nothing without dates. */
    private static String windowSuffix(PledgingEvent event) {
        String note = windowNote(event);
        return note.isEmpty() ? "" : " \u2014 " + note;
    }

    /**
     * Where the event's pledging window stands today, in the user's language ("closes 15 December 2026", "closed on
     * 14 May 2025", "opens on 1 March 2027"), so that focal points see it before a submission is refused; empty for a
     * standing pledge or a window without dates.
     */
    public String windowNote(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        events();
        PledgingEvent event = eventsByCode.get(code);
        return event == null ? "" : windowNote(event);
    }

    private static String windowNote(PledgingEvent event) {
        LocalDate today = PledgingWindow.today(Instant.now());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Texts.locale());
        return switch (event.window().on(today)) {
            case CLOSED -> Texts.get("pledge.window.note.closed", date.format(event.pledgingCloses()));
            case NOT_YET_OPEN -> Texts.get("pledge.window.note.opens", date.format(event.pledgingOpens()));
            case OPEN -> event.pledgingCloses() == null ? ""
                    : Texts.get("pledge.window.note.closes", date.format(event.pledgingCloses()));
        };
    }

    public List<SelectItem> getMissions() {
        if (missionItems == null) {
            Locale locale = Texts.locale();
            missionItems = new ArrayList<>();
            for (Mission mission : reference.missions()) {
                if (mission.active()) {
                    missionItems.add(new SelectItem(mission.code(), mission.code() + " - " + mission.name(locale)));
                }
            }
        }
        return missionItems;
    }

    public List<SelectItem> getCategories() {
        if (categoryItems == null) {
            categoryItems = new ArrayList<>();
            for (Category category : Category.values()) {
                categoryItems.add(new SelectItem(category, Texts.get("category." + category.name())));
            }
        }
        return categoryItems;
    }

    /** The typical personnel of a capability type (the form pre-fills it). */
    public int typicalPersonnel(String code) {
        types();
        CapabilityType type = typesByCode.get(code);
        return type == null ? 0 : type.typicalPersonnel();
    }

    public String capabilityTypeName(String code) {
        types();
        CapabilityType type = typesByCode.get(code);
        return type == null ? code : type.name(Texts.locale());
    }

    private Map<String, MemberState> states() {
        if (statesByCode == null) {
            statesByCode = new LinkedHashMap<>();
            reference.memberStates(true).forEach(state -> statesByCode.put(state.iso3(), state));
        }
        return statesByCode;
    }

    /** Member states that may be partners of a joint pledge, by name in the user's language, with their codes. */
    public List<SelectItem> partnerStates(String leadState) {
        Locale locale = Texts.locale();
        return states().values().stream().filter(state -> !state.iso3().equals(leadState))
                .sorted(Comparator.comparing(state -> state.name(locale)))
                .map(state -> new SelectItem(state.iso3(), state.name(locale) + " (" + state.iso3() + ")")).toList();
    }

    /** A state's name in the user's language, or its code when unknown. */
    public String stateName(String code) {
        MemberState state = code == null ? null : states().get(code);
        return state == null ? code : state.name(Texts.locale());
    }

    /** A joint pledge's partners as a person reads them: "Germany (provides the crews), Ghana"; empty for none. */
    public String partnerNames(List<Partner> partners) {
        return partners == null ? "" : partners.stream()
                .map(p -> stateName(p.memberState()) + (p.role() == null ? "" : " (" + p.role() + ")"))
                .collect(Collectors.joining(", "));
    }

    public String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public String eventName(String code) {
        if (code == null) {
            return Texts.get("pledge.standing");
        }
        events();
        PledgingEvent event = eventsByCode.get(code);
        return event == null ? code : event.name(Texts.locale()) + " (" + event.city() + ")";
    }
}
