-- Coordination of several application instances through the one database (SPEC §7).

-- One row per run of a scheduled job and slot (the hour it belongs to): the instance that inserts the row runs the
-- job, every other instance finds the key taken and skips that slot. The row also tells operators who ran what.
CREATE TABLE job_run (
    job         VARCHAR(40)              NOT NULL,
    slot_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    instance    VARCHAR(200)             NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    outcome     VARCHAR(400),
    CONSTRAINT pk_job_run PRIMARY KEY (job, slot_start)
);

-- Named locks, held as a row lock until the holder's transaction ends: instances starting together take turns to
-- write their start-up data (demonstration set, first administrator) instead of racing each other.
CREATE TABLE cluster_lock (
    name    VARCHAR(40)              NOT NULL,
    held_by VARCHAR(200),
    held_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_cluster_lock PRIMARY KEY (name)
);

INSERT INTO cluster_lock (name) VALUES ('startup-data');
