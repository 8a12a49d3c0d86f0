-- Peacekeeping Pledge Tracker: the schema (SPEC §2).
-- Portable SQL for H2 2.2 and PostgreSQL 15: no vendor types, identifiers that are keywords in neither,
-- enumerations stored as upper-case strings guarded by CHECK constraints, ids from sequences (allocation 50).

-- ---------------------------------------------------------------- reference data

CREATE TABLE member_state (
    iso3            VARCHAR(3)   NOT NULL,
    iso2            VARCHAR(2)   NOT NULL,
    m49             VARCHAR(3)   NOT NULL,
    name_en         VARCHAR(120) NOT NULL,
    name_fr         VARCHAR(120) NOT NULL,
    regional_group  VARCHAR(40),
    electoral_group VARCHAR(40),
    un_member       BOOLEAN      NOT NULL,
    CONSTRAINT pk_member_state PRIMARY KEY (iso3),
    CONSTRAINT uq_member_state_iso2 UNIQUE (iso2),
    CONSTRAINT uq_member_state_m49 UNIQUE (m49),
    CONSTRAINT uq_member_state_name_en UNIQUE (name_en),
    CONSTRAINT uq_member_state_name_fr UNIQUE (name_fr),
    CONSTRAINT ck_member_state_group CHECK (regional_group IN ('AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN',
        'LATIN_AMERICAN_AND_CARIBBEAN', 'WESTERN_EUROPEAN_AND_OTHERS')),
    CONSTRAINT ck_member_state_electoral CHECK (electoral_group IN ('AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN',
        'LATIN_AMERICAN_AND_CARIBBEAN', 'WESTERN_EUROPEAN_AND_OTHERS'))
);

CREATE TABLE mission (
    code       VARCHAR(20)  NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    name_fr    VARCHAR(200) NOT NULL,
    location   VARCHAR(100) NOT NULL,
    started_on DATE         NOT NULL,
    closed_on  DATE,
    CONSTRAINT pk_mission PRIMARY KEY (code),
    CONSTRAINT ck_mission_dates CHECK (closed_on IS NULL OR closed_on >= started_on)
);

CREATE TABLE capability_type (
    code              VARCHAR(40)  NOT NULL,
    category          VARCHAR(40)  NOT NULL,
    name_en           VARCHAR(120) NOT NULL,
    name_fr           VARCHAR(120) NOT NULL,
    typical_personnel INTEGER      NOT NULL,
    personnel_kind    VARCHAR(40)  NOT NULL,
    sort_order        INTEGER      NOT NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_capability_type PRIMARY KEY (code),
    CONSTRAINT uq_capability_type_name UNIQUE (name_en),
    CONSTRAINT ck_capability_type_personnel CHECK (typical_personnel >= 0),
    CONSTRAINT ck_capability_type_category CHECK (category IN ('MILITARY_UNIT', 'FORMED_POLICE_UNIT',
        'INDIVIDUAL_POLICE', 'MEDICAL', 'C_IED', 'TECHNOLOGY', 'ENGINEERING', 'AVIATION',
        'TRAINING_CAPACITY_BUILDING', 'WOMEN_PEACE_SECURITY', 'OTHER')),
    CONSTRAINT ck_capability_type_kind CHECK (personnel_kind IN ('CONTINGENT', 'STAFF_OFFICER_MILITARY_OBSERVER',
        'FORMED_POLICE_UNIT', 'INDIVIDUAL_POLICE', 'NOT_DEPLOYED'))
);

CREATE TABLE pledging_event (
    code            VARCHAR(30)   NOT NULL,
    event_type      VARCHAR(20)   NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    name_fr         VARCHAR(200)  NOT NULL,
    city            VARCHAR(100)  NOT NULL,
    start_date      DATE          NOT NULL,
    end_date        DATE          NOT NULL,
    theme_en        VARCHAR(1000),
    theme_fr        VARCHAR(1000),
    ministerial     VARCHAR(30),
    pledging_opens  DATE,
    pledging_closes DATE,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_pledging_event PRIMARY KEY (code),
    CONSTRAINT ck_event_type CHECK (event_type IN ('MINISTERIAL', 'PREPARATORY')),
    CONSTRAINT ck_event_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_event_window CHECK (pledging_opens IS NULL OR pledging_closes IS NULL
        OR pledging_closes >= pledging_opens),
    CONSTRAINT ck_event_preparatory CHECK (event_type = 'PREPARATORY' OR ministerial IS NULL),
    CONSTRAINT fk_event_ministerial FOREIGN KEY (ministerial) REFERENCES pledging_event (code)
);

-- Host and co-host states of an event, in the order they are named.
CREATE TABLE event_host (
    event_code   VARCHAR(30) NOT NULL,
    member_state VARCHAR(3)  NOT NULL,
    host_role    VARCHAR(10) NOT NULL,
    position     INTEGER     NOT NULL,
    CONSTRAINT pk_event_host PRIMARY KEY (event_code, member_state),
    CONSTRAINT ck_event_host_role CHECK (host_role IN ('HOST', 'CO_HOST')),
    CONSTRAINT fk_event_host_event FOREIGN KEY (event_code) REFERENCES pledging_event (code) ON DELETE CASCADE,
    CONSTRAINT fk_event_host_state FOREIGN KEY (member_state) REFERENCES member_state (iso3)
);

-- Share of women by personnel kind and year (Uniformed Gender Parity Strategy), editable by administrators.
CREATE TABLE gender_target (
    id             BIGINT       NOT NULL,
    personnel_kind VARCHAR(40)  NOT NULL,
    target_year    INTEGER      NOT NULL,
    target_percent DECIMAL(5,2) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_gender_target PRIMARY KEY (id),
    CONSTRAINT uq_gender_target UNIQUE (personnel_kind, target_year),
    CONSTRAINT ck_gender_target_percent CHECK (target_percent >= 0 AND target_percent <= 100),
    CONSTRAINT ck_gender_target_kind CHECK (personnel_kind IN ('CONTINGENT', 'STAFF_OFFICER_MILITARY_OBSERVER',
        'FORMED_POLICE_UNIT', 'INDIVIDUAL_POLICE'))
);
CREATE SEQUENCE gender_target_seq START WITH 100 INCREMENT BY 50;

-- ---------------------------------------------------------------- accounts

CREATE TABLE user_account (
    id               BIGINT       NOT NULL,
    username         VARCHAR(60)  NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    email            VARCHAR(200),
    role             VARCHAR(20)  NOT NULL,
    member_state     VARCHAR(3),
    preferred_locale VARCHAR(5)   NOT NULL DEFAULT 'en',
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins    INTEGER      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    last_login_at    TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT ck_user_account_role CHECK (role IN ('FOCAL_POINT', 'REVIEWER', 'ANALYST', 'ADMIN')),
    CONSTRAINT ck_user_account_state CHECK ((role = 'FOCAL_POINT' AND member_state IS NOT NULL)
        OR (role <> 'FOCAL_POINT' AND member_state IS NULL)),
    CONSTRAINT ck_user_account_failed CHECK (failed_logins >= 0),
    CONSTRAINT fk_user_account_state FOREIGN KEY (member_state) REFERENCES member_state (iso3)
);
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;

-- ---------------------------------------------------------------- pledges

