CREATE TABLE `complaint_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`complaint_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`content` blob NOT NULL,
	`uploaded_by` integer NOT NULL,
	`uploaded_at` integer NOT NULL,
	FOREIGN KEY (`complaint_id`) REFERENCES `complaints`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaint_attachments_complaint_idx` ON `complaint_attachments` (`complaint_id`);--> statement-breakpoint
CREATE TABLE `complaint_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`complaint_id` integer NOT NULL,
	`at` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`kind` text NOT NULL,
	`comment` text,
	`changes` text,
	FOREIGN KEY (`complaint_id`) REFERENCES `complaints`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaint_events_complaint_idx` ON `complaint_events` (`complaint_id`,`at`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`received_at` integer NOT NULL,
	`received_day` text NOT NULL,
	`channel` text NOT NULL,
	`subject` text NOT NULL,
	`scheme` text NOT NULL,
	`complainant_name` text NOT NULL,
	`complainant_phone` text NOT NULL,
	`description` text NOT NULL,
	`mitid_user_id` text,
	`complainant_address` text,
	`filed_on_behalf` integer DEFAULT false NOT NULL,
	`on_behalf_of_name` text,
	`power_of_attorney` integer DEFAULT false NOT NULL,
	`citizen_id` integer,
	`visit_id` integer,
	`status` text DEFAULT 'received' NOT NULL,
	`assignee_id` integer,
	`forwarded_via` text,
	`closed_at` integer,
	`created_by` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`citizen_id`) REFERENCES `citizens`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_status_idx` ON `complaints` (`status`,`received_day`);--> statement-breakpoint
CREATE INDEX `complaints_received_idx` ON `complaints` (`received_day`);--> statement-breakpoint
CREATE INDEX `complaints_assignee_idx` ON `complaints` (`assignee_id`,`status`);--> statement-breakpoint
CREATE INDEX `complaints_subject_idx` ON `complaints` (`subject`,`received_day`);--> statement-breakpoint
CREATE INDEX `complaints_citizen_idx` ON `complaints` (`citizen_id`);