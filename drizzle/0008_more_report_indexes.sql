DROP INDEX `visits_started_idx`;--> statement-breakpoint
DROP INDEX `visits_service_idx`;--> statement-breakpoint
DROP INDEX `visits_method_idx`;--> statement-breakpoint
CREATE INDEX `visits_service_idx` ON `visits` (`service`,`day`,`outcome`);--> statement-breakpoint
CREATE INDEX `visits_method_idx` ON `visits` (`method`,`day`,`outcome`);--> statement-breakpoint
CREATE INDEX `complaints_received_at_idx` ON `complaints` (`received_at`);--> statement-breakpoint
CREATE INDEX `codes_used_idx` ON `temporary_codes` (`status`,`used_at`);