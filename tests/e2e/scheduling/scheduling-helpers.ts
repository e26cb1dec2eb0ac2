import { expect, type APIRequestContext } from '@playwright/test';
import { stableUuid } from '../../../src/db/seed/stable-id';

/** Demo ids: the seed derives every id from a stable key (src/db/seed), so they are the same in every run. */
export const RIVERSIDE = stableUuid('clinic:riverside');
export const HARBOR = stableUuid('clinic:harbor');
export const DR_LEE = stableUuid('user:dr.lee@riverside.example');
export const DR_OKAFOR = stableUuid('user:dr.okafor@riverside.example');
export const FOLLOW_UP = stableUuid('riverside:visit-type:follow_up');
export const VIDEO = stableUuid('riverside:visit-type:video');
/** Jordan Rivera, the record of patient@riverside.example. */
export const JORDAN = stableUuid('riverside:RFC-000101:patient');
export const JORDAN_FIRST_VISIT = stableUuid('riverside:RFC-000101:visit:u0');

const NY = 'America/New_York';

/** A Monday-to-Friday date (YYYY-MM-DD) on Riverside's calendar, at least `daysAhead` days from now. */
export function riversideWeekday(daysAhead: number): string {
  for (let offset = daysAhead; ; offset++) {
    const instant = new Date(Date.now() + offset * 86_400_000);
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: NY, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' }).formatToParts(instant);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    if (!['Sat', 'Sun'].includes(part('weekday'))) return `${part('year')}-${part('month')}-${part('day')}`;
  }
}

export type Slot = { start: string; end: string; clinicianId: string; visitTypeId: string };

export async function slotsOf(api: APIRequestContext, query: { clinicianId: string; visitTypeId: string; from: string; to: string }): Promise<Slot[]> {
  const response = await api.get(`/api/v1/clinics/${RIVERSIDE}/slots?${new URLSearchParams(query)}`);
  expect(response.status(), 'GET slots').toBe(200);
  return ((await response.json()) as { slots: Slot[] }).slots;
}

/** A wall-clock time as the screens show it in a zone: "4:20 PM EST". */
export const clockIn = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone }).format(new Date(iso));
