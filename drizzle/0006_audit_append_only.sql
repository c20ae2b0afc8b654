-- The audit log is append-only in the database itself (domain.md "Audit log"), not only by habit of the code: these
-- triggers hold for every connection, the sqlite3 shell included. Retention lives in a one-row table the triggers
-- can read; the application writes the policy's number into it when it opens the database.
CREATE TABLE `audit_retention` (
	`id` integer PRIMARY KEY NOT NULL,
	`days` integer NOT NULL,
	CONSTRAINT "audit_retention_one_row" CHECK("audit_retention"."id" = 1)
);
--> statement-breakpoint
-- Written by hand: drizzle-kit 0.31 quotes an expression index as if it were a column name.
CREATE INDEX `audit_details_citizen_idx` ON `audit_log` (json_extract(`details`, '$.citizenId'));
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only: an entry cannot be changed');
END;
--> statement-breakpoint
-- Refused unless the entry is certainly older than the retention: a missing retention row, or a clock the shell's
-- SQLite cannot read, must not read as "no retention". strftime('%s') works in every SQLite (unixepoch('subsec')
-- needs 3.42; Debian 12's sqlite3 shell is 3.40); a second is precise enough for a period of years.
CREATE TRIGGER `audit_log_keep_retention` BEFORE DELETE ON `audit_log`
WHEN coalesce(OLD.`at` < CAST(strftime('%s', 'now') AS INTEGER) * 1000 - (SELECT `days` FROM `audit_retention` WHERE `id` = 1) * 86400000, 0) = 0
BEGIN
	SELECT RAISE(ABORT, 'audit_log: an entry younger than the retention period cannot be deleted');
END;
--> statement-breakpoint
-- [policy] The floor is policy.auditRetentionMinimumDays (183 days; the old Danish security order's 6 months):
-- retention cannot be lowered below it, nor set to something that is not a whole number of days.
CREATE TRIGGER `audit_retention_floor_insert` BEFORE INSERT ON `audit_retention`
WHEN typeof(NEW.`days`) <> 'integer' OR NEW.`days` < 183
BEGIN
	SELECT RAISE(ABORT, 'audit_retention: at least 183 days');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_retention_floor_update` BEFORE UPDATE ON `audit_retention`
WHEN typeof(NEW.`days`) <> 'integer' OR NEW.`days` < 183
BEGIN
	SELECT RAISE(ABORT, 'audit_retention: at least 183 days');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_retention_no_delete` BEFORE DELETE ON `audit_retention`
BEGIN
	SELECT RAISE(ABORT, 'audit_retention: the retention row cannot be deleted');
END;
