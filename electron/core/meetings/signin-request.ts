// Reading a sign-in POST: the body, at most `maxBytes` of it, as the fields of a plain HTML form
// (application/x-www-form-urlencoded, what a phone sends with no JavaScript) or of a JSON object
// (the bench and the tests). The answer is the raw fields for the schema to judge, or the status and
// a sentence for the person; nothing here throws.
import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; fields: Record<string, unknown> } | { ok: false; status: 400 | 413 | 415; message: string };

export async function readSubmission(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const tooLarge = { ok: false, status: 413, message: `The form was larger than ${Math.round(maxBytes / 1024)} KB: shorten what you typed and send it again.` } as const;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') {
    return { ok: false, status: 415, message: 'Send the form from the sign-in page (or JSON).' };
  }
  const bytes = await readAtMost(req, maxBytes);
  if (bytes === 'too-large') return tooLarge;
  if (bytes === 'broken') return { ok: false, status: 400, message: 'The form did not arrive whole: send it again.' };
  const text = bytes.toString('utf8');
  if (type === 'application/x-www-form-urlencoded') {
    // A repeated field keeps its first value, as the form has each field once.
    const fields: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(text)) if (!(key in fields)) fields[key] = value;
    return { ok: true, fields };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: 'The body is not JSON.' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, status: 400, message: 'The body must be a JSON object with name, email, phone, consent and pledge.' };
  }
  return { ok: true, fields: json as Record<string, unknown> };
}

/** The whole body; 'too-large' once it passes `maxBytes` (node discards the rest); 'broken' when the connection failed first. */
function readAtMost(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large' | 'broken'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | 'too-large' | 'broken') => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onBroken);
      req.off('close', onBroken);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) done('too-large');
      else chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks, size));
    const onBroken = () => done('broken');
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onBroken);
    req.on('close', onBroken);
  });
}
