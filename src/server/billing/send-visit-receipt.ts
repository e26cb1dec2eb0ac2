import { sendMail } from '@/server/notifications/mailer';
import { formatMoney } from './money';
import { markReceiptSent, receiptAddressOf } from './visit-payments.repo';

const visitTime = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(at) + ` (${timeZone})`;

/** Emails the receipt of a paid visit; the visit's date and type only, nothing clinical. */
export async function sendVisitReceipt(paymentId: string, now: Date): Promise<void> {
  const receipt = await receiptAddressOf(paymentId);
  if (!receipt?.email) return;
  await sendMail({
    to: receipt.email,
    subject: 'Your ClinixAI payment receipt',
    text: [
      `Thank you: ${receipt.clinicName} received ${formatMoney(receipt.amountMinor, receipt.currency)} for your ${receipt.visitTypeName} on ${visitTime(receipt.startsAt, receipt.timeZone)}.`,
      '',
      `Receipt number: ${paymentId}`,
      'Your visit is confirmed. You can see this receipt any time under Payments when you sign in.',
    ].join('\n'),
  });
  await markReceiptSent(paymentId, now);
}
