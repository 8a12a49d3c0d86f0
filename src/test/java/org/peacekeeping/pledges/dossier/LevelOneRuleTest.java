package org.peacekeeping.pledges.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.reference.Category;

/** PCRS level 1 (SPEC §9): which pledges need which documents, and who uploads each type. */
class LevelOneRuleTest {

    @Test
    void formedUnitsNeedTheirNoteVerbaleTableOfOrganizationAndMajorEquipmentList() {
        for (Category category : List.of(Category.MILITARY_UNIT, Category.FORMED_POLICE_UNIT, Category.MEDICAL,
                Category.C_IED, Category.ENGINEERING, Category.AVIATION, Category.TECHNOLOGY)) {
            assertEquals(List.of(DocumentType.NOTE_VERBALE, DocumentType.TABLE_OF_ORGANIZATION,
                    DocumentType.MAJOR_EQUIPMENT_LIST), LevelOneRule.required(category), category::name);
        }
        for (Category category : List.of(Category.INDIVIDUAL_POLICE, Category.TRAINING_CAPACITY_BUILDING,
                Category.WOMEN_PEACE_SECURITY, Category.OTHER)) {
            assertEquals(List.of(), LevelOneRule.required(category), category::name);
        }
        assertEquals(List.of(DocumentType.MAJOR_EQUIPMENT_LIST), LevelOneRule.missing(Category.AVIATION,
                Set.of(DocumentType.NOTE_VERBALE, DocumentType.TABLE_OF_ORGANIZATION, DocumentType.OTHER)));
    }

    @Test
    void statesSendTheirDocumentsAndTheSecretariatItsOwn() {
        assertEquals(List.of(DocumentType.NOTE_VERBALE, DocumentType.TABLE_OF_ORGANIZATION,
                DocumentType.MAJOR_EQUIPMENT_LIST, DocumentType.SELF_SUSTAINMENT_LIST, DocumentType.OTHER),
                uploadedBy(Role.FOCAL_POINT));
        assertEquals(List.of(DocumentType.ASSESSMENT_REPORT, DocumentType.MOU, DocumentType.OTHER),
                uploadedBy(Role.REVIEWER));
        assertEquals(List.of(), uploadedBy(Role.ANALYST));
        assertEquals(List.of(), uploadedBy(Role.ADMIN));
    }

    private static List<DocumentType> uploadedBy(Role role) {
        return java.util.Arrays.stream(DocumentType.values()).filter(t -> t.uploadedBy(role)).toList();
    }
}
