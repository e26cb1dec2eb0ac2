import { expect } from '@playwright/test';

/** Mail the platform sent to the local SMTP peer (tests/peers/smtp-server.mjs). */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: string }[];
}

const inboxUrl = () => `http://127.0.0.1:${process.env.CLINIXAI_E2E_INBOX_PORT}/messages`;

/**
 * Waits until a message to `to` whose subject matches arrives, and returns the newest. Mail goes through the
 * notification queue: sent at once when the request that queued it can, otherwise by the next 15-second sweep,
 * so the hang guard allows a few sweeps on a loaded machine.
 */
export async function waitForMail(to: string, subject: RegExp): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(async () => {
      const response = await fetch(`${inboxUrl()}?to=${encodeURIComponent(to)}`);
      const mails = (await response.json()) as ReceivedMail[];
      found = mails.filter((m) => subject.test(m.subject)).at(-1);
      return Boolean(found);
    }, { message: `mail to ${to} matching ${subject}`, timeout: 60_000 })
    .toBe(true);
  return found!;
}

/** The first link in a mail, as a path on our own site. */
export function linkIn(mail: ReceivedMail): string {
  const match = mail.text.match(/https?:\/\/[^\s]+/);
  if (!match) throw new Error(`no link in "${mail.subject}"`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}
