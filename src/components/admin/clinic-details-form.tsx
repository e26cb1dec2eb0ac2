import { AdminForm } from './admin-form';
import { AdminSelect, AdminTextField } from './admin-fields';
import type { AdminFormAction } from './admin-form-state';

export type ClinicDetails = {
  name: string;
  addressLine: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  phone: string | null;
  timeZone: string;
  cancellationNoticeHours: number;
  slotStepMinutes: number;
  bookingHorizonDays: number;
};

const slotSteps = [5, 10, 15, 20, 30, 60].map((m) => ({ value: String(m), label: `${m} minutes` }));

export function ClinicDetailsForm({ clinic, timeZones, action }: { clinic: ClinicDetails; timeZones: readonly string[]; action: AdminFormAction }) {
  return (
    <AdminForm action={action} submitLabel="Save details" pendingLabel="Saving…" errorTitle="The details were not saved" label="Clinic details">
      <div className="grid gap-5 sm:grid-cols-2">
        <AdminTextField id="clinic-name" name="name" label="Clinic name" defaultValue={clinic.name} required maxLength={120} />
        <AdminTextField id="clinic-phone" name="phone" label="Phone" type="tel" defaultValue={clinic.phone ?? ''} maxLength={40} autoComplete="off" />
        <AdminTextField id="clinic-address" name="addressLine" label="Address" defaultValue={clinic.addressLine ?? ''} maxLength={200} className="sm:col-span-2" />
        <AdminTextField id="clinic-city" name="city" label="City" defaultValue={clinic.city ?? ''} maxLength={100} />
        <AdminTextField id="clinic-region" name="region" label="Region or state" defaultValue={clinic.region ?? ''} maxLength={100} />
        <AdminTextField id="clinic-postal" name="postalCode" label="Postal code" defaultValue={clinic.postalCode ?? ''} maxLength={20} />
        <AdminTextField
          id="clinic-time-zone"
          name="timeZone"
          label="Time zone"
          hint="IANA name, e.g. America/New_York. Schedules are computed in it."
          defaultValue={clinic.timeZone}
          list="clinic-time-zones"
          required
          autoComplete="off"
        />
        <datalist id="clinic-time-zones">
          {timeZones.map((tz) => (
            <option key={tz} value={tz} />
          ))}
        </datalist>
        <AdminTextField
          id="clinic-cancellation"
          name="cancellationNoticeHours"
          label="Cancellation notice (hours)"
          hint="Patients cancel or reschedule online until this long before a visit."
          type="number"
          inputMode="numeric"
          min={0}
          max={720}
          defaultValue={String(clinic.cancellationNoticeHours)}
        />
        <AdminSelect id="clinic-slot-step" name="slotStepMinutes" label="Slot step" hint="Visits start on this grid." defaultValue={String(clinic.slotStepMinutes)} options={slotSteps} />
        <AdminTextField
          id="clinic-horizon"
          name="bookingHorizonDays"
          label="Booking horizon (days)"
          hint="How far ahead patients may book."
          type="number"
          inputMode="numeric"
          min={1}
          max={730}
          defaultValue={String(clinic.bookingHorizonDays)}
        />
      </div>
    </AdminForm>
  );
}
