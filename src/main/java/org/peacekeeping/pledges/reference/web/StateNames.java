package org.peacekeeping.pledges.reference.web;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peacekeeping.pledges.reference.MemberState;

/** Names of the member and observer states in English and French, and the choice list of them by name. */
public final class StateNames implements Serializable {

    private static final long serialVersionUID = 1L;

    private record Names(String en, String fr, boolean member) implements Serializable {
    }

    private final Map<String, Names> byCode = new LinkedHashMap<>();
    private final Map<String, List<SelectItem>> choices = new HashMap<>();

    public StateNames(List<MemberState> states) {
        for (MemberState state : states) {
            byCode.put(state.iso3(), new Names(state.nameEn(), state.nameFr(), state.unMember()));
        }
    }

    /** The state's name, or {@code null} for no state; an unknown code as it is. */
    public String name(String iso3, boolean french) {
        if (iso3 == null) {
            return null;
        }
        Names names = byCode.get(iso3);
        return names == null ? iso3 : french ? names.fr() : names.en();
    }

    /** Every state by its name in the language, as "Name (ABC)", observer states marked as such. */
    public List<SelectItem> choices(Locale locale, String observerMark) {
        return choices.computeIfAbsent(locale.getLanguage(), language -> sortedChoices(locale, observerMark));
    }

    private List<SelectItem> sortedChoices(Locale locale, String observerMark) {
        boolean french = "fr".equals(locale.getLanguage());
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        List<Map.Entry<String, Names>> entries = new ArrayList<>(byCode.entrySet());
        entries.sort(Comparator.comparing(e -> french ? e.getValue().fr() : e.getValue().en(), collator));
        List<SelectItem> items = new ArrayList<>();
        for (Map.Entry<String, Names> entry : entries) {
            Names names = entry.getValue();
            items.add(new SelectItem(entry.getKey(), (french ? names.fr() : names.en()) + " (" + entry.getKey() + ")"
                    + (names.member() ? "" : " - " + observerMark)));
        }
        return List.copyOf(items);
    }
}
