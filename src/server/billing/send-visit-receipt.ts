import { sendMail } from '@/server/notifications/mailer';
import { formatMoney } from './money';
import { markReceiptSent, receiptAddressOf } from './visit-payments.repo';

/** Emails the receipt of a paid visit; the visit's date and type only, nothing clinical. */
export async function sendVisitReceipt(paymentId: string, now: Date): Promise<void> {
  const receipt = await receiptAddressOf(paymentId);
  if (!receipt?.email) return;
  await sendMail({
    to: receipt.email,
    subject: 'Your ClinixAI payment receipt',
    text: [
      `Thank you: we received ${formatMoney(receipt.amountMinor, receipt.currency)} for your ${receipt.visitTypeName} on ${receipt.startsAt.toUTCString()}.`,
      '',
      `Receipt number: ${paymentId}`,
      'Your visit is confirmed. You can see this receipt any time under Payments when you sign in.',
    ].join('\n'),
  });
  await markReceiptSent(paymentId, now);
}
