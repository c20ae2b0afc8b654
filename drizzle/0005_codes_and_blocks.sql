CREATE TABLE `blocks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`citizen_id` integer NOT NULL,
	`misuse` text NOT NULL,
	`description` text NOT NULL,
	`reported_on` text NOT NULL,
	`hotline` text NOT NULL,
	`police_report` text NOT NULL,
	`notes` text,
	`codes_revoked` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `blocks_citizen_idx` ON `blocks` (`citizen_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `blocks_reported_idx` ON `blocks` (`reported_on`);--> statement-breakpoint
CREATE TABLE `temporary_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`citizen_id` integer NOT NULL,
	`visit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`code_hash` text NOT NULL,
	`status` text DEFAULT 'issued' NOT NULL,
	`issued_at` integer NOT NULL,
	`day` text NOT NULL,
	`issued_by` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`used_at` integer,
	`blocked_at` integer,
	`revoked_at` integer,
	`revoked_by` integer,
	`revocation_cause` text,
	`revocation_reason` text,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `codes_citizen_idx` ON `temporary_codes` (`citizen_id`,`status`);--> statement-breakpoint
CREATE INDEX `codes_day_idx` ON `temporary_codes` (`day`,`issued_at`);--> statement-breakpoint
CREATE INDEX `codes_status_idx` ON `temporary_codes` (`status`,`expires_at`);--> statement-breakpoint
CREATE INDEX `codes_issued_by_idx` ON `temporary_codes` (`issued_by`,`day`);--> statement-breakpoint
CREATE INDEX `codes_visit_idx` ON `temporary_codes` (`visit_id`);