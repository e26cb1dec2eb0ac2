import { expect, test } from '../support/fixtures';
import { signInAs } from '../support/sign-in';
import { DR_LEE, FOLLOW_UP, HARBOR, JORDAN, JORDAN_FIRST_VISIT, RIVERSIDE, riversideWeekday } from './scheduling-helpers';

for (const email of ['admin@harbor.example', 'dr.shah@harbor.example']) {
  test(`${email} gets 404 for Riverside's clinicians, slots and appointments, and sees Harbor's`, async ({ page, baseURL }) => {
    await signInAs(page, baseURL!, email);
    const day = riversideWeekday(3);
    const headers = { origin: baseURL! };
    const answers = [
      await page.request.get(`/api/v1/clinics/${RIVERSIDE}/clinicians`),
      await page.request.get(`/api/v1/clinics/${RIVERSIDE}/slots?clinicianId=${DR_LEE}&visitTypeId=${FOLLOW_UP}&from=${day}&to=${day}`),
      await page.request.get(`/api/v1/appointments/${JORDAN_FIRST_VISIT}`),
      await page.request.patch(`/api/v1/appointments/${JORDAN_FIRST_VISIT}`, { data: { status: 'cancelled' }, headers }),
      await page.request.post('/api/v1/appointments', { data: { clinicId: RIVERSIDE, clinicianId: DR_LEE, visitTypeId: FOLLOW_UP, start: `${day}T15:00:00Z`, patientId: JORDAN }, headers }),
    ];
    for (const answer of answers) {
      expect(answer.status(), answer.url()).toBe(404);
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    // Riverside's appointments never show in Harbor's list.
    const listed = (await (await page.request.get(`/api/v1/appointments?from=${day}&to=${day}`)).json()) as { appointments: { id: string }[] };
    expect(listed.appointments.map((a) => a.id)).not.toContain(JORDAN_FIRST_VISIT);
    const own = await page.request.get(`/api/v1/clinics/${HARBOR}/clinicians`);
    expect(own.status()).toBe(200);
    expect(((await own.json()) as { clinicians: { name: string }[] }).clinicians.map((c) => c.name)).toEqual(['Anjali Shah']);
  });
}
