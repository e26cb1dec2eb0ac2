CREATE TYPE "public"."visit_payment_status" AS ENUM('pending_payment', 'paid', 'expired', 'refunded', 'cancelled');--> statement-breakpoint
CREATE TABLE "clinic_billing" (
	"clinic_id" uuid PRIMARY KEY NOT NULL,
	"plan" text DEFAULT 'starter' NOT NULL,
	"billing_interval" text,
	"stripe_customer_id" text,
	"stripe_subscription_id" text,
	"subscription_status" text,
	"seats" integer,
	"current_period_end" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"past_due_since" timestamp with time zone,
	"subscription_event_at" bigint,
	"connect_account_id" text,
	"connect_charges_enabled" boolean DEFAULT false NOT NULL,
	"connect_event_at" bigint,
	"require_payment_at_booking" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinic_billing_plan" CHECK ("clinic_billing"."plan" IN ('starter', 'pro'))
);
--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"appointment_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" "visit_payment_status" DEFAULT 'pending_payment' NOT NULL,
	"amount_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"platform_fee_minor" integer NOT NULL,
	"hold_expires_at" timestamp with time zone NOT NULL,
	"checkout_session_id" text,
	"checkout_url" text,
	"payment_intent_id" text,
	"paid_at" timestamp with time zone,
	"refunded_at" timestamp with time zone,
	"receipt_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_payments_amount" CHECK ("visit_payments"."amount_minor" > 0 AND "visit_payments"."platform_fee_minor" >= 0)
);
--> statement-breakpoint
ALTER TABLE "clinic_billing" ADD CONSTRAINT "clinic_billing_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_payments" ADD CONSTRAINT "visit_payments_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_payments" ADD CONSTRAINT "visit_payments_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_payments" ADD CONSTRAINT "visit_payments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_billing_customer_idx" ON "clinic_billing" USING btree ("stripe_customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clinic_billing_connect_idx" ON "clinic_billing" USING btree ("connect_account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_payments_appointment_idx" ON "visit_payments" USING btree ("appointment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_payments_session_idx" ON "visit_payments" USING btree ("checkout_session_id");--> statement-breakpoint
CREATE INDEX "visit_payments_patient_idx" ON "visit_payments" USING btree ("clinic_id","patient_id","created_at");--> statement-breakpoint
CREATE INDEX "visit_payments_hold_idx" ON "visit_payments" USING btree ("status","hold_expires_at");