package org.peacekeeping.pledges.pledge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.ReferenceDataService;
import org.peacekeeping.pledges.web.Texts;

/** Choices for the pledge pages' lists, labelled in the user's language. */
@Named("choices")
@RequestScoped
public class ReferenceChoices {

    @Inject
    private ReferenceDataService reference;

    private List<SelectItem> capabilityTypes;

    /** Active capability types grouped by category, in taxonomy order. */
    public List<SelectItem> getCapabilityTypes() {
        if (capabilityTypes == null) {
            Locale locale = Texts.locale();
            Map<Category, List<SelectItem>> groups = new LinkedHashMap<>();
            for (CapabilityType type : reference.capabilityTypes()) {
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
        Locale locale = Texts.locale();
        List<SelectItem> items = new ArrayList<>();
        List<PledgingEvent> events = new ArrayList<>(reference.events());
        events.sort((a, b) -> b.startDate().compareTo(a.startDate()));
        for (PledgingEvent event : events) {
            items.add(new SelectItem(event.code(), event.name(locale) + " (" + event.city() + ", "
                    + event.startDate().getYear() + ")"));
        }
        return items;
    }

    public List<SelectItem> getMissions() {
        Locale locale = Texts.locale();
        List<SelectItem> items = new ArrayList<>();
        for (Mission mission : reference.missions()) {
            if (mission.active()) {
                items.add(new SelectItem(mission.code(), mission.code() + " - " + mission.name(locale)));
            }
        }
        return items;
    }

    public List<SelectItem> getCategories() {
        List<SelectItem> items = new ArrayList<>();
        for (Category category : Category.values()) {
            items.add(new SelectItem(category, Texts.get("category." + category.name())));
        }
        return items;
    }

    /** The typical personnel of a capability type (the form pre-fills it). */
    public int typicalPersonnel(String code) {
        return reference.capabilityTypes().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(CapabilityType::typicalPersonnel).orElse(0);
    }

    public String capabilityTypeName(String code) {
        Locale locale = Texts.locale();
        return reference.capabilityTypes().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> t.name(locale)).orElse(code);
    }

    public String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public String eventName(String code) {
        if (code == null) {
            return Texts.get("pledge.standing");
        }
        Locale locale = Texts.locale();
        return reference.events().stream().filter(e -> e.code().equals(code)).findFirst()
                .map(e -> e.name(locale) + " (" + e.city() + ")").orElse(code);
    }
}
