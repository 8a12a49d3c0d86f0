-- The pledge dossier's documents (SPEC §9): one row per pledge and document type, one row per uploaded file of that
-- type (a newer file is a new version; older versions stay readable). The files live here, in the database, so that
-- a backup holds them and every instance serves the same ones. ${document_content} is BYTEA on PostgreSQL and BLOB
-- on H2 (DatabaseMigrations). A pledge deleted as a draft takes its documents with it.
CREATE TABLE pledge_document (
    id             BIGINT        NOT NULL,
    pledge_id      BIGINT        NOT NULL,
    document_type  VARCHAR(30)   NOT NULL,
    latest_version INTEGER       NOT NULL,
    created_by     VARCHAR(60)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT pk_pledge_document PRIMARY KEY (id),
    CONSTRAINT fk_pledge_document_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE,
    CONSTRAINT uq_pledge_document_type UNIQUE (pledge_id, document_type),
    CONSTRAINT ck_pledge_document_type CHECK (document_type IN ('NOTE_VERBALE', 'TABLE_OF_ORGANIZATION',
        'MAJOR_EQUIPMENT_LIST', 'SELF_SUSTAINMENT_LIST', 'ASSESSMENT_REPORT', 'MOU', 'OTHER')),
    CONSTRAINT ck_pledge_document_latest CHECK (latest_version >= 1)
);
CREATE SEQUENCE pledge_document_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE pledge_document_version (
    id             BIGINT        NOT NULL,
    document_id    BIGINT        NOT NULL,
    version_number INTEGER       NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    media_type     VARCHAR(120)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    scan_result    VARCHAR(20)   NOT NULL,
    uploaded_by    VARCHAR(60)   NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    content        ${document_content} NOT NULL,
    CONSTRAINT pk_pledge_document_version PRIMARY KEY (id),
    CONSTRAINT fk_pledge_document_version_document FOREIGN KEY (document_id) REFERENCES pledge_document (id)
        ON DELETE CASCADE,
    CONSTRAINT uq_pledge_document_version UNIQUE (document_id, version_number),
    CONSTRAINT ck_pledge_document_version_number CHECK (version_number >= 1),
    CONSTRAINT ck_pledge_document_version_size CHECK (size_bytes >= 0 AND size_bytes <= 26214400),
    CONSTRAINT ck_pledge_document_version_scan CHECK (scan_result IN ('CLEAN', 'NOT_SCANNED'))
);
CREATE SEQUENCE pledge_document_version_seq START WITH 50 INCREMENT BY 50;
