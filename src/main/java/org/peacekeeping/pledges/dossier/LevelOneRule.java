package org.peacekeeping.pledges.dossier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.peacekeeping.pledges.reference.Category;

/**
 * PCRS level 1 (SPEC §9): a formed unit is approved only with a note verbale, a table of organization and a major
 * equipment list attached. Which documents each kind of pledge needs, for the rule and for the reviewer's checklist.
 */
public final class LevelOneRule {

    /** The categories of formed units: those the rule applies to. */
    public static final Set<Category> FORMED_UNITS = EnumSet.of(Category.MILITARY_UNIT, Category.FORMED_POLICE_UNIT,
            Category.MEDICAL, Category.C_IED, Category.ENGINEERING, Category.AVIATION, Category.TECHNOLOGY);

    /** What a formed unit needs attached before approval, in the order a checklist shows it. */
    public static final List<DocumentType> FORMED_UNIT_DOCUMENTS = List.of(DocumentType.NOTE_VERBALE,
            DocumentType.TABLE_OF_ORGANIZATION, DocumentType.MAJOR_EQUIPMENT_LIST);

    private LevelOneRule() {
    }

    /** The documents a pledge of this category must carry to be approved (none for a pledge that is not a unit). */
    public static List<DocumentType> required(Category category) {
        return FORMED_UNITS.contains(category) ? FORMED_UNIT_DOCUMENTS : List.of();
    }

    /** Of those, the ones not among {@code attached}. */
    public static List<DocumentType> missing(Category category, Set<DocumentType> attached) {
        return required(category).stream().filter(type -> !attached.contains(type)).toList();
    }
}
