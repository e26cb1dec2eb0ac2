'use client';

import { TextField } from '@/components/auth/form-field';
import { ChartForm } from './chart-form';
import type { PatientFormAction } from './patient-form-state';

const fields = [
  { name: 'phone', id: 'contact-phone', label: 'Phone' },
  { name: 'email', id: 'contact-email', label: 'Email' },
  { name: 'addressLine', id: 'contact-address', label: 'Address' },
  { name: 'city', id: 'contact-city', label: 'City' },
  { name: 'postalCode', id: 'contact-postal', label: 'Postal code' },
] as const;

type Contact = { phone: string | null; email: string | null; addressLine: string | null; city: string | null; postalCode: string | null };

/** Contact details, edited by the patient themself or by a clinician (`staff`). */
export function ContactForm({ action, patientId, contact, staff = false }: { action: PatientFormAction; patientId: string; contact: Contact; staff?: boolean }) {
  return (
    <ChartForm action={action} hidden={{ patientId }} fields={fields} failureTitle={staff ? 'The contact details were not saved' : 'Your contact details were not saved'} submitLabel="Save contact details" pendingLabel="Saving…" resetOnSuccess={false}>
      {(errors) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="contact-phone" name="phone" label="Phone" type="tel" autoComplete="tel" defaultValue={contact.phone ?? ''} errors={errors.phone} />
          <TextField id="contact-email" name="email" label="Email" type="email" autoComplete="email" defaultValue={contact.email ?? ''} errors={errors.email} />
          <TextField id="contact-address" name="addressLine" label="Address" autoComplete="street-address" defaultValue={contact.addressLine ?? ''} errors={errors.addressLine} />
          <TextField id="contact-city" name="city" label="City" autoComplete="address-level2" defaultValue={contact.city ?? ''} errors={errors.city} />
          <TextField id="contact-postal" name="postalCode" label="Postal code" autoComplete="postal-code" defaultValue={contact.postalCode ?? ''} errors={errors.postalCode} />
        </div>
      )}
    </ChartForm>
  );
}
