CREATE TYPE "public"."consent_action" AS ENUM('given', 'changed', 'withdrawn', 'linked');--> statement-breakpoint
CREATE TYPE "public"."consent_surface" AS ENUM('banner', 'settings', 'sign_in');--> statement-breakpoint
CREATE TABLE "consent_log" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "consent_log_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"consent_id" uuid NOT NULL,
	"user_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"action" "consent_action" NOT NULL,
	"categories_before" jsonb,
	"categories_after" jsonb NOT NULL,
	"policy_version" text NOT NULL,
	"surface" "consent_surface" NOT NULL,
	"gpc" boolean NOT NULL,
	"locale" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "consent_log_prev_hash_idx" ON "consent_log" USING btree ("prev_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "consent_log_hash_idx" ON "consent_log" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "consent_log_consent_idx" ON "consent_log" USING btree ("consent_id","seq");--> statement-breakpoint
CREATE INDEX "consent_log_user_idx" ON "consent_log" USING btree ("user_id","seq");--> statement-breakpoint
-- Append-only, enforced by the database and not only by the application (not tracked by drizzle-kit).
CREATE FUNCTION "consent_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent_log is append-only: % is not allowed', TG_OP;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "consent_log_no_update_delete" BEFORE UPDATE OR DELETE ON "consent_log" FOR EACH ROW EXECUTE FUNCTION "consent_log_append_only"();--> statement-breakpoint
CREATE TRIGGER "consent_log_no_truncate" BEFORE TRUNCATE ON "consent_log" FOR EACH STATEMENT EXECUTE FUNCTION "consent_log_append_only"();
