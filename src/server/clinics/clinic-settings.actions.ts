'use server';

import { revalidatePath } from 'next/cache';
import { requirePrincipal } from '@/server/access/principal';
import { deleteVisitType } from './delete-visit-type';
import { toFormError, type FormState as StaffFormState } from '@/server/platform/form-state';
import { saveVisitType } from './save-visit-type';
import { setOpeningHours } from './set-opening-hours';
import { updateClinicSettings } from './update-clinic-settings';

type FormState = StaffFormState;
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

async function run(work: () => Promise<unknown>, message: string, path: string): Promise<FormState> {
  try {
    await work();
    revalidatePath(path);
    return { ok: true, data: { message } };
  } catch (error) {
    return toFormError(error, 'clinic administration');
  }
}

export async function updateClinicSettingsAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  const fields = ['name', 'addressLine', 'city', 'region', 'postalCode', 'phone', 'timeZone', 'cancellationNoticeHours', 'slotStepMinutes', 'bookingHorizonDays'];
  return run(() => updateClinicSettings(principal, Object.fromEntries(fields.map((f) => [f, text(form, f)]))), 'Clinic details saved.', '/admin/settings');
}

export async function setOpeningHoursAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  const days = Array.from({ length: 7 }, (_, weekday) => ({
    weekday,
    closed: form.get(`closed-${weekday}`) === 'on',
    opensAt: text(form, `opens-${weekday}`),
    closesAt: text(form, `closes-${weekday}`),
  }));
  return run(() => setOpeningHours(principal, { days }), 'Opening hours saved.', '/admin/settings');
}

export async function saveVisitTypeAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  const id = text(form, 'id') || undefined;
  const input = {
    id,
    name: text(form, 'name'),
    durationMinutes: text(form, 'durationMinutes'),
    mode: text(form, 'mode'),
    priceMinor: text(form, 'priceMinor'),
    currency: text(form, 'currency'),
    bufferBeforeMinutes: text(form, 'bufferBeforeMinutes'),
    bufferAfterMinutes: text(form, 'bufferAfterMinutes'),
    active: form.get('active') === 'on',
  };
  return run(() => saveVisitType(principal, input), id ? 'Visit type saved.' : 'Visit type added.', '/admin/settings');
}

export async function deleteVisitTypeAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  return run(() => deleteVisitType(principal, { id: text(form, 'id') }), 'Visit type deleted.', '/admin/settings');
}