CREATE TABLE pledge (
    id               BIGINT        NOT NULL,
    reference        VARCHAR(20)   NOT NULL,
    member_state     VARCHAR(3)    NOT NULL,
    event_code       VARCHAR(30),
    capability_type  VARCHAR(40)   NOT NULL,
    category         VARCHAR(40)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000),
    units            INTEGER       NOT NULL,
    personnel        INTEGER       NOT NULL,
    women            INTEGER       NOT NULL,
    readiness_level  VARCHAR(20)   NOT NULL,
    available_from   DATE,
    days_to_deploy   INTEGER,
    duration_months  INTEGER,
    self_sustainment VARCHAR(10),
    caveats          VARCHAR(4000),
    status           VARCHAR(20)   NOT NULL,
    synthetic        BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(60)   NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(60)   NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    approved_at      TIMESTAMP WITH TIME ZONE,
    renewal_due      DATE,
    reviewer         VARCHAR(60),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_pledge PRIMARY KEY (id),
    CONSTRAINT uq_pledge_reference UNIQUE (reference),
    CONSTRAINT fk_pledge_state FOREIGN KEY (member_state) REFERENCES member_state (iso3),
    CONSTRAINT fk_pledge_event FOREIGN KEY (event_code) REFERENCES pledging_event (code),
    CONSTRAINT fk_pledge_type FOREIGN KEY (capability_type) REFERENCES capability_type (code),
    CONSTRAINT ck_pledge_units CHECK (units >= 0),
    CONSTRAINT ck_pledge_personnel CHECK (personnel >= 0),
    CONSTRAINT ck_pledge_women CHECK (women >= 0 AND women <= personnel),
    CONSTRAINT ck_pledge_days CHECK (days_to_deploy IS NULL OR days_to_deploy >= 0),
    CONSTRAINT ck_pledge_duration CHECK (duration_months IS NULL OR duration_months >= 0),
    CONSTRAINT ck_pledge_category CHECK (category IN ('MILITARY_UNIT', 'FORMED_POLICE_UNIT',
        'INDIVIDUAL_POLICE', 'MEDICAL', 'C_IED', 'TECHNOLOGY', 'ENGINEERING', 'AVIATION',
        'TRAINING_CAPACITY_BUILDING', 'WOMEN_PEACE_SECURITY', 'OTHER')),
    CONSTRAINT ck_pledge_readiness CHECK (readiness_level IN ('NONE', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3',
        'RAPID_DEPLOYMENT')),
    CONSTRAINT ck_pledge_sustainment CHECK (self_sustainment IN ('YES', 'PARTIAL', 'NO')),
    CONSTRAINT ck_pledge_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'APPROVED',
        'REJECTED', 'LAPSED', 'WITHDRAWN'))
);
CREATE SEQUENCE pledge_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_pledge_state_status ON pledge (member_state, status);
CREATE INDEX ix_pledge_status ON pledge (status, submitted_at);
CREATE INDEX ix_pledge_event ON pledge (event_code, status);
CREATE INDEX ix_pledge_type ON pledge (capability_type);
CREATE INDEX ix_pledge_renewal ON pledge (renewal_due);

-- The last number handed out per state and year, so that references (PAK-2025-0007) never repeat.
CREATE TABLE pledge_reference_counter (
    member_state VARCHAR(3) NOT NULL,
    ref_year     INTEGER    NOT NULL,
    last_number  INTEGER    NOT NULL,
    CONSTRAINT pk_pledge_reference_counter PRIMARY KEY (member_state, ref_year),
    CONSTRAINT fk_pledge_counter_state FOREIGN KEY (member_state) REFERENCES member_state (iso3),
    CONSTRAINT ck_pledge_counter CHECK (last_number >= 0)
);

CREATE TABLE pledge_mission (
    pledge_id    BIGINT      NOT NULL,
    mission_code VARCHAR(20) NOT NULL,
    CONSTRAINT pk_pledge_mission PRIMARY KEY (pledge_id, mission_code),
    CONSTRAINT fk_pledge_mission_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE,
    CONSTRAINT fk_pledge_mission_mission FOREIGN KEY (mission_code) REFERENCES mission (code)
);

-- Optional detail: major equipment and self-sustainment lines of a pledge.
CREATE TABLE pledge_line (
    id          BIGINT       NOT NULL,
    pledge_id   BIGINT       NOT NULL,
    line_kind   VARCHAR(20)  NOT NULL,
    position    INTEGER      NOT NULL,
    description VARCHAR(500) NOT NULL,
    quantity    INTEGER      NOT NULL,
    CONSTRAINT pk_pledge_line PRIMARY KEY (id),
    CONSTRAINT uq_pledge_line UNIQUE (pledge_id, line_kind, position),
    CONSTRAINT fk_pledge_line_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE,
    CONSTRAINT ck_pledge_line_kind CHECK (line_kind IN ('MAJOR_EQUIPMENT', 'SELF_SUSTAINMENT')),
    CONSTRAINT ck_pledge_line_quantity CHECK (quantity >= 0)
);
CREATE SEQUENCE pledge_line_seq START WITH 50 INCREMENT BY 50;

