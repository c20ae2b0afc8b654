CREATE TABLE `exemption_grounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`label_da` text NOT NULL,
	`label_en` text NOT NULL,
	`residence_abroad` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exemption_grounds_code_idx` ON `exemption_grounds` (`code`);--> statement-breakpoint
CREATE TABLE `exemptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`citizen_id` integer NOT NULL,
	`capacity` text NOT NULL,
	`applicant_name` text,
	`id_seen` integer NOT NULL,
	`declaration_received` integer NOT NULL,
	`ground_id` integer,
	`notes` text,
	`status` text DEFAULT 'requested' NOT NULL,
	`requested_at` integer NOT NULL,
	`requested_by` integer NOT NULL,
	`decided_at` integer,
	`decided_by` integer,
	`decision_reason` text,
	`resend_paper_post` integer DEFAULT false NOT NULL,
	`revoked_at` integer,
	`revoked_by` integer,
	`revocation_reason` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ground_id`) REFERENCES `exemption_grounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoked_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `exemptions_status_idx` ON `exemptions` (`status`,`requested_at`);--> statement-breakpoint
CREATE INDEX `exemptions_citizen_idx` ON `exemptions` (`citizen_id`,`requested_at`);