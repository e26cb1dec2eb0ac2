-- Patient search (src/server/patients/patient-search.repo.ts): prefix- and typo-tolerant name search with pg_trgm,
-- phone numbers compared as digits only, record numbers by prefix or fragment, dates of birth exactly, and the
-- newest patients first for an empty query. Every query is also filtered by clinic_id; the expressions below must
-- stay byte-identical to the ones the repo uses, or the planner cannot use these indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "patients_name_trgm_idx" ON "patients" USING gin ((lower("given_name" || ' ' || "family_name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "patients_phone_digits_trgm_idx" ON "patients" USING gin ((regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "patients_record_number_trgm_idx" ON "patients" USING gin ((upper("record_number")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "patients_clinic_birth_date_idx" ON "patients" USING btree ("clinic_id", "date_of_birth");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "patients_clinic_created_idx" ON "patients" USING btree ("clinic_id", "created_at" DESC, "id");
