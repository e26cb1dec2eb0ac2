CREATE INDEX "users_created_idx" ON "users" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "memberships_clinic_staff_idx" ON "memberships" USING btree ("clinic_id","role","status") WHERE "memberships"."role" <> 'patient';--> statement-breakpoint
CREATE INDEX "clinical_notes_draft_idx" ON "clinical_notes" USING btree ("clinic_id","appointment_id") WHERE "clinical_notes"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "notification_jobs_dead_idx" ON "notification_jobs" USING btree ("run_at") WHERE "notification_jobs"."status" = 'dead';--> statement-breakpoint
CREATE INDEX "patients_user_idx" ON "patients" USING btree ("user_id","clinic_id");