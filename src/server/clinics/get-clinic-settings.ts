import { notFound } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { configurableClinicOf } from './clinic-settings.policy';
import { findClinicSettings, findOpeningHours, findVisitTypes } from './clinic-settings.repo';
import { hhmm } from './time-of-day';

const currencyByCountry: Record<string, string> = { US: 'USD', GB: 'GBP', CA: 'CAD', AU: 'AUD', IE: 'EUR', DE: 'EUR', FR: 'EUR', NL: 'EUR' };

export type ClinicSettingsView = NonNullable<Awaited<ReturnType<typeof findClinicSettings>>>;
export type OpeningDayView = { weekday: number; closed: boolean; opensAt: string; closesAt: string };
export type VisitTypeView = Awaited<ReturnType<typeof findVisitTypes>>[number];

/** The settings screen: the clinic's details, its week (closed days included) and its visit types. */
export async function getClinicSettings(principal: Principal) {
  const clinicId = configurableClinicOf(principal);
  if (!clinicId) throw notFound('The clinic settings');
  const [settings, hours, visitTypes] = await Promise.all([findClinicSettings(clinicId), findOpeningHours(clinicId), findVisitTypes(clinicId)]);
  if (!settings) throw notFound('The clinic');
  const week: OpeningDayView[] = Array.from({ length: 7 }, (_, weekday) => {
    const day = hours.find((h) => h.weekday === weekday);
    return day ? { weekday, closed: false, opensAt: hhmm(day.opensAt), closesAt: hhmm(day.closesAt) } : { weekday, closed: true, opensAt: '', closesAt: '' };
  });
  // New visit types start in the currency the clinic already uses, or its country's.
  const defaultCurrency = visitTypes[0]?.currency ?? currencyByCountry[settings.country] ?? 'USD';
  return { settings, week, visitTypes, defaultCurrency };
}
