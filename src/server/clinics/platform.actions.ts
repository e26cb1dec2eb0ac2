'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { requirePrincipal } from '@/server/access/principal';
import { baseUrlFrom } from '@/server/platform/base-url';
import { createClinic } from './create-clinic';
import { toFormError, type FormState as StaffFormState } from '@/server/platform/form-state';

export async function createClinicAction(_state: StaffFormState, form: FormData): Promise<StaffFormState> {
  const principal = await requirePrincipal();
  const fields = ['name', 'slug', 'timeZone', 'country', 'addressLine', 'city', 'postalCode', 'adminEmail'];
  const input = Object.fromEntries(fields.map((f) => [f, form.get(f) ?? undefined]));
  try {
    await createClinic(principal, input, baseUrlFrom(await headers()));
    revalidatePath('/platform/clinics');
    return { ok: true, data: { message: `Clinic created. The invitation went to ${String(input.adminEmail).trim().toLowerCase()}.` } };
  } catch (error) {
    return toFormError(error, 'clinic administration');
  }
}
