package org.peacekeeping.pledges.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The share of women the Secretariat aims for, by kind of personnel and year. */
@Entity
@Table(name = "gender_target")
@NamedQuery(name = GenderTarget.ALL, query = "SELECT g FROM GenderTarget g ORDER BY g.year, g.personnelKind")
public class GenderTarget {

    public static final String ALL = "GenderTarget.all";
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @SequenceGenerator(name = "gender_target_seq", sequenceName = "gender_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gender_target_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "personnel_kind", nullable = false)
    private PersonnelKind personnelKind;

    @Column(name = "target_year", nullable = false)
    private int year;

    @Column(name = "target_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GenderTarget() {
        // for JPA
    }

    public GenderTarget(PersonnelKind personnelKind, int year, BigDecimal percent) {
        if (personnelKind == null || personnelKind == PersonnelKind.NOT_DEPLOYED) {
            throw new IllegalArgumentException("A gender target is set for deployed personnel");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("A target is for a year between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        this.personnelKind = personnelKind;
        this.year = year;
        changePercent(percent);
    }

    /** A percentage between 0 and 100 with at most two decimals (as the column keeps it). */
    public final void changePercent(BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("A target is a percentage between 0 and 100");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A target has at most two decimals");
        }
        this.percent = percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    public Long id() {
        return id;
    }

    public PersonnelKind personnelKind() {
        return personnelKind;
    }

    public int year() {
        return year;
    }

    public BigDecimal percent() {
        return percent;
    }

    public long version() {
        return version;
    }
}
