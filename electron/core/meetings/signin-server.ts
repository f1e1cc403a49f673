// The phone sign-in page of a meeting: while a meeting is open, the lead's app serves a small form on
// the local network (shown as a QR code and a short address) so walk-ins sign in from their own
// phone's browser, with no install and no JavaScript.
// What it must never do: touch a database (every sign-in goes through the desk, which finds members
// again by e-mail or phone and records each check-in once), accept a sign-in for another meeting
// (the path carries a random code made for this run, so a stale QR code finds nothing), or accept
// one once the meeting is closed (the desk is asked before each request; once it says closed, the
// page stays closed). Per request it does a cookie check, a token bucket, a body of at most 8 KB and
// the desk calls: nothing else, so a room of phones at once stays cheap.
//
// Rate limits (see defaultSignInLimits): each device, known by its signed cookie, may submit 10
// sign-ins at once and then one every 3 s, which lets a phone passed around at the door sign in a
// family and stops a stuck button or a script. A client without a cookie (cookies off, or a script)
// is limited by its address instead, more loosely (30 at once, then one a second), because several
// such devices may share an address. New device cookies are themselves limited per address (400 at
// once, then 2 a second), so a script cannot mint itself a fresh device per request; 400 leaves room
// for a whole hall arriving at once through one address (and for the bench's 200 phones on
// 127.0.0.1). GETs of the page are not limited: they cost a desk.isOpen and a string.
import { randomInt } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import QRCode from 'qrcode';
import { CallError, issuesFromZod, type Issue } from '../../../shared/contract/errors.js';
import { signInSubmissionSchema, type SignInResult, type SignInSubmission } from '../../../shared/meetings/signin-form.js';
import { privateLanIPv4 } from '../net/lan-addresses.js';
import { DeviceCookies } from './device-cookie.js';
import { RateBuckets, type BucketRate } from './rate-buckets.js';
import { formPage, noticePage, welcomePage, type FormValues, type PageMeeting } from './signin-page.js';
import { readSubmission } from './signin-request.js';

/** Where sign-ins go: the meetings core. Its errors: a CallError 'validation' (with issues naming
 * fields) is shown beside the form's fields, 'conflict' and 'busy' as their message; anything else
 * is logged and the person sees a generic sentence. */
export interface SignInDesk {
  signIn(meetingId: string, submission: SignInSubmission): Promise<SignInResult>;
  isOpen(meetingId: string): Promise<boolean>;
}

export interface SignInMeeting extends PageMeeting {
  id: string;
}

export interface SignInLimits {
  /** Per device cookie, on submissions. */
  device: BucketRate;
  /** Per remote address, on submissions that carry no valid device cookie. */
  address: BucketRate;
  /** Per remote address, on new device cookies handed out. */
  newDevices: BucketRate;
  /** Most keys each limit remembers (see rate-buckets.ts). */
  maxKeys: number;
}

export const defaultSignInLimits: SignInLimits = {
  device: { burst: 10, refillEveryMs: 3_000 },
  address: { burst: 30, refillEveryMs: 1_000 },
  newDevices: { burst: 400, refillEveryMs: 500 },
  maxKeys: 20_000,
};

export interface SignInServerOptions {
  meeting: SignInMeeting;
  desk: SignInDesk;
  /** Default 0.0.0.0: every network this computer is on, so phones in the room reach it. */
  host?: string;
  /** 0 (the default) picks any free port. */
  port?: number;
  limit?: Partial<SignInLimits>;
  /** Problems worth the lead's attention, one line each (never what a person typed). Default: stderr. */
  log?: (line: string) => void;
}

export interface RunningSignIn {
  port: number;
  /** http://IP:PORT/m/CODE for each private IPv4 address of this computer; 127.0.0.1 if none. */
  urls: string[];
  /** The first URL without its scheme, short enough to type: 192.168.1.20:4821/m/k7q2. */
  shortAddress: string;
  /** An SVG QR code of the first URL. */
  qrSvg: string;
  /** Stops listening; later requests on open connections get 410, then every connection closes. */
  close(): Promise<void>;
}

/** How long close() waits for requests already with the desk. */
const CLOSE_GRACE_MS = 5_000;

/** Bodies are a name and a few short fields. */
const MAX_BODY_BYTES = 8 * 1024;

const securityHeaders = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  // Not 'no-referrer': under it a browser sends `Origin: null` with the form's POST, which the
  // same-origin check below refuses, so no phone could sign in. 'same-origin' still keeps the page's
  // address (and its meeting code) from any other site.
  'referrer-policy': 'same-origin',
};

const CLOSED_TITLE = "This meeting's sign-in is closed";
const CLOSED_MESSAGE = 'Please sign in at the desk instead.';

interface Answer {
  status: number;
  html: string;
  json: unknown;
  headers?: Record<string, string>;
}

export async function startSignInServer(options: SignInServerOptions): Promise<RunningSignIn> {
  const { meeting, desk } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const limits = { ...defaultSignInLimits, ...options.limit };
  const host = options.host ?? '0.0.0.0';
  const code = meetingCode();
  const path = `/m/${code}`;
  const cookies = new DeviceCookies();
  const deviceBuckets = new RateBuckets(limits.device, limits.maxKeys);
  const addressBuckets = new RateBuckets(limits.address, limits.maxKeys);
  const newDeviceBuckets = new RateBuckets(limits.newDevices, limits.maxKeys);

  let open = true;
  let closing = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;

  /** Asks the desk until it says closed once; from then on the answer stays closed. */
  const stillOpen = async (): Promise<boolean> => {
    if (!open || closing) return false;
    const answer = await desk.isOpen(meeting.id);
    if (!answer && open) {
      open = false;
      log(`sign-in page for meeting ${meeting.id}: the meeting is closed, so sign-ins are refused from now on`);
    }
    return open && !closing;
  };

  const closedAnswer = (): Answer => notice(410, CLOSED_TITLE, CLOSED_MESSAGE, meeting);

  async function answer(req: http.IncomingMessage, setCookie: (header: string) => void): Promise<Answer> {
    if (closing) return closedAnswer();
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (pathname.replace(/\/$/, '').toLowerCase() !== path) {
      return notice(404, 'Nothing here', 'Check the address: it ends with /m/ and a short code, as shown on the screen at the meeting.');
    }
    if (req.method !== 'GET' && req.method !== 'POST') {
      return { ...notice(405, 'Not allowed', 'Only the sign-in form can be sent here.'), headers: { allow: 'GET, POST' } };
    }

    const address = remoteAddress(req);
    let device = cookies.read(req.headers.cookie);
    if (!device && newDeviceBuckets.take(address).ok) {
      const issued = cookies.issue();
      device = issued.device;
      setCookie(issued.header);
      // A device given its cookie by this very POST still counts as cookie-less for this request:
      // otherwise a client that never keeps the cookie would get a fresh device's burst each time.
      if (req.method === 'POST') device = null;
    }

    if (req.method === 'GET') {
      if (!(await stillOpen())) return closedAnswer();
      return { status: 200, html: formPage(meeting, path), json: { ok: true, meeting: { title: meeting.title, chapterName: meeting.chapterName } } };
    }

    if (!sameOrigin(req)) return notice(403, 'Not allowed', 'Sign in from the page itself.', meeting);
    const taken = device ? deviceBuckets.take(device) : addressBuckets.take(address);
    if (!taken.ok) {
      const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
      return {
        ...notice(429, 'One moment', `This phone has sent a lot of sign-ins at once. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then send the form again.`, meeting),
        headers: { 'retry-after': String(seconds) },
      };
    }
    if (!(await stillOpen())) return closedAnswer();

    const body = await readSubmission(req, MAX_BODY_BYTES);
    if (!body.ok) return notice(body.status, body.status === 413 ? 'Too long' : 'Could not read the form', body.message, meeting);
    const parsed = signInSubmissionSchema.safeParse(body.fields);
    if (!parsed.success) return invalid(meeting, path, body.fields, 'Please check the form.', issuesFromZod(parsed.error));

    try {
      const result = await desk.signIn(meeting.id, parsed.data);
      return { status: 200, html: welcomePage(meeting, path, result), json: { ok: true, result } };
    } catch (error) {
      if (error instanceof CallError && error.code === 'validation') return invalid(meeting, path, body.fields, error.message, error.issues ?? []);
      if (error instanceof CallError && error.code === 'conflict') return notice(409, 'Not signed in', error.message, meeting);
      if (error instanceof CallError && error.code === 'busy') return { ...notice(503, 'One moment', error.message, meeting), headers: { 'retry-after': '1' } };
      // The desk may have refused because the meeting closed between the two calls: say so.
      if (!(await stillOpen().catch(() => true))) return closedAnswer();
      throw error;
    }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const headers: Record<string, string> = { ...securityHeaders };
    let reply: Answer;
    try {
      reply = await answer(req, (header) => (headers['set-cookie'] = header));
    } catch (error) {
      log(`sign-in page for meeting ${meeting.id}: ${req.method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      reply = notice(500, 'Something went wrong', 'The sign-in page could not finish this. Please sign in at the desk instead.', meeting);
    }
    const json = wantsJson(req);
    const text = json ? JSON.stringify(reply.json) : reply.html;
    Object.assign(headers, reply.headers, {
      'content-type': json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
    });
    // After a 413 the rest of the body is not worth reading; while closing, no connection is kept.
    if (closing || reply.status === 413) headers.connection = 'close';
    res.writeHead(reply.status, headers);
    res.end(text);
  }

  const server = http.createServer((req, res) => {
    inFlight++;
    void handle(req, res)
      .catch((error: unknown) => {
        log(`sign-in page for meeting ${meeting.id}: could not answer: ${String(error)}`);
        res.destroy();
      })
      .finally(() => {
        if (--inFlight === 0) drained?.();
      });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 20_000;
  server.on('clientError', (_error, socket) => socket.destroy());
  await listen(server, options.port ?? 0, host);
  const port = (server.address() as AddressInfo).port;

  const urls = advertisedHosts(host).map((h) => `http://${h}:${port}${path}`);
  const first = urls[0]!;
  let stopping: Promise<void> | undefined;
  return {
    port,
    urls,
    shortAddress: first.replace(/^http:\/\//, ''),
    qrSvg: await QRCode.toString(first, { type: 'svg', margin: 1 }),
    close: () =>
      (stopping ??= (async () => {
        closing = true;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Requests already with the desk finish and are answered (for at most a few seconds, so a
        // desk that never answers cannot hold the meeting open); then every connection goes.
        if (inFlight > 0) {
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([
            new Promise<void>((resolve) => (drained = resolve)),
            new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS))),
          ]);
          clearTimeout(timer);
        }
        server.closeAllConnections();
        await stopped;
      })()),
  };
}

function notice(status: number, title: string, message: string, meeting?: PageMeeting): Answer {
  return { status, html: noticePage(title, message, meeting), json: { ok: false, error: { message: `${title}: ${message}`, fields: [] } } };
}

function invalid(meeting: PageMeeting, path: string, fields: Record<string, unknown>, message: string, issues: Issue[]): Answer {
  return {
    status: 400,
    html: formPage(meeting, path, formValues(fields), { message, issues }),
    json: { ok: false, error: { message, fields: issues } },
  };
}

/** What was sent, as the form's strings, to fill the form in again. */
function formValues(fields: Record<string, unknown>): FormValues {
  const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);
  const consent = fields.consent === true || fields.consent === 'on' || fields.consent === 'true' ? 'on' : undefined;
  return { name: text(fields.name), email: text(fields.email), phone: text(fields.phone), pledge: text(fields.pledge), consent };
}

// Short enough to type from the screen; no 0/o, 1/l/i to misread. 31^4 ≈ 920,000 codes: enough that
// an old QR code from another meeting does not land on this one, not meant as a secret.
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
function meetingCode(): string {
  let code = '';
  for (let i = 0; i < 4; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

function wantsJson(req: http.IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  if (accept.includes('application/json')) return true;
  return !accept.includes('text/html') && (req.headers['content-type'] ?? '').startsWith('application/json');
}

// A browser sends Origin with every form POST. A page on another site posting here (it would need
// the code) has its own origin; refusing it costs nothing. Clients that send no Origin (the bench,
// curl) are let through: they are limited like any other.
function sameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host}`;
}

function remoteAddress(req: http.IncomingMessage): string {
  const address = req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** The hosts to print and encode: this computer's private IPv4 addresses when listening on all. */
function advertisedHosts(host: string): string[] {
  if (host === '0.0.0.0' || host === '::') {
    const lan = privateLanIPv4();
    return lan.length > 0 ? lan : ['127.0.0.1'];
  }
  return [host.includes(':') ? `[${host}]` : host];
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use: choose another port for the sign-in page`
            : `the sign-in page could not listen on ${host}:${port}: ${error.message}`,
        ),
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
