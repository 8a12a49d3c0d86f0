package org.peacekeeping.pledges.pledge.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.pledge.Page;
import org.peacekeeping.pledges.pledge.PledgeFilter;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeSort;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over {@link PledgeService#list}: the database filters, counts, sorts and pages, so the
 * table stays fast however many pledges there are. The filter comes from the page's own filter fields.
 */
public class PledgeTableModel extends LazyDataModel<PledgeView> {

    private static final long serialVersionUID = 1L;

    private final transient PledgeService pledges;
    private final transient Supplier<Actor> actor;
    private final transient Supplier<PledgeFilter> filter;
    private final PledgeSort.Order defaultOrder;

    public PledgeTableModel(PledgeService pledges, Supplier<Actor> actor, Supplier<PledgeFilter> filter,
                            PledgeSort.Order defaultOrder) {
        this.pledges = pledges;
        this.actor = actor;
        this.filter = filter;
        this.defaultOrder = defaultOrder;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) pledges.list(actor.get(), filter.get(), defaultOrder, 0, 1).total();
    }

    @Override
    public List<PledgeView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, Page.MAX_SIZE));
        Page<PledgeView> page = pledges.list(actor.get(), filter.get(), order(sortBy), first / size, size);
        setRowCount((int) page.total());
        return page.items();
    }

    private PledgeSort.Order order(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .flatMap(meta -> PledgeSort.ofField(meta.getField())
                        .map(column -> new PledgeSort.Order(column, meta.getOrder() == SortOrder.DESCENDING)))
                .orElse(defaultOrder);
    }

    @Override
    public String getRowKey(PledgeView pledge) {
        return String.valueOf(pledge.id());
    }
}
