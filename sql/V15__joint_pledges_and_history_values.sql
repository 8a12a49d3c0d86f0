-- Joint pledges (SPEC §9, issue 15): the states that pledge together with the pledge's own (lead) state, each with
-- its role in a few words. The lead state's focal points edit the pledge; the partners' read it and get its notices.
-- Figures keep counting the pledge once, for its lead state (pledge.member_state); nothing here is counted.
CREATE TABLE pledge_partner (
    pledge_id    BIGINT       NOT NULL,
    member_state VARCHAR(3)   NOT NULL,
    partner_role VARCHAR(200),
    CONSTRAINT pk_pledge_partner PRIMARY KEY (pledge_id, member_state),
    CONSTRAINT fk_pledge_partner_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE,
    CONSTRAINT fk_pledge_partner_state FOREIGN KEY (member_state) REFERENCES member_state (iso3)
);

-- A partner's focal points list the pledges their state is a partner of.
CREATE INDEX ix_pledge_partner_state ON pledge_partner (member_state, pledge_id);

-- What a history entry changed, field by field, with the values before and after as a person reads them (names, not
-- codes; dates as yyyy-mm-dd). pledge_history.changed_fields keeps naming the fields, as before; entries written
-- before this migration have no rows here. Unbounded text: a description or a list of lines can be long.
CREATE TABLE pledge_history_change (
    history_id BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    field_name VARCHAR(40)  NOT NULL,
    old_value  VARCHAR,
    new_value  VARCHAR,
    CONSTRAINT pk_pledge_history_change PRIMARY KEY (history_id, position),
    CONSTRAINT fk_pledge_history_change_entry FOREIGN KEY (history_id) REFERENCES pledge_history (id)
        ON DELETE CASCADE
);
