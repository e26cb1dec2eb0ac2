import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/config/env';
import { logger } from '@/server/platform/logger';
import { storeInOutbox } from './mail-outbox.repo';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Sent over SMTP (the outbox keeps the text only), e.g. a visit's .ics. */
  attachments?: { filename: string; content: string; contentType: string }[];
  /** A stable Message-ID (a notification job's id), so a rare duplicate after a crash is recognisable. */
  messageId?: string;
}

export const MAIL_FROM = 'ClinixAI <no-reply@clinixai.pro>';

const holder = globalThis as typeof globalThis & { __clinixaiMailer?: Transporter };

function transport(url: string): Transporter {
  holder.__clinixaiMailer ??= nodemailer.createTransport(url);
  return holder.__clinixaiMailer;
}

/**
 * Sends over SMTP when SMTP_URL is set; otherwise the message goes to the outbox the platform
 * admin reads, and a development server prints it so a newcomer can follow the link.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  const config = env();
  if (config.SMTP_URL) {
    await transport(config.SMTP_URL).sendMail({ from: MAIL_FROM, ...message });
    return;
  }
  await storeInOutbox({ to: message.to, subject: message.subject, text: message.text }, null);
  // A local installation (embedded database or dev server) has no admin reading the outbox yet.
  // Never under test: links carry single-use tokens and test output is kept in CI logs.
  if (config.NODE_ENV !== 'test' && (config.NODE_ENV === 'development' || config.dbEngine === 'pglite')) {
    process.stdout.write(`\n[outbox] To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n\n`);
  } else {
    logger().info('mail stored in outbox (no SMTP_URL configured)');
  }
}
