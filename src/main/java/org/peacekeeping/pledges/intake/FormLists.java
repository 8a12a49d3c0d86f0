package org.peacekeeping.pledges.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peacekeeping.pledges.reference.Category;

/**
 * The reference data a form offers in its drop-down lists and an upload is read against, as plain values: capability
 * types (by code or English or French name), events (by code or name) and missions. Every way of naming a type or an
 * event is indexed once, since an upload looks them up once per row.
 */
final class FormLists {

    record Type(String code, String name, String nameFr, Category category, int typicalPersonnel, boolean active) {
    }

    record Event(String code, String name) {
    }

    private final List<Type> types;
    private final List<Event> events;
    private final List<String> missions;
    private final Map<String, Type> typesByKey = new HashMap<>();
    private final Map<String, Event> eventsByKey = new HashMap<>();

    FormLists(List<Type> types, List<Event> events, List<String> missions) {
        this.types = List.copyOf(types);
        this.events = List.copyOf(events);
        this.missions = List.copyOf(missions);
        for (Type type : this.types) {
            typesByKey.putIfAbsent(key(type.code()), type);
            typesByKey.putIfAbsent(key(type.name()), type);
            typesByKey.putIfAbsent(key(type.nameFr()), type);
        }
        for (Event event : this.events) {
            eventsByKey.putIfAbsent(key(event.code()), event);
            eventsByKey.putIfAbsent(key(event.name()), event);
        }
    }

    List<Type> types() {
        return types;
    }

    List<Event> events() {
        return events;
    }

    List<String> missions() {
        return missions;
    }

    Optional<Type> type(String text) {
        return Optional.ofNullable(typesByKey.get(key(text)));
    }

    Optional<Event> event(String text) {
        return Optional.ofNullable(eventsByKey.get(key(text)));
    }

    /** Active types in the taxonomy's order: what the capability type list offers. */
    List<Type> offeredTypes() {
        return types.stream().filter(Type::active).toList();
    }

    /** Case, spaces, hyphens and underscores do not matter when a name or code is matched. */
    static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }
}
