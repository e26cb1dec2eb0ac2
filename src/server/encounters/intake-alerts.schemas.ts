export interface IntakeAlertItem {
  id: string;
  appointmentId: string;
  patient: { id: string; name: string };
  ruleId: string;
  /** The red-flag rule's title (what to look at), never the patient's own words. */
  rule: string;
  urgency: 'emergency' | 'urgent' | 'routine';
  raisedAt: string;
  visitStartsAt: string;
  /** The visit's time on the clinic's calendar, with its zone named. */
  visitTime: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  visitPath: string;
}

export interface IntakeAlertList {
  timeZone: string;
  open: IntakeAlertItem[];
  /** Acknowledged in the last 14 days, most recent first. */
  acknowledged: IntakeAlertItem[];
}

export interface AcknowledgedAlert {
  id: string;
  acknowledgedAt: string;
  acknowledgedBy: string | null;
  /** False when someone had acknowledged it already: acknowledging twice changes nothing. */
  changed: boolean;
}
