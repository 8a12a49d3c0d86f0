package org.peacekeeping.pledges.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peacekeeping.pledges.reference.Category;

/**
 * The reference data a form offers in its drop-down lists and an upload is read against, as plain values: capability
 * types (by code or English or French name), events (by code or name) and missions.
 */
record FormLists(List<Type> types, List<Event> events, List<String> missions) {

    record Type(String code, String name, String nameFr, Category category, int typicalPersonnel, boolean active) {
    }

    record Event(String code, String name) {
    }

    FormLists {
        types = List.copyOf(types);
        events = List.copyOf(events);
        missions = List.copyOf(missions);
    }

    Optional<Type> type(String text) {
        String key = key(text);
        return types.stream().filter(type -> key(type.code()).equals(key) || key(type.name()).equals(key)
                || key(type.nameFr()).equals(key)).findFirst();
    }

    Optional<Event> event(String text) {
        String key = key(text);
        return events.stream().filter(event -> key(event.code()).equals(key) || key(event.name()).equals(key))
                .findFirst();
    }

    /** Active types first by the taxonomy's order: what the capability type list offers. */
    List<Type> offeredTypes() {
        return types.stream().filter(Type::active).toList();
    }

    /** Case, spaces, hyphens and underscores do not matter when a name or code is matched. */
    static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }

    static Map<String, Type> byCode(List<Type> types) {
        Map<String, Type> map = new HashMap<>();
        types.forEach(type -> map.put(type.code(), type));
        return map;
    }
}
