package org.peacekeeping.pledges.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries over reference data; joins the caller's transaction. */
@ApplicationScoped
public class ReferenceDataRepository {

    @PersistenceContext
    private EntityManager em;

    public List<MemberState> memberStates(boolean includeObservers) {
        return em.createNamedQuery(includeObservers ? MemberState.ALL : MemberState.MEMBERS, MemberState.class)
                .getResultList();
    }

    public Optional<MemberState> memberState(String iso3) {
        return Optional.ofNullable(iso3).map(code -> em.find(MemberState.class, code));
    }

    public List<CapabilityType> capabilityTypes() {
        return em.createNamedQuery(CapabilityType.ALL, CapabilityType.class).getResultList();
    }

    public Optional<CapabilityType> capabilityType(String code) {
        return Optional.ofNullable(code).map(c -> em.find(CapabilityType.class, c));
    }

    public List<PledgingEvent> events() {
        return em.createNamedQuery(PledgingEvent.ALL, PledgingEvent.class).getResultList();
    }

    public Optional<PledgingEvent> event(String code) {
        return Optional.ofNullable(code).map(c -> em.find(PledgingEvent.class, c));
    }

    public List<Mission> missions() {
        return em.createNamedQuery(Mission.ALL, Mission.class).getResultList();
    }

    public Optional<Mission> mission(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Mission.class, c));
    }

    public List<GenderTarget> genderTargets() {
        return em.createNamedQuery(GenderTarget.ALL, GenderTarget.class).getResultList();
    }

    public Optional<GenderTarget> genderTarget(long id) {
        return Optional.ofNullable(em.find(GenderTarget.class, id));
    }

    public void add(PledgingEvent event) {
        em.persist(event);
    }

    public void add(CapabilityType type) {
        em.persist(type);
    }

    public void add(WindowChange change) {
        em.persist(change);
    }

    /** The changes of an event's closing date, newest first. */
    public List<WindowChange> windowChanges(String eventCode) {
        return em.createNamedQuery(WindowChange.OF_EVENT, WindowChange.class).setParameter("event", eventCode)
                .getResultList();
    }

    public void add(GenderTarget target) {
        em.persist(target);
    }

    /** Writes pending changes now, so that a stale version or a broken constraint shows inside the use case. */
    public void flush() {
        em.flush();
    }
}
