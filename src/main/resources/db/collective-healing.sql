-- The project's own tables, beside the engine's; created on start (CreateProjectTablesStep), idempotently.
-- Written for PostgreSQL and H2 alike.

-- Consent to share a victim's information (28 CFR 94.115): one record per recipient category.
CREATE TABLE IF NOT EXISTS chw_consent (
  id                 VARCHAR(64)   PRIMARY KEY,
  tenant_id          VARCHAR(64)   NOT NULL,
  victim_case_number VARCHAR(64)   NOT NULL,
  recipient_category VARCHAR(64)   NOT NULL,
  data_classes       VARCHAR(512)  NOT NULL,
  given_by           VARCHAR(64),
  given_on           DATE          NOT NULL,
  expires_on         DATE          NOT NULL,
  written            BOOLEAN       NOT NULL,
  recorded_by        VARCHAR(128),
  recorded_at        TIMESTAMP     NOT NULL,
  revoked_at         TIMESTAMP,
  revoked_by         VARCHAR(128)
);
CREATE INDEX IF NOT EXISTS chw_consent_case ON chw_consent (victim_case_number);

-- What happened to consent records: recorded, revoked, referrals withdrawn.
CREATE TABLE IF NOT EXISTS chw_consent_log (
  id         VARCHAR(64)   PRIMARY KEY,
  consent_id VARCHAR(64)   NOT NULL,
  event      VARCHAR(64)   NOT NULL,
  at         TIMESTAMP     NOT NULL,
  by_user    VARCHAR(128),
  detail     VARCHAR(2000)
);
CREATE INDEX IF NOT EXISTS chw_consent_log_consent ON chw_consent_log (consent_id);

-- Who read a victim case's data, when, through which door.
CREATE TABLE IF NOT EXISTS chw_read_audit (
  id        VARCHAR(64)   PRIMARY KEY,
  read_at   TIMESTAMP     NOT NULL,
  user_id   VARCHAR(128)  NOT NULL,
  tenant_id VARCHAR(64),
  case_key  VARCHAR(128)  NOT NULL,
  resource  VARCHAR(1000) NOT NULL
);
CREATE INDEX IF NOT EXISTS chw_read_audit_case ON chw_read_audit (case_key);

-- Victim lists uploaded into an incident: one row per idempotency key and site, so a retried upload opens no
-- case twice. Holds the row numbers and the case numbers they opened, never what the list said of anyone.
CREATE TABLE IF NOT EXISTS chw_victim_intake (
  id                   VARCHAR(64)   PRIMARY KEY,
  tenant_id            VARCHAR(64)   NOT NULL,
  idempotency_key      VARCHAR(100)  NOT NULL,
  request_hash         VARCHAR(64)   NOT NULL,
  incident_case_number VARCHAR(64)   NOT NULL,
  submitted_by         VARCHAR(128)  NOT NULL,
  submitted_at         TIMESTAMP     NOT NULL,
  victims              INTEGER       NOT NULL,
  result               TEXT          NOT NULL,
  CONSTRAINT chw_victim_intake_key UNIQUE (tenant_id, idempotency_key)
);

-- Mail waiting to go out (README, "Notifications"), written in the transaction of what it tells of; an engine job
-- delivers each row and marks it sent. One row per dedup key (what, about which task, to whom): a repeated
-- command queues nothing twice. Holds no victim detail: the mails carry none.
CREATE TABLE IF NOT EXISTS chw_mail_outbox (
  id         VARCHAR(64)   PRIMARY KEY,
  dedup_key  VARCHAR(300)  NOT NULL,
  recipient  VARCHAR(320)  NOT NULL,
  subject    VARCHAR(300)  NOT NULL,
  body       TEXT          NOT NULL,
  queued_at  TIMESTAMP     NOT NULL,
  sent_at    TIMESTAMP,
  CONSTRAINT chw_mail_outbox_dedup UNIQUE (dedup_key)
);

-- The OVC PMT quarterly report (README, "Reporting"), recorded as advocates complete their tasks: what the report
-- counts of each victim case (PMT demographics, victimization types, special classifications) and each service
-- given, with its date. Keyed by the case's process instance id, so a victim counts once; no name, contact,
-- case number or note. Kept beyond the engine's history time-to-live: a fiscal year's report needs a year.
CREATE TABLE IF NOT EXISTS chw_pmt_victim (
  case_instance_id        VARCHAR(64)   PRIMARY KEY,
  tenant_id               VARCHAR(64)   NOT NULL,
  race_ethnicity          VARCHAR(64),
  gender_identity         VARCHAR(64),
  age_band                VARCHAR(64),
  victimization_types     VARCHAR(2000),
  special_classifications VARCHAR(2000),
  recorded_at             TIMESTAMP     NOT NULL
);

CREATE TABLE IF NOT EXISTS chw_pmt_service (
  id               VARCHAR(64)   PRIMARY KEY,
  case_instance_id VARCHAR(64)   NOT NULL,
  tenant_id        VARCHAR(64)   NOT NULL,
  service          VARCHAR(64)   NOT NULL,
  given_on         DATE          NOT NULL,
  task_id          VARCHAR(64)   NOT NULL,
  CONSTRAINT chw_pmt_service_once UNIQUE (task_id, service)
);
CREATE INDEX IF NOT EXISTS chw_pmt_service_site_date ON chw_pmt_service (tenant_id, given_on);
