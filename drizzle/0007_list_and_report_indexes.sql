DROP INDEX `visits_caseworker_idx`;--> statement-breakpoint
CREATE INDEX `visits_started_idx` ON `visits` (`started_at`);--> statement-breakpoint
CREATE INDEX `visits_report_idx` ON `visits` (`day`,`outcome`,`method`,`service`,`caseworker_id`);--> statement-breakpoint
CREATE INDEX `visits_caseworker_idx` ON `visits` (`caseworker_id`,`day`,`outcome`,`method`,`service`);