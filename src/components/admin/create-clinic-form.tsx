import { AdminForm } from './admin-form';
import { AdminTextField } from './admin-fields';
import type { AdminFormAction } from './admin-form-state';

export function CreateClinicForm({ timeZones, action }: { timeZones: readonly string[]; action: AdminFormAction }) {
  return (
    <AdminForm action={action} submitLabel="Create clinic and invite its admin" pendingLabel="Creating…" errorTitle="The clinic was not created" resetOnSuccess label="New clinic">
      <div className="grid gap-4 sm:grid-cols-2">
        <AdminTextField id="new-clinic-name" name="name" label="Clinic name" maxLength={120} required />
        <AdminTextField id="new-clinic-slug" name="slug" label="Short name" hint="Lowercase letters, digits and dashes, e.g. harbor-pediatrics." maxLength={50} required autoCapitalize="none" spellCheck={false} />
        <AdminTextField id="new-clinic-time-zone" name="timeZone" label="Time zone" hint="IANA name, e.g. Europe/London." list="new-clinic-time-zones" required autoComplete="off" />
        <datalist id="new-clinic-time-zones">
          {timeZones.map((tz) => (
            <option key={tz} value={tz} />
          ))}
        </datalist>
        <AdminTextField id="new-clinic-country" name="country" label="Country" hint="Two-letter code, e.g. US." maxLength={2} required autoCapitalize="characters" />
        <AdminTextField id="new-clinic-address" name="addressLine" label="Address" maxLength={200} />
        <AdminTextField id="new-clinic-city" name="city" label="City" maxLength={100} />
        <AdminTextField id="new-clinic-postal" name="postalCode" label="Postal code" maxLength={20} />
        <AdminTextField
          id="new-clinic-admin"
          name="adminEmail"
          label="First clinic admin's email"
          hint="They receive an invitation link (single use, 7 days)."
          type="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
      </div>
    </AdminForm>
  );
}
