package org.peacekeeping.pledges.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored detail line of a pledge; replaced as a whole when the pledge is revised. */
@Entity
@Table(name = "pledge_line")
public class PledgeLine {

    @Id
    @SequenceGenerator(name = "pledge_line_seq", sequenceName = "pledge_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pledge_id", nullable = false, updatable = false)
    private Pledge pledge;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_kind", nullable = false)
    private LineKind kind;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    protected PledgeLine() {
        // for JPA
    }

    PledgeLine(Pledge pledge, int position, LineItem item) {
        this.pledge = pledge;
        this.position = position;
        this.kind = item.kind();
        this.description = item.description();
        this.quantity = item.quantity();
    }

    /** Holds this item at this position from now on (no change written when it already does). */
    void revise(int newPosition, LineItem item) {
        if (position != newPosition) {
            position = newPosition;
        }
        if (kind != item.kind() || !description.equals(item.description()) || quantity != item.quantity()) {
            kind = item.kind();
            description = item.description();
            quantity = item.quantity();
        }
    }

    public LineItem item() {
        return new LineItem(kind, description, quantity);
    }

    public int position() {
        return position;
    }
}
