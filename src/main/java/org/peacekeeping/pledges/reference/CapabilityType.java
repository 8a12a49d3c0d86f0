package org.peacekeeping.pledges.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An entry of the capability taxonomy, with the typical personnel a pledge of it starts from. Its code and category
 * never change (pledges and requirements name them); names, typical personnel and kind do. A type is retired
 * rather than deleted: pledges that name it keep it, new ones cannot pick it.
 */
@Entity
@Table(name = "capability_type")
@NamedQuery(name = CapabilityType.ALL, query = "SELECT c FROM CapabilityType c ORDER BY c.sortOrder, c.code")
public class CapabilityType {

    public static final String ALL = "CapabilityType.all";
    public static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");
    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 120;
    /** Far above any unit (an infantry battalion is about 850): a bound against typing errors. */
    public static final int MAX_PERSONNEL = 100_000;

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Category category;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "typical_personnel", nullable = false)
    private int typicalPersonnel;

    @Enumerated(EnumType.STRING)
    @Column(name = "personnel_kind", nullable = false)
    private PersonnelKind personnelKind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CapabilityType() {
        // for JPA
    }

    /** A new, active type; {@code sortOrder} places it in the taxonomy (by category, then within it). */
    public CapabilityType(String code, Category category, String nameEn, String nameFr, int typicalPersonnel,
                          PersonnelKind personnelKind, int sortOrder) {
        if (code == null || code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A capability type code is upper-case letters, digits and '_', at most "
                    + CODE_MAX + " characters: " + code);
        }
        if (category == null) {
            throw new IllegalArgumentException("A capability type belongs to a category");
        }
        this.code = code;
        this.category = category;
        this.sortOrder = sortOrder;
        this.active = true;
        rename(nameEn, nameFr);
        size(typicalPersonnel, personnelKind);
    }

    /** The names in English and French, both required. */
    public final void rename(String nameEn, String nameFr) {
        this.nameEn = name(nameEn, "English");
        this.nameFr = name(nameFr, "French");
    }

    /** The typical personnel a pledge starts from (0 or more) and the kind of personnel gender targets count. */
    public final void size(int typicalPersonnel, PersonnelKind personnelKind) {
        if (typicalPersonnel < 0 || typicalPersonnel > MAX_PERSONNEL) {
            throw new IllegalArgumentException("Typical personnel is between 0 and " + MAX_PERSONNEL);
        }
        if (personnelKind == null) {
            throw new IllegalArgumentException("A capability type says which kind of personnel it has");
        }
        this.typicalPersonnel = typicalPersonnel;
        this.personnelKind = personnelKind;
    }

    /** No new pledge or requirement may pick a retired type; those that name it keep it. */
    public void retire() {
        this.active = false;
    }

    /** Puts a retired type back in use. */
    public void reinstate() {
        this.active = true;
    }

    private static String name(String text, String language) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A capability type needs its " + language + " name");
        }
        String value = text.strip();
        if (value.length() > NAME_MAX) {
            throw new IllegalArgumentException("A name has at most " + NAME_MAX + " characters");
        }
        return value;
    }

    public String code() {
        return code;
    }

    public Category category() {
        return category;
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

    public int typicalPersonnel() {
        return typicalPersonnel;
    }

    public PersonnelKind personnelKind() {
        return personnelKind;
    }

    public boolean active() {
        return active;
    }

    /** Where the type stands in the taxonomy: categories in hundreds, types within them in tens. */
    public int sortOrder() {
        return sortOrder;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CapabilityType type && Objects.equals(code, type.code);
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
