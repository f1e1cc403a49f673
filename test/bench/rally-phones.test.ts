// The rally helper at a small scale, against the sign-in page and a desk in memory: every person is
// signed in exactly once, including those who had to wait out a 429.
import { afterEach, describe, expect, it } from 'vitest';
import { runRally } from '../../bench/rally-phones.js';
import { startSignInServer, type RunningSignIn, type SignInLimits } from '../../electron/core/meetings/signin-server.js';
import { MemorySignInDesk } from '../support/memory-signin-desk.js';

const running: RunningSignIn[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

async function rally(phones: number, signInsPerPhone: number, limit?: Partial<SignInLimits>) {
  const desk = new MemorySignInDesk('rally');
  const server = await startSignInServer({ meeting: { id: 'rally', title: 'Rally', chapterName: 'Riverside Tenants' }, desk, host: '127.0.0.1', limit, log: () => {} });
  running.push(server);
  const result = await runRally({
    url: server.urls[0]!,
    phones,
    signInsPerPhone,
    makePerson: (i) => ({ name: `Person ${i}`, email: `person${i}@example.org`, consent: i % 2 === 0 }),
  });
  return { desk, result };
}

function expectEachOnce(desk: MemorySignInDesk, count: number) {
  expect(desk.calls).toBe(count);
  expect(desk.members.map((m) => m.submission.email).sort()).toEqual(Array.from({ length: count }, (_, i) => `person${i}@example.org`).sort());
  expect(new Set(desk.checkIns.get('rally')).size).toBe(count);
  expect(desk.checkIns.get('rally')).toHaveLength(count);
}

describe('runRally', () => {
  it('signs in 20 phones × 3, each person exactly once', async () => {
    const { desk, result } = await rally(20, 3);
    expect(result).toMatchObject({ total: 60, ok: 60, retried: 0, failures: [] });
    expect(result.perSecond).toBeGreaterThan(0);
    expectEachOnce(desk, 60);
    console.log(`rally 20 phones × 3: ${result.ok} in ${result.elapsedMs.toFixed(0)} ms, ${result.perSecond.toFixed(0)}/s`);
  });

  it('waits out 429s and sends the same sign-in again, still once each', async () => {
    const { desk, result } = await rally(5, 3, { device: { burst: 2, refillEveryMs: 500 } });
    expect(result).toMatchObject({ total: 15, ok: 15, retried: 5, failures: [] });
    expectEachOnce(desk, 15);
  });
});
