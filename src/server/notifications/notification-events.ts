/**
 * Every event a person can be notified of, with the channels it may use. Preferences are stored per person,
 * event and channel; an event with `required` set (account security) cannot be switched off by email.
 */
export const notificationEvents = [
  // The patient's email for these is the visit's own confirmation with its calendar file (src/server/scheduling),
  // always sent like a receipt; the notification centre adds the in-app notice.
  { id: 'appointment.booked', label: 'A visit is booked', channels: ['in_app'] },
  { id: 'appointment.rescheduled', label: 'A visit is moved', channels: ['in_app'] },
  { id: 'appointment.cancelled', label: 'A visit is cancelled', channels: ['in_app'] },
  { id: 'appointment.reminder', label: 'Visit reminders (24 hours and 2 hours before)', channels: ['in_app', 'email'] },
  { id: 'intake.red_flag', label: 'A red flag in a patient\'s pre-visit intake (staff)', channels: ['in_app', 'email'] },
  { id: 'message.received', label: 'A new secure message', channels: ['in_app', 'email'] },
  { id: 'staff.invited', label: 'Staff invitations', channels: ['in_app'] },
  { id: 'security.sign_in', label: 'A new sign-in to your account', channels: ['in_app', 'email'] },
  { id: 'security.password_changed', label: 'Your password was changed', channels: ['in_app', 'email'], required: ['email'] },
] as const satisfies readonly { id: string; label: string; channels: readonly Channel[]; required?: readonly Channel[] }[];

export type Channel = 'in_app' | 'email';
export const channels: readonly Channel[] = ['in_app', 'email'];
export type NotificationEvent = (typeof notificationEvents)[number]['id'];
export const notificationEventIds = notificationEvents.map((event) => event.id) as [NotificationEvent, ...NotificationEvent[]];

export function eventOffers(event: string, channel: Channel): boolean {
  const found = notificationEvents.find((entry) => entry.id === event);
  return found !== undefined && (found.channels as readonly Channel[]).includes(channel);
}

/** A channel the person cannot switch off for this event (e.g. the password-changed email). */
export function isRequired(event: string, channel: Channel): boolean {
  const found = notificationEvents.find((entry) => entry.id === event);
  return found !== undefined && 'required' in found && (found.required as readonly Channel[]).includes(channel);
}
