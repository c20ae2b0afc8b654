CREATE TABLE `visit_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`expires_on` text,
	`temporary` integer DEFAULT false NOT NULL,
	`digital_copy` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `visit_documents_visit_idx` ON `visit_documents` (`visit_id`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`citizen_id` integer NOT NULL,
	`caseworker_id` integer NOT NULL,
	`service` text NOT NULL,
	`outcome` text DEFAULT 'open' NOT NULL,
	`started_at` integer NOT NULL,
	`day` text NOT NULL,
	`closed_at` integer,
	`method` text,
	`target_level` text,
	`level` text,
	`in_person` integer DEFAULT true NOT NULL,
	`cpr_questions_asked` integer,
	`cpr_questions_correct` integer,
	`witness_id` integer,
	`witness_mitid_since` text,
	`witness_photo_id_seen` integer,
	`witness_photo_id_has_cpr` integer,
	`witness_cpr_document_seen` integer,
	`refusal_reason` text,
	`broken_rules` text,
	`notes` text,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`caseworker_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`witness_id`) REFERENCES `witnesses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visits_day_idx` ON `visits` (`day`,`started_at`);--> statement-breakpoint
CREATE INDEX `visits_citizen_idx` ON `visits` (`citizen_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `visits_caseworker_idx` ON `visits` (`caseworker_id`,`day`);--> statement-breakpoint
CREATE INDEX `visits_service_idx` ON `visits` (`service`,`day`);--> statement-breakpoint
CREATE INDEX `visits_method_idx` ON `visits` (`method`,`day`);--> statement-breakpoint
CREATE INDEX `visits_outcome_idx` ON `visits` (`outcome`,`day`);--> statement-breakpoint
CREATE INDEX `visits_witness_idx` ON `visits` (`witness_id`,`closed_at`);--> statement-breakpoint
CREATE TABLE `witnesses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cpr` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `witnesses_cpr_idx` ON `witnesses` (`cpr`);