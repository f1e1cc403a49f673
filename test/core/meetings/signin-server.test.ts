// The phone sign-in page over real HTTP on 127.0.0.1, with a desk in memory.
import { afterEach, describe, expect, it } from 'vitest';
import { startSignInServer, type RunningSignIn, type SignInServerOptions } from '../../../electron/core/meetings/signin-server.js';
import { CallError } from '../../../shared/contract/errors.js';
import { MemorySignInDesk } from '../../support/memory-signin-desk.js';

const meeting = { id: 'meet-1', title: 'Spring general meeting', chapterName: 'Riverside Tenants' };
const running: RunningSignIn[] = [];
let logLines: string[] = [];

async function start(change: Partial<SignInServerOptions> = {}) {
  const desk = new MemorySignInDesk('meet-1');
  logLines = [];
  const server = await startSignInServer({ meeting, desk, host: '127.0.0.1', log: (line) => logLines.push(line), ...change });
  running.push(server);
  return { server, desk, url: server.urls[0]! };
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

/** The device cookie a GET of the page hands out, as a Cookie header. */
async function deviceCookie(url: string): Promise<string> {
  const response = await fetch(url);
  await response.text();
  const setCookie = response.headers.getSetCookie()[0] ?? '';
  return setCookie.split(';')[0]!;
}

function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(url).origin, accept: 'text/html', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('the sign-in page', () => {
  it('serves a standalone form with the meeting, a strict CSP and a device cookie', async () => {
    const { server, url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/m\/[a-z2-9]{4}$/);
    expect(server.shortAddress).toBe(url.replace('http://', ''));
    expect(server.qrSvg).toMatch(/^<svg/);

    const response = await fetch(url);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    // A browser on a no-referrer page posts the form with `Origin: null`, which would be refused.
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.getSetCookie()[0]).toMatch(/^ch_device=[\w-]+\.[\w-]+; HttpOnly; SameSite=Strict; Path=\/m\/; Max-Age=86400$/);
    expect(html).toContain('<meta name="viewport"');
    expect(html).toContain(`<form method="post" action="${new URL(url).pathname}"`);
    expect(html).toContain('Spring general meeting');
    expect(html).toContain('Riverside Tenants');
    for (const input of ['name="name"', 'type="email"', 'type="tel"', 'name="consent" type="checkbox"', 'name="pledge"', 'autocomplete="email"']) {
      expect(html).toContain(input);
    }
    expect(html).not.toMatch(/<script|src=|href="http/);
  });

  it('signs in a plain form post and welcomes the person, then welcomes them back once', async () => {
    const { url, desk } = await start();
    const cookie = await deviceCookie(url);
    const fields = { name: 'Ana Lima', email: 'Ana@Example.org', phone: '', consent: 'on', pledge: '10' };

    const first = await postForm(url, fields, { cookie });
    const html = await first.text();
    expect(first.status).toBe(200);
    expect(html).toContain("Welcome, Ana Lima — you're signed in");
    expect(desk.members).toEqual([{ id: 'm1', submission: { name: 'Ana Lima', email: 'ana@example.org', consent: true, pledge: '10' } }]);

    const again = await (await postForm(url, { name: 'Ana', email: 'ana@example.org' }, { cookie })).text();
    expect(again).toContain("Welcome back, Ana Lima — you're signed in");
    expect(again).toContain('already signed in');
    expect(desk.checkIns.get('meet-1')).toEqual(['m1']);
  });

  it('answers JSON to a JSON post', async () => {
    const { url } = await start();
    const response = await postJson(url, { name: 'Bo', phone: '+44 7700 900123', consent: true, pledge: 25 }, { cookie: await deviceCookie(url) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, result: { memberId: 'm1', newMember: true, alreadyCheckedIn: false, displayName: 'Bo' } });
  });

  it('shows the form again with a message beside each wrong field', async () => {
    const { url, desk } = await start();
    const response = await postForm(url, { name: '  ', email: 'not-an-address', pledge: '5' });
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain('role="alert"');
    expect(html).toContain('your name is required');
    expect(html).toContain('this is not an e-mail address');
    expect(html).toContain('value="not-an-address"');
    expect(html).toContain('aria-invalid="true"');
    expect(desk.calls).toBe(0);

    const json = await postJson(url, { name: 'Cy' });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({
      ok: false,
      error: {
        message: 'Please check the form.',
        fields: [{ path: 'email', message: 'give an e-mail address or a phone number (at least one), so the chapter can find you again' }],
      },
    });
  });

  it("shows the desk's field problems as a 400, and any other desk error as a logged 500", async () => {
    const { url, desk } = await start();
    desk.failWith = new CallError('validation', 'Please check the form.', [{ path: 'phone', message: 'not a number in the United Kingdom' }]);
    const refused = await postJson(url, { name: 'Di', phone: '12345678' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ ok: false, error: { message: 'Please check the form.', fields: [{ path: 'phone', message: 'not a number in the United Kingdom' }] } });

    desk.failWith = new CallError('conflict', 'This name and e-mail belong to two different members: please sign in at the desk.');
    const conflict = await postForm(url, { name: 'Di', email: 'di@example.org' });
    expect(conflict.status).toBe(409);
    expect(await conflict.text()).toContain('belong to two different members');

    desk.failWith = new CallError('busy', 'The organiser’s computer is busy; try again.');
    const busy = await postJson(url, { name: 'Di', email: 'di@example.org' });
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');

    desk.failWith = new Error('disk full at /secret/path');
    const failed = await postForm(url, { name: 'Di', phone: '12345678' });
    const html = await failed.text();
    expect(failed.status).toBe(500);
    expect(html).toContain('Please sign in at the desk instead');
    expect(html).not.toContain('/secret/path');
    expect(logLines.join('\n')).toContain('disk full at /secret/path');
  });

  it('limits one device to its burst and tells it when to try again, while another device still signs in', async () => {
    const { url } = await start();
    const phoneA = await deviceCookie(url);
    const phoneB = await deviceCookie(url);
    for (let i = 0; i < 10; i++) {
      expect((await postJson(url, { name: `A${i}`, email: `a${i}@example.org` }, { cookie: phoneA })).status).toBe(200);
    }
    const limited = await postForm(url, { name: 'A10', email: 'a10@example.org' }, { cookie: phoneA });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited.text()).toContain('Wait 3 seconds');
    expect((await postJson(url, { name: 'B', email: 'b@example.org' }, { cookie: phoneB })).status).toBe(200);
  });

  it('treats a cookie it did not sign as none: the looser limit of the address applies', async () => {
    const { url } = await start({ limit: { address: { burst: 2, refillEveryMs: 60_000 } } });
    const forged = (i: number) => ({ cookie: `ch_device=forged${i}.AAAAAAAAAAAAAAAAAAAAAA` });
    expect((await postJson(url, { name: 'E', email: 'e@example.org' }, forged(1))).status).toBe(200);
    expect((await postJson(url, { name: 'E', email: 'e@example.org' }, forged(2))).status).toBe(200);
    const third = await postJson(url, { name: 'E', email: 'e@example.org' }, forged(3));
    expect(third.status).toBe(429);
    expect(await third.json()).toMatchObject({ ok: false, error: { message: expect.stringContaining('Wait 60 seconds') } });
  });

  it('refuses a post from another site', async () => {
    const { url, desk } = await start();
    const response = await postForm(url, { name: 'F', email: 'f@example.org' }, { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(desk.calls).toBe(0);
  });

  it('closes for good once the desk says the meeting is closed', async () => {
    const { url, desk } = await start();
    desk.openMeetings.delete('meet-1');
    const page = await fetch(url);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain("This meeting&#39;s sign-in is closed");
    const post = await postJson(url, { name: 'G', email: 'g@example.org' });
    expect(post.status).toBe(410);
    expect(await post.json()).toMatchObject({ ok: false, error: { message: expect.stringContaining("This meeting's sign-in is closed") } });
    desk.openMeetings.add('meet-1');
    expect((await fetch(url)).status).toBe(410);
    expect(desk.calls).toBe(0);
  });

  it('stops answering after close()', async () => {
    const { server, url } = await start();
    expect((await fetch(url)).status).toBe(200);
    await server.close();
    const after = await fetch(url).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([410, 'refused']).toContain(after);
  });

  it('answers a sign-in already with the desk before close() completes', async () => {
    const { server, url, desk } = await start();
    let release = () => {};
    desk.hold = new Promise((resolve) => (release = resolve));
    const pending = postJson(url, { name: 'J', email: 'j@example.org' });
    while (desk.calls === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    release();
    const response = await pending;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    await closing;
    expect(desk.checkIns.get('meet-1')).toEqual(['m1']);
  });

  it('finds nothing at another code or path, and allows only GET and POST', async () => {
    const { url } = await start();
    const origin = new URL(url).origin;
    for (const path of ['/', '/m/', '/m/zzzz0', `${new URL(url).pathname}/extra`, '/favicon.ico']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect((await fetch(url.toUpperCase().replace('HTTP://', 'http://'))).status).toBe(200);
    const put = await fetch(url, { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
  });

  it('refuses a body over 8 KB and a body of another type', async () => {
    const { url, desk } = await start();
    const big = await postForm(url, { name: 'H', email: 'h@example.org', pledge: 'x'.repeat(9000) });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('larger than 8 KB');
    const text = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'name=H' });
    expect(text.status).toBe(415);
    expect(desk.calls).toBe(0);
  });

  it('escapes what people type and what the meeting is called', async () => {
    const { url } = await start({ meeting: { ...meeting, title: 'Rent <b>strike</b> & "more"' } });
    const page = await (await fetch(url)).text();
    expect(page).toContain('Rent &#60;b&#62;strike&#60;/b&#62; &#38; &#34;more&#34;');

    const name = '<script>alert(1)</script>';
    const welcome = await (await postForm(url, { name, email: 'i@example.org' })).text();
    expect(welcome).toContain('Welcome, &#60;script&#62;alert(1)&#60;/script&#62;');
    expect(welcome).not.toContain('<script>');

    const reshown = await (await postForm(url, { name: '"><script>x</script>', email: 'bad' })).text();
    expect(reshown).toContain('value="&#34;&#62;&#60;script&#62;x&#60;/script&#62;"');
    expect(reshown).not.toContain('<script>');
  });
});
