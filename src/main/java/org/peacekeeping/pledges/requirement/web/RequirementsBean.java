package org.peacekeeping.pledges.requirement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.requirement.Priority;
import org.peacekeeping.pledges.requirement.RequirementInput;
import org.peacekeeping.pledges.requirement.RequirementService;
import org.peacekeeping.pledges.requirement.RequirementView;
import org.peacekeeping.pledges.web.Texts;

/** Reviewers record what the Secretariat needs; the gap view compares it with approved pledges. */
@Named("requirements")
@ViewScoped
public class RequirementsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequirementService service;

    @Inject
    private CurrentActor currentUser;

    private String eventFilter;
    private List<RequirementView> requirements;
    private String capabilityType;
    private Integer quantity;
    private Priority priority;
    private String event;
    private String mission;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String notes;

    public List<RequirementView> getRequirements() {
        if (requirements == null) {
            requirements = service.list(currentUser.actor(), eventFilter);
        }
        return requirements;
    }

    public void filter() {
        requirements = null;
    }

    public void add() {
        try {
            RequirementView added = service.create(currentUser.actor(), new RequirementInput(capabilityType, quantity,
                    priority == null ? null : priority.name(), event, mission, periodFrom, periodTo, notes, null));
            Texts.info(Texts.get("requirements.added", added.quantity(), capabilityType));
            capabilityType = null;
            quantity = null;
            priority = null;
            mission = null;
            periodFrom = null;
            periodTo = null;
            notes = null;
            requirements = null;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> Texts.error("addForm:" + error.field(),
                    Texts.get("requirements.field." + error.field()) + ": " + error.message()));
        }
    }

    public void delete(long id) {
        try {
            service.delete(currentUser.actor(), id);
        } catch (NotFoundException | ConflictException e) {
            Texts.error(null, e.getMessage());
        }
        requirements = null;
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public String getEventFilter() {
        return eventFilter;
    }

    public void setEventFilter(String eventFilter) {
        this.eventFilter = eventFilter;
    }

    public String getCapabilityType() {
        return capabilityType;
    }

    public void setCapabilityType(String capabilityType) {
        this.capabilityType = capabilityType;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
