package org.peacekeeping.pledges.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Read access to reference data for pages, the API and other features. Open to every signed-in role. */
@ApplicationScoped
@Transactional
public class ReferenceDataService {

    @Inject
    private ReferenceDataRepository repository;

    /** The 193 member states, or with {@code includeObservers} also the two observer states, by English name. */
    public List<MemberState> memberStates(boolean includeObservers) {
        return repository.memberStates(includeObservers);
    }

    public List<CapabilityType> capabilityTypes() {
        return repository.capabilityTypes();
    }

    /** Events in date order, hosts loaded. */
    public List<PledgingEvent> events() {
        return repository.events();
    }

    public List<Mission> missions() {
        return repository.missions();
    }

    public List<GenderTarget> genderTargets() {
        return repository.genderTargets();
    }
}
