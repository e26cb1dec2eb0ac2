import type { Result } from '@/lib/result';

/*
 * What the scheduling screens receive, restated here because components do not import server modules;
 * the pages pass use-case results and server actions (src/server/scheduling/scheduling.actions.ts) in,
 * and TypeScript checks at that boundary that the two agree.
 */
export type AppointmentStatus = 'booked' | 'arrived' | 'completed' | 'cancelled' | 'no_show';

export interface ScheduleEntry {
  id: string;
  start: string;
  end: string;
  status: AppointmentStatus;
  patientName: string;
  clinicianId: string;
  clinicianName: string;
  visitTypeId: string;
  visitTypeName: string;
  mode: 'in_person' | 'video';
  changeableOnline: boolean;
}

export interface BookingOptions {
  clinic: { id: string; name: string; timeZone: string; cancellationNoticeHours: number; horizonDays: number };
  clinicians: { id: string; name: string; visitTypeIds: string[] }[];
  visitTypes: { id: string; name: string; durationMinutes: number; mode: 'in_person' | 'video' }[];
  forStaff: boolean;
  patients: { id: string; label: string }[];
  today: string;
}

export interface SlotItem {
  start: string;
  end: string;
}

export interface AppointmentResult {
  id: string;
  start: string;
  status: AppointmentStatus;
  /** Present when the clinic requires payment at booking: the slot is held until the patient pays. */
  payment?: { required: true; payUrl: string };
}

export type LoadSlots = (input: { clinicId: string; clinicianId: string; visitTypeId: string; date: string }) => Promise<Result<{ slots: SlotItem[] }>>;
export type BookAction = (input: unknown) => Promise<Result<AppointmentResult>>;
export type ChangeAction = (input: { appointmentId: string; change: unknown }) => Promise<Result<AppointmentResult>>;

export const selectClass =
  'flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-base text-foreground aria-invalid:border-destructive sm:text-sm';

export const statusLabels: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  arrived: 'Arrived',
  completed: 'Completed',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};
