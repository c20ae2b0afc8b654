ALTER TABLE `staff` ADD `email` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `password_change_due` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `staff` ADD `one_time_password_expires_at` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `staff_username_lower_idx` ON `staff` (lower("username"));