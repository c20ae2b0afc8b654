-- The counter's rules as revised (domain.md "Documents", "Blocking", "People and roles").
-- Document kinds become reference data with the spec's stable codes, present in every database.
CREATE TABLE `document_kinds` (
	`code` text PRIMARY KEY NOT NULL,
	`category` text NOT NULL,
	`has_expiry` integer NOT NULL,
	`is_app` integer DEFAULT false NOT NULL,
	`high_route` text,
	`name_da` text NOT NULL,
	`name_en` text NOT NULL,
	`position` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
-- The spec's catalogue; a test holds it equal to the domain's `defaultDocumentKinds`.
INSERT INTO `document_kinds` (`code`, `category`, `has_expiry`, `is_app`, `high_route`, `name_da`, `name_en`, `position`) VALUES
	('passportWithCpr', 'A', 1, 0, 'alone', 'Pas med CPR-nummer (DK/GL/FO)', 'Passport with CPR number (DK/GL/FO)', 1),
	('drivingLicence', 'A', 1, 0, NULL, 'Kørekort (udstedt i DK eller GL)', 'Driving licence (issued in DK or GL)', 2),
	('drivingLicenceApp', 'A', 1, 1, NULL, 'Kørekort-appen', 'Driving-licence app', 3),
	('residencePermitWithCpr', 'A', 1, 0, NULL, 'Opholdskort med foto og CPR-nummer', 'Residence permit with photo and CPR number', 4),
	('foreignMinistryIdCard', 'A', 1, 0, NULL, 'Udenrigsministeriets ID-kort', 'The Foreign Ministry''s ID card', 5),
	('passportWithoutCpr', 'B', 1, 0, 'chipWithCprDocument', 'Pas uden CPR-nummer (DK/GL/FO)', 'Passport without CPR number (DK/GL/FO)', 6),
	('foreignPassport', 'B', 1, 0, 'chipWithCprDocument', 'Udenlandsk pas', 'Foreign passport', 7),
	('foreignIdCard', 'B', 1, 0, 'chipWithCprDocument', 'Udenlandsk nationalt ID-kort', 'Foreign national ID card', 8),
	('residencePermit', 'B', 1, 0, NULL, 'Opholdskort med foto uden CPR-nummer', 'Residence permit with photo, without CPR number', 9),
	('municipalIdCard', 'B', 1, 0, NULL, 'Kommunalt ID-kort', 'Municipal ID card', 10),
	('healthCard', 'C', 0, 0, NULL, 'Sundhedskort (gult)', 'Health card (yellow)', 11),
	('specialHealthCard', 'C', 1, 0, NULL, 'Særligt sundhedskort', 'Special health card', 12),
	('healthCardApp', 'C', 0, 1, NULL, 'Sundhedskort-appen', 'Health-card app', 13),
	('residenceCertificate', 'C', 0, 0, NULL, 'Bopælsattest', 'Residence certificate', 14),
	('personalCertificate', 'C', 0, 0, NULL, 'Personattest', 'Personal certificate', 15),
	('baptismCertificate', 'C', 0, 0, NULL, 'Dåbsattest', 'Baptism certificate', 16),
	('birthCertificate', 'C', 0, 0, NULL, 'Fødselsattest', 'Birth certificate', 17),
	('temporaryHealthCard', 'never', 0, 0, NULL, 'Midlertidigt sundhedskort', 'Temporary health card', 18),
	('emergencyPassport', 'never', 0, 0, NULL, 'Nødpas eller provisorisk pas', 'Emergency or provisional passport', 19);
--> statement-breakpoint
-- Documents already recorded keep what they were, under the new codes (a Danish passport carries the CPR number).
-- The rebuilt table refers to the catalogue; the migrator's transaction keeps foreign keys on, so the kinds are mapped
-- in the copy itself.
CREATE TABLE `__new_visit_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`visit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`expires_on` text,
	`temporary` integer DEFAULT false NOT NULL,
	`digital_copy` integer DEFAULT false NOT NULL,
	`chip_read` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`kind`) REFERENCES `document_kinds`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_visit_documents` (`id`, `visit_id`, `kind`, `expires_on`, `temporary`, `digital_copy`)
	SELECT `id`, `visit_id`,
		CASE `kind`
			WHEN 'danishPassport' THEN 'passportWithCpr'
			WHEN 'danishDrivingLicence' THEN 'drivingLicence'
			WHEN 'danishDrivingLicenceApp' THEN 'drivingLicenceApp'
			ELSE `kind`
		END,
		`expires_on`, `temporary`, `digital_copy`
	FROM `visit_documents`;
--> statement-breakpoint
DROP TABLE `visit_documents`;
--> statement-breakpoint
ALTER TABLE `__new_visit_documents` RENAME TO `visit_documents`;
--> statement-breakpoint
CREATE INDEX `visit_documents_visit_idx` ON `visit_documents` (`visit_id`);
--> statement-breakpoint
-- A block names its credential and the route it was blocked by. Every block taken so far went through a NemID
-- hotline (the only routes offered), so that is what they were; the defaults only fill the existing rows.
ALTER TABLE `blocks` ADD `credential` text NOT NULL DEFAULT 'nemId';
--> statement-breakpoint
ALTER TABLE `blocks` ADD `credential_level` text;
--> statement-breakpoint
ALTER TABLE `blocks` ADD `route` text NOT NULL DEFAULT 'nemIdHotline';
--> statement-breakpoint
UPDATE `blocks` SET `route` = CASE `hotline` WHEN 'business' THEN 'nemIdBusinessHotline' ELSE 'nemIdHotline' END;
--> statement-breakpoint
ALTER TABLE `blocks` DROP COLUMN `hotline`;
--> statement-breakpoint
ALTER TABLE `blocks` ADD `reopened_at` integer;
--> statement-breakpoint
ALTER TABLE `blocks` ADD `reopened_by` integer REFERENCES staff(id);
--> statement-breakpoint
ALTER TABLE `blocks` ADD `reopen_visit_id` integer REFERENCES visits(id);
--> statement-breakpoint
ALTER TABLE `citizens` ADD `address_protected` integer DEFAULT false NOT NULL;
