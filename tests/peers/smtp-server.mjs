// A real SMTP server on loopback (smtp-server) that keeps what it receives, plus a tiny
// HTTP inbox so browser tests can read the mail: GET /messages?to=address -> [{ to, subject, text, attachments }].
import http from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * @param {{ smtpPort: number, httpPort: number }} options
 */
export async function startSmtpServer({ smtpPort, httpPort }) {
  /** @type {{ to: string[], subject: string, text: string, attachments: { filename: string, contentType: string, content: string }[], receivedAt: string }[]} */
  const messages = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            attachments: (mail.attachments ?? []).map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') })),
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));

  const inbox = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const to = url.searchParams.get('to')?.toLowerCase();
    const list = to ? messages.filter((m) => m.to.includes(to)) : messages;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(list));
  });
  await new Promise((resolve) => inbox.listen(httpPort, '127.0.0.1', resolve));

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl: `http://127.0.0.1:${httpPort}/messages`,
    messages,
    close: async () => {
      await new Promise((resolve) => smtp.close(resolve));
      await new Promise((resolve) => inbox.close(resolve));
    },
  };
}
