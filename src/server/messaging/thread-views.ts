import type { ThreadSummary } from './messaging.schemas';

interface ThreadListRow {
  id: string;
  subject: string;
  status: 'open' | 'closed';
  patientName: string;
  assignedName: string | null;
  assignedUserId: string | null;
  lastMessageAt: Date;
  lastReadAt: Date | null;
}

/** Picked fields only; the patient's name is shown to staff, never back to the patient themself (they know it). */
export function threadSummary(row: ThreadListRow, forStaff: boolean): ThreadSummary {
  return {
    id: row.id,
    subject: row.subject,
    status: row.status,
    patientName: forStaff ? row.patientName : null,
    assignedName: row.assignedName,
    assignedUserId: row.assignedUserId,
    lastMessageAt: row.lastMessageAt.toISOString(),
    unread: !row.lastReadAt || row.lastReadAt < row.lastMessageAt,
  };
}
