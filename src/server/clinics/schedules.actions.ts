'use server';

import { revalidatePath } from 'next/cache';
import { requirePrincipal } from '@/server/access/principal';
import { addScheduleException } from './add-schedule-exception';
import { toFormError, type FormState as StaffFormState } from '@/server/platform/form-state';
import { removeScheduleException } from './remove-schedule-exception';
import { MAX_RANGES_PER_DAY } from './schedule.schemas';
import { setClinicianVisitTypes } from './set-clinician-visit-types';
import { setWorkingHours } from './set-working-hours';

type FormState = StaffFormState;
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

async function run(work: () => Promise<unknown>, message: string): Promise<FormState> {
  try {
    await work();
    revalidatePath('/admin/schedules');
    return { ok: true, data: { message } };
  } catch (error) {
    return toFormError(error, 'clinic administration');
  }
}

/** Empty start-and-end pairs are unused rows; a half-filled pair is sent on so its error names it. */
export async function setWorkingHoursAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  const days = Array.from({ length: 7 }, (_, weekday) =>
    Array.from({ length: MAX_RANGES_PER_DAY }, (_, i) => ({ start: text(form, `day-${weekday}-start-${i}`), end: text(form, `day-${weekday}-end-${i}`) })).filter(
      (r) => r.start !== '' || r.end !== '',
    ),
  );
  return run(() => setWorkingHours(principal, { clinicianUserId: text(form, 'clinicianUserId'), days }), 'Working hours saved.');
}

export async function addScheduleExceptionAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  const input = { clinicianUserId: text(form, 'clinicianUserId'), startsAt: text(form, 'startsAt'), endsAt: text(form, 'endsAt'), reason: text(form, 'reason') };
  return run(() => addScheduleException(principal, input), 'Exception added.');
}

export async function removeScheduleExceptionAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  return run(() => removeScheduleException(principal, { clinicianUserId: text(form, 'clinicianUserId'), exceptionId: text(form, 'exceptionId') }), 'Exception removed.');
}

export async function setClinicianVisitTypesAction(_state: FormState, form: FormData): Promise<FormState> {
  const principal = await requirePrincipal();
  const visitTypeIds = form.getAll('visitTypeIds').filter((v): v is string => typeof v === 'string');
  return run(() => setClinicianVisitTypes(principal, { clinicianUserId: text(form, 'clinicianUserId'), visitTypeIds }), 'Visit types saved.');
}
