-- Report tallies kept by the database itself: every write to `visits`, from any connection, keeps them exact in
-- the same transaction. WITHOUT ROWID (by hand; drizzle-kit does not write it) so a report reads the primary key
-- alone.
CREATE TABLE `visit_tallies` (
	`dimension` text NOT NULL,
	`day` text NOT NULL,
	`value` text NOT NULL,
	`outcome` text NOT NULL,
	`visits` integer NOT NULL,
	PRIMARY KEY(`dimension`, `day`, `value`, `outcome`)
) WITHOUT ROWID;
--> statement-breakpoint
-- The keys a visit is counted under, written once: a refused visit counts once under each rule it broke (a rule
-- broken twice counts once), or under '' when it broke none.
CREATE VIEW `visit_tally_keys` AS
	SELECT `id` AS `visit_id`, `caseworker_id`, `day`, `outcome`, 'caseworker' AS `dimension`, CAST(`caseworker_id` AS TEXT) AS `value` FROM `visits`
	UNION ALL SELECT `id`, `caseworker_id`, `day`, `outcome`, 'service', `service` FROM `visits`
	UNION ALL SELECT `id`, `caseworker_id`, `day`, `outcome`, 'method', coalesce(`method`, '') FROM `visits`
	UNION ALL SELECT DISTINCT v.`id`, v.`caseworker_id`, v.`day`, v.`outcome`, 'refusalRule', coalesce(json_extract(rule.`value`, '$.code'), '')
		FROM `visits` AS v LEFT JOIN json_each(v.`broken_rules`) AS rule WHERE v.`outcome` = 'refused';
--> statement-breakpoint
INSERT INTO `visit_tallies` (`dimension`, `day`, `value`, `outcome`, `visits`)
	SELECT `dimension`, `day`, `value`, `outcome`, count(*) FROM `visit_tally_keys` GROUP BY `dimension`, `day`, `value`, `outcome`;
--> statement-breakpoint
CREATE TRIGGER `visit_tallies_count_insert` AFTER INSERT ON `visits`
BEGIN
	INSERT INTO `visit_tallies` (`dimension`, `day`, `value`, `outcome`, `visits`)
		SELECT `dimension`, `day`, `value`, `outcome`, 1 FROM `visit_tally_keys` WHERE `visit_id` = NEW.`id`
		ON CONFLICT DO UPDATE SET `visits` = `visits` + 1;
END;
--> statement-breakpoint
-- A change to a counted column takes the visit out of its old tallies before the row changes, and counts it
-- under the new ones after.
CREATE TRIGGER `visit_tallies_uncount_update` BEFORE UPDATE OF `day`, `caseworker_id`, `service`, `method`, `outcome`, `broken_rules` ON `visits`
BEGIN
	UPDATE `visit_tallies` SET `visits` = `visits` - 1
		WHERE (`dimension`, `day`, `value`, `outcome`) IN (SELECT `dimension`, `day`, `value`, `outcome` FROM `visit_tally_keys` WHERE `visit_id` = OLD.`id`);
	DELETE FROM `visit_tallies`
		WHERE `visits` = 0 AND (`dimension`, `day`, `value`, `outcome`) IN (SELECT `dimension`, `day`, `value`, `outcome` FROM `visit_tally_keys` WHERE `visit_id` = OLD.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `visit_tallies_count_update` AFTER UPDATE OF `day`, `caseworker_id`, `service`, `method`, `outcome`, `broken_rules` ON `visits`
BEGIN
	INSERT INTO `visit_tallies` (`dimension`, `day`, `value`, `outcome`, `visits`)
		SELECT `dimension`, `day`, `value`, `outcome`, 1 FROM `visit_tally_keys` WHERE `visit_id` = NEW.`id`
		ON CONFLICT DO UPDATE SET `visits` = `visits` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `visit_tallies_uncount_delete` BEFORE DELETE ON `visits`
BEGIN
	UPDATE `visit_tallies` SET `visits` = `visits` - 1
		WHERE (`dimension`, `day`, `value`, `outcome`) IN (SELECT `dimension`, `day`, `value`, `outcome` FROM `visit_tally_keys` WHERE `visit_id` = OLD.`id`);
	DELETE FROM `visit_tallies`
		WHERE `visits` = 0 AND (`dimension`, `day`, `value`, `outcome`) IN (SELECT `dimension`, `day`, `value`, `outcome` FROM `visit_tally_keys` WHERE `visit_id` = OLD.`id`);
END;
