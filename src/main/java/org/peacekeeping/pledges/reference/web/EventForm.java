package org.peacekeeping.pledges.reference.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peacekeeping.pledges.reference.EventInput;
import org.peacekeeping.pledges.reference.EventType;

/** The event form's fields as the administrator enters them. */
public final class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private EventType type;
    private String nameEn;
    private String nameFr;
    private String city;
    private LocalDate startDate;
    private LocalDate endDate;
    private String themeEn;
    private String themeFr;
    private String ministerial;
    private String host;
    private List<String> coHosts = new ArrayList<>();
    private LocalDate pledgingOpens;
    private LocalDate pledgingCloses;
    private Long version;

    static EventForm of(EventRow row) {
        EventForm form = new EventForm();
        form.code = row.getCode();
        form.type = row.getType();
        form.nameEn = row.getNameEn();
        form.nameFr = row.getNameFr();
        form.city = row.getCity();
        form.startDate = row.getStartDate();
        form.endDate = row.getEndDate();
        form.themeEn = row.getThemeEn();
        form.themeFr = row.getThemeFr();
        form.ministerial = row.getMinisterial();
        form.host = row.getHost();
        form.coHosts = new ArrayList<>(row.getCoHosts());
        form.pledgingOpens = row.getPledgingOpens();
        form.pledgingCloses = row.getPledgingCloses();
        form.version = row.getVersion();
        return form;
    }

    EventInput input() {
        return new EventInput(code, type, nameEn, nameFr, city, startDate, endDate, themeEn, themeFr,
                type == EventType.PREPARATORY ? ministerial : null, host, coHosts, pledgingOpens, pledgingCloses,
                version);
    }

    public boolean isPreparatory() {
        return type == EventType.PREPARATORY;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getThemeEn() {
        return themeEn;
    }

    public void setThemeEn(String themeEn) {
        this.themeEn = themeEn;
    }

    public String getThemeFr() {
        return themeFr;
    }

    public void setThemeFr(String themeFr) {
        this.themeFr = themeFr;
    }

    public String getMinisterial() {
        return ministerial;
    }

    public void setMinisterial(String ministerial) {
        this.ministerial = ministerial;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public List<String> getCoHosts() {
        return coHosts;
    }

    public void setCoHosts(List<String> coHosts) {
        this.coHosts = coHosts == null ? new ArrayList<>() : new ArrayList<>(coHosts);
    }

    public LocalDate getPledgingOpens() {
        return pledgingOpens;
    }

    public void setPledgingOpens(LocalDate pledgingOpens) {
        this.pledgingOpens = pledgingOpens;
    }

    public LocalDate getPledgingCloses() {
        return pledgingCloses;
    }

    public void setPledgingCloses(LocalDate pledgingCloses) {
        this.pledgingCloses = pledgingCloses;
    }

    public Long getVersion() {
        return version;
    }
}