-- Append-only audit. The pledge reference is copied so that the entry outlives a deleted draft.
CREATE TABLE pledge_history (
    id             BIGINT        NOT NULL,
    pledge_id      BIGINT,
    pledge_ref     VARCHAR(20)   NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(60)   NOT NULL,
    action         VARCHAR(30)   NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20),
    comment_text   VARCHAR(4000),
    changed_fields VARCHAR(4000),
    CONSTRAINT pk_pledge_history PRIMARY KEY (id),
    CONSTRAINT fk_pledge_history_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE SET NULL
);
CREATE SEQUENCE pledge_history_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_pledge_history_pledge ON pledge_history (pledge_id, occurred_at);

-- ---------------------------------------------------------------- review

CREATE TABLE assessment (
    id              BIGINT        NOT NULL,
    pledge_id       BIGINT        NOT NULL,
    assessment_type VARCHAR(40)   NOT NULL,
    assessed_on     DATE          NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    readiness_from  VARCHAR(20)   NOT NULL,
    readiness_to    VARCHAR(20)   NOT NULL,
    notes           VARCHAR(4000),
    recorded_by     VARCHAR(60)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_assessment PRIMARY KEY (id),
    CONSTRAINT fk_assessment_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id),
    CONSTRAINT ck_assessment_type CHECK (assessment_type IN ('DOCUMENT_REVIEW', 'ASSESSMENT_ADVISORY_VISIT',
        'SURU_ALIGNMENT', 'PRE_DEPLOYMENT_VISIT', 'RAPID_DEPLOYMENT_VERIFICATION')),
    CONSTRAINT ck_assessment_outcome CHECK (outcome IN ('SUCCESSFUL', 'PARTIALLY_SUCCESSFUL', 'UNSUCCESSFUL')),
    CONSTRAINT ck_assessment_from CHECK (readiness_from IN ('NONE', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3',
        'RAPID_DEPLOYMENT')),
    CONSTRAINT ck_assessment_to CHECK (readiness_to IN ('NONE', 'LEVEL_1', 'LEVEL_2', 'LEVEL_3',
        'RAPID_DEPLOYMENT'))
);
CREATE SEQUENCE assessment_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_assessment_pledge ON assessment (pledge_id);

-- ---------------------------------------------------------------- requirements

CREATE TABLE capability_requirement (
    id              BIGINT        NOT NULL,
    capability_type VARCHAR(40)   NOT NULL,
    quantity        INTEGER       NOT NULL,
    priority        VARCHAR(20)   NOT NULL,
    event_code      VARCHAR(30),
    mission_code    VARCHAR(20),
    period_from     DATE,
    period_to       DATE,
    notes           VARCHAR(4000),
    created_by      VARCHAR(60)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT pk_capability_requirement PRIMARY KEY (id),
    CONSTRAINT fk_requirement_type FOREIGN KEY (capability_type) REFERENCES capability_type (code),
    CONSTRAINT fk_requirement_event FOREIGN KEY (event_code) REFERENCES pledging_event (code),
    CONSTRAINT fk_requirement_mission FOREIGN KEY (mission_code) REFERENCES mission (code),
    CONSTRAINT ck_requirement_quantity CHECK (quantity > 0),
    CONSTRAINT ck_requirement_priority CHECK (priority IN ('CRITICAL', 'HIGH', 'MID_TERM')),
    CONSTRAINT ck_requirement_period CHECK (period_from IS NULL OR period_to IS NULL OR period_to >= period_from)
);
CREATE SEQUENCE capability_requirement_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_requirement_event ON capability_requirement (event_code, capability_type);

-- ---------------------------------------------------------------- notifications

CREATE TABLE notification (
    id           BIGINT        NOT NULL,
    recipient_id BIGINT        NOT NULL,
    pledge_id    BIGINT,
    pledge_ref   VARCHAR(20),
    kind         VARCHAR(30)   NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    body         VARCHAR(4000) NOT NULL,
    comment_text VARCHAR(4000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    mailed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE SET NULL,
    CONSTRAINT ck_notification_kind CHECK (kind IN ('ACKNOWLEDGEMENT', 'RETURNED', 'APPROVED', 'REJECTED',
        'LAPSED', 'RENEWAL_DUE', 'RENEWED', 'REOPENED', 'WITHDRAWN'))
);
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at);
