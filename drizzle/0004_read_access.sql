CREATE TABLE `read_accesses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`citizen_id` integer NOT NULL,
	`receiver_cpr` text NOT NULL,
	`receiver_name` text NOT NULL,
	`rights` text NOT NULL,
	`ends_on` text NOT NULL,
	`visit_id` integer,
	`power_of_attorney` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` integer NOT NULL,
	`activated_at` integer,
	`revoked_at` integer,
	`revocation_reason` text,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `read_accesses_citizen_idx` ON `read_accesses` (`citizen_id`);--> statement-breakpoint
CREATE INDEX `read_accesses_status_idx` ON `read_accesses` (`status`,`ends_on`);