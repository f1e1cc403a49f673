// A room of phones signing in at once, for the rally_signins_per_s figure: each simulated phone
// opens the sign-in page (which hands it its own device cookie, so the per-device limit applies to
// each phone as it would in a hall), then posts its sign-ins one after another as JSON, waiting as
// told when the page answers 429 and sending the same sign-in again. All phones run concurrently over
// node's fetch, which keeps connections alive.
// Only a 429 is retried: it means the sign-in was not recorded. Any other failure is counted and
// not retried, so a sign-in is never sent twice after the desk may have recorded it.
import type { SignInSubmission } from '../shared/meetings/signin-form.js';

export interface RallyOptions {
  /** The sign-in page's URL, http://HOST:PORT/m/CODE. */
  url: string;
  phones: number;
  signInsPerPhone: number;
  /** The person of sign-in `i` (0 ≤ i < phones × signInsPerPhone; phone p sends p × signInsPerPhone onwards). */
  makePerson(i: number): SignInSubmission;
  /** Times one sign-in may be told to wait before it counts as failed. Default 20. */
  maxRetries?: number;
}

export interface RallyResult {
  /** Sign-ins attempted: phones × signInsPerPhone. */
  total: number;
  /** Sign-ins the page answered 200. */
  ok: number;
  /** 429 answers waited out and sent again. */
  retried: number;
  /** From the first page load to the last answer. */
  elapsedMs: number;
  /** ok per second of elapsedMs. */
  perSecond: number;
  /** Up to 10 reasons for sign-ins that failed, to tell why ok < total. */
  failures: string[];
}

export async function runRally(options: RallyOptions): Promise<RallyResult> {
  const maxRetries = options.maxRetries ?? 20;
  let ok = 0;
  let retried = 0;
  const failures: string[] = [];
  const fail = (reason: string) => {
    if (failures.length < 10) failures.push(reason);
  };

  async function phone(p: number): Promise<void> {
    const page = await fetch(options.url);
    await page.text();
    if (page.status !== 200) {
      for (let n = 0; n < options.signInsPerPhone; n++) fail(`phone ${p}: the page answered ${page.status}`);
      return;
    }
    // Without a cookie (the page hands out only so many per address) the phone goes on cookie-less,
    // limited by its address, as a real phone would.
    const cookie = page.headers.getSetCookie()[0]?.split(';')[0];
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...(cookie ? { cookie } : {}) };
    for (let n = 0; n < options.signInsPerPhone; n++) {
      const body = JSON.stringify(options.makePerson(p * options.signInsPerPhone + n));
      for (let attempt = 0; ; attempt++) {
        const response = await fetch(options.url, { method: 'POST', headers, body });
        const text = await response.text();
        if (response.status === 200) {
          ok++;
          break;
        }
        if (response.status === 429 && attempt < maxRetries) {
          retried++;
          await sleep(Number(response.headers.get('retry-after') ?? '1') * 1000);
          continue;
        }
        fail(`phone ${p}, sign-in ${n}: ${response.status} ${text.slice(0, 200)}`);
        break;
      }
    }
  }

  const start = performance.now();
  await Promise.all(
    Array.from({ length: options.phones }, (_, p) =>
      // A broken connection ends that phone: its remaining sign-ins are not sent (ok < total says so).
      phone(p).catch((error: unknown) => fail(`phone ${p}: ${error instanceof Error ? error.message : String(error)}`)),
    ),
  );
  const elapsedMs = performance.now() - start;
  return { total: options.phones * options.signInsPerPhone, ok, retried, elapsedMs, perSecond: ok / (elapsedMs / 1000), failures };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
