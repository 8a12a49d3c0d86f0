-- Rows of uploaded pledge forms (issue 5): the key a form row carries, unique per member state, and the pledge the
-- row created. Uploading the same rows again finds their pledges here instead of creating them twice. Deleting the
-- pledge (a draft) deletes its key, so the row can be uploaded afresh.
CREATE TABLE pledge_form_row (
    id           BIGINT      NOT NULL,
    member_state VARCHAR(3)  NOT NULL,
    row_key      VARCHAR(40) NOT NULL,
    pledge_id    BIGINT      NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by  VARCHAR(60) NOT NULL,
    CONSTRAINT pk_pledge_form_row PRIMARY KEY (id),
    CONSTRAINT uq_pledge_form_row_key UNIQUE (member_state, row_key),
    CONSTRAINT uq_pledge_form_row_pledge UNIQUE (pledge_id),
    CONSTRAINT fk_pledge_form_row_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE,
    CONSTRAINT fk_pledge_form_row_state FOREIGN KEY (member_state) REFERENCES member_state (iso3)
);
CREATE SEQUENCE pledge_form_row_seq START WITH 50 INCREMENT BY 50;
