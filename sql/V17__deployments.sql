-- From pledge to deployment (SPEC §10, issue 16). A reviewer records that an approved pledge's unit deployed: to which
-- mission, on which date, with how many personnel and women; later that it came home (a date and a comment). The
-- deployment is kept on the pledge's own row, beside approved_at, so that fulfilment figures (deployed pledges, units,
-- personnel and women; days from approval to deployment) are one GROUP BY over the pledge table without a join.
ALTER TABLE pledge DROP CONSTRAINT ck_pledge_status;
ALTER TABLE pledge ADD CONSTRAINT ck_pledge_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW',
    'RETURNED', 'APPROVED', 'REJECTED', 'LAPSED', 'WITHDRAWN', 'DEPLOYED', 'REPATRIATED'));

ALTER TABLE pledge ADD COLUMN deployment_mission VARCHAR(20);
ALTER TABLE pledge ADD COLUMN deployed_on DATE;
ALTER TABLE pledge ADD COLUMN deployed_personnel INTEGER;
ALTER TABLE pledge ADD COLUMN deployed_women INTEGER;
ALTER TABLE pledge ADD COLUMN deployed_by VARCHAR(60);
ALTER TABLE pledge ADD COLUMN repatriated_on DATE;
ALTER TABLE pledge ADD COLUMN repatriation_comment VARCHAR(4000);

ALTER TABLE pledge ADD CONSTRAINT fk_pledge_deployment_mission FOREIGN KEY (deployment_mission)
    REFERENCES mission (code);
-- women <= personnel deployed, never negative; a deployed or repatriated pledge has its whole deployment; a
-- repatriation comes after the deployment. (Deploying more than pledged is a rule with an exception, the reviewer's
-- reason: the service checks it, not the database.)
ALTER TABLE pledge ADD CONSTRAINT ck_pledge_deployed_women CHECK (deployed_women IS NULL
    OR (deployed_women >= 0 AND deployed_personnel IS NOT NULL AND deployed_women <= deployed_personnel));
ALTER TABLE pledge ADD CONSTRAINT ck_pledge_deployed_personnel CHECK (deployed_personnel IS NULL
    OR deployed_personnel >= 0);
ALTER TABLE pledge ADD CONSTRAINT ck_pledge_deployment CHECK (status NOT IN ('DEPLOYED', 'REPATRIATED')
    OR (deployment_mission IS NOT NULL AND deployed_on IS NOT NULL AND deployed_personnel IS NOT NULL
        AND deployed_women IS NOT NULL));
ALTER TABLE pledge ADD CONSTRAINT ck_pledge_repatriation CHECK ((status = 'REPATRIATED') = (repatriated_on IS NOT NULL)
    AND (repatriated_on IS NULL OR repatriated_on >= deployed_on));

-- Fulfilment reads deployed pledges per event.
CREATE INDEX ix_pledge_deployed ON pledge (event_code, deployed_on);

-- The focal points hear of a deployment and a repatriation.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('ACKNOWLEDGEMENT', 'RETURNED',
    'APPROVED', 'REJECTED', 'LAPSED', 'RENEWAL_DUE', 'RENEWED', 'REOPENED', 'WITHDRAWN', 'DEPLOYED', 'REPATRIATED'));

-- Four eyes for Rapid Deployment: an assessment that raises a pledge to RAPID_DEPLOYMENT is PENDING until a second,
-- different reviewer confirms it (CONFIRMED, with who and when); every other assessment is RECORDED at once, as all
-- assessments were before.
ALTER TABLE assessment ADD COLUMN review_state VARCHAR(20) DEFAULT 'RECORDED' NOT NULL;
ALTER TABLE assessment ADD COLUMN confirmed_by VARCHAR(60);
ALTER TABLE assessment ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment ADD CONSTRAINT ck_assessment_review_state CHECK (review_state IN ('RECORDED', 'PENDING',
    'CONFIRMED'));
ALTER TABLE assessment ADD CONSTRAINT ck_assessment_confirmation CHECK ((review_state = 'CONFIRMED')
    = (confirmed_by IS NOT NULL AND confirmed_at IS NOT NULL) AND (confirmed_by IS NULL OR confirmed_by <> recorded_by));
CREATE INDEX ix_assessment_pending ON assessment (review_state, recorded_at);
