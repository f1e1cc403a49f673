// Proposals through the contract: drafting, support, boards, votes, decisions, the trail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core-api.js';
import { CallError } from '../../shared/contract/errors.js';
import { closeAndRemove, openChapterCore, openCore } from '../support/core-fixture.js';

let core: Core;
let members: string[];

beforeEach(async () => {
  core = await openChapterCore();
  members = [];
  for (const name of ['Ann', 'Bo', 'Cy', 'Di', 'Ed']) members.push((await core.call('members.create', { firstName: name, lastName: 'Member' })).id);
});
afterEach(async () => {
  await closeAndRemove(core);
});

async function refused(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CallError);
  expect((error as CallError).message).toMatch(message);
}

describe('proposals', () => {
  it('drafts a proposal with a body found by full-text search, and ranks the board by support', async () => {
    const bikes = await core.call('proposals.create', { title: 'Bike racks', body: 'Install racks outside the community hall', tags: ['transit'], advocateId: members[0] });
    const rent = await core.call('proposals.create', { title: 'Rent strike fund', summary: 'A fund for tenants on strike' });
    expect(bikes).toMatchObject({ status: 'proposed', advocate: { id: members[0], name: 'Ann Member' }, createdBy: 'Test Organiser', bodyText: 'Install racks outside the community hall' });
    expect((await core.call('proposals.list', { search: 'community hall' })).map((p) => p.id)).toEqual([bikes.id]);
    await core.call('proposals.support', { id: rent.id, memberId: members[1]! });
    await core.call('proposals.support', { id: rent.id, memberId: members[1]! });
    await core.call('proposals.support', { id: rent.id, memberId: members[2]! });
    await core.call('proposals.support', { id: bikes.id, memberId: members[3]! });
    const board = await core.call('proposals.list', {});
    expect(board.map((p) => [p.title, p.supportCount])).toEqual([
      ['Rent strike fund', 2],
      ['Bike racks', 1],
    ]);
    expect((await core.call('proposals.list', { tag: 'transit' })).map((p) => p.id)).toEqual([bikes.id]);
  });

  it('runs a ranked-choice board to a decision with every round, and refuses a second vote or a vote after closing', async () => {
    const p = await core.call('proposals.create', { title: 'Which campaign first?' });
    const opened = core.call('proposals.openBoard', { id: p.id, board: { method: 'ranked', options: ['A', 'B', 'C'], eligible: 'all', anonymous: false, hideResultsUntilClosed: false, quorum: { kind: 'members', share: 0.5 } } });
    await opened;
    expect((await core.call('proposals.get', { id: p.id })).trail.map((t) => t.what)).toContain('vote board opened (ranked)');
    const ballots = [['A', 'B'], ['A', 'C'], ['B', 'C'], ['C', 'B'], ['C', 'B']];
    for (const [i, ranking] of ballots.entries()) await core.call('proposals.vote', { id: p.id, memberId: members[i]!, ballot: { ranking } });
    await refused(core.call('proposals.vote', { id: p.id, memberId: members[0]!, ballot: { ranking: ['B'] } }), /voted already/);
    await refused(core.call('proposals.vote', { id: p.id, memberId: members[1]!, ballot: { ranking: ['A', 'A'] }, replace: true }), /names 'A' twice/);
    await refused(core.call('proposals.vote', { id: p.id, memberId: members[1]!, ballot: { ranking: ['Z'] }, replace: true }), /not an option/);

    const decision = await core.call('proposals.close', { id: p.id });
    expect(decision).toMatchObject({ method: 'ranked', quorumMet: true, standing: 'stands', winner: 'C' });
    expect(decision.rounds.length).toBeGreaterThan(1);
    expect(decision.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await core.call('proposals.get', { id: p.id })).status).toBe('accepted');
    await refused(core.call('proposals.vote', { id: p.id, memberId: members[2]!, ballot: { ranking: ['A'] }, replace: true }), /closed/);
    await refused(core.call('proposals.close', { id: p.id }), /supersede/);
  });

  it('lets a replaced vote and a proxy count once, and blocks a consent board on one block', async () => {
    const p = await core.call('proposals.create', { title: 'Adopt the code of conduct' });
    await core.call('proposals.openBoard', { id: p.id, board: { method: 'consent', options: [], eligible: 'all', anonymous: false, hideResultsUntilClosed: false } });
    await core.call('proposals.vote', { id: p.id, memberId: members[0]!, ballot: { choice: 'agree' }, proxy: true });
    await core.call('proposals.vote', { id: p.id, memberId: members[0]!, ballot: { choice: 'block' }, replace: true });
    await core.call('proposals.vote', { id: p.id, memberId: members[1]!, ballot: { choice: 'agree' } });
    const { tally } = await core.call('proposals.tally', { id: p.id });
    expect(tally).toMatchObject({ voters: 2, outcome: 'blocked', counts: { agree: 1, block: 1 } });
    expect((await core.call('proposals.close', { id: p.id })).outcome).toBe('blocked');
    expect((await core.call('proposals.get', { id: p.id })).status).toBe('rejected');
  });

  it('hides results until the board closes when asked, and says when quorum is not met', async () => {
    const p = await core.call('proposals.create', { title: 'New banner' });
    await core.call('proposals.openBoard', { id: p.id, board: { method: 'majority', options: [], eligible: [members[0]!, members[1]!], anonymous: false, hideResultsUntilClosed: true, quorum: { kind: 'members', share: 1 } } });
    await core.call('proposals.vote', { id: p.id, memberId: members[0]!, ballot: { choice: 'yes' } });
    await refused(core.call('proposals.vote', { id: p.id, memberId: members[4]!, ballot: { choice: 'yes' } }), /may not vote/);
    expect(await core.call('proposals.tally', { id: p.id })).toEqual({ tally: null, hidden: true, voters: 1 });
    // A status change is not a close: the results stay hidden.
    await core.call('proposals.update', { id: p.id, changes: { status: 'in_progress' } });
    expect((await core.call('proposals.tally', { id: p.id })).hidden).toBe(true);
    const decision = await core.call('proposals.close', { id: p.id });
    expect(decision).toMatchObject({ quorumMet: false, outcome: 'no quorum' });
  });

  it('keeps an anonymous board’s ballots apart from its roll', async () => {
    const p = await core.call('proposals.create', { title: 'Secret ballot' });
    await core.call('proposals.openBoard', { id: p.id, board: { method: 'score', options: ['X', 'Y'], eligible: 'all', anonymous: true, hideResultsUntilClosed: false } });
    await core.call('proposals.vote', { id: p.id, memberId: members[0]!, ballot: { scores: { X: 5, Y: 1 } } });
    await core.call('proposals.vote', { id: p.id, memberId: members[1]!, ballot: { scores: { X: 2, Y: 4 } } });
    const { tally } = await core.call('proposals.tally', { id: p.id });
    expect(tally).toMatchObject({ voters: 2, winner: 'X' });
    const board = await core.call('docs.open', { room: `${p.chapterId}/board/${p.id}` });
    const text = Buffer.from(board.update, 'base64').toString('latin1');
    expect(text).toContain(members[0]!);
    expect(text).not.toMatch(new RegExp(`${members[0]}[^]{0,80}"X"`));
  });

  it('follows a decided proposal to done with milestones and a trail, and exports it as Markdown', async () => {
    const p = await core.call('proposals.create', { title: 'Fix the lifts', body: 'Both lifts have been broken since June.' });
    await core.call('proposals.update', { id: p.id, changes: { status: 'in_progress', ownerId: members[2]!, progress: 40 } });
    const m = await core.call('proposals.addMilestone', { proposalId: p.id, title: 'Letter to landlord', dueOn: '2025-12-01' });
    await core.call('proposals.updateMilestone', { id: m.id, done: true });
    await core.call('proposals.comment', { proposalId: p.id, body: 'I can draft the letter' });
    await core.call('proposals.update', { id: p.id, changes: { status: 'done', progress: 100 } });
    const detail = await core.call('proposals.get', { id: p.id });
    expect(detail).toMatchObject({ status: 'done', owner: { name: 'Cy Member' }, milestones: [{ title: 'Letter to landlord', doneAt: expect.any(String) }], comments: [{ body: 'I can draft the letter', authorName: 'Test Organiser' }] });
    expect(detail.trail.map((t) => t.what)).toEqual([
      'proposed: Fix the lifts',
      'changed status, owner, progress',
      'milestone added: Letter to landlord',
      'milestone done: Letter to landlord',
      'status → done',
    ]);
    expect(detail.trail.every((t) => t.who === 'Test Organiser')).toBe(true);
    const { markdown } = await core.call('proposals.exportMarkdown', { id: p.id });
    expect(markdown).toContain('# Fix the lifts');
    expect(markdown).toContain('Both lifts have been broken since June.');
    expect(markdown).toContain('- [x] Letter to landlord (due 2025-12-01)');
  });

  it('keeps the body and the votes across a restart', async () => {
    const p = await core.call('proposals.create', { title: 'Persist', body: 'first words' });
    await core.call('proposals.openBoard', { id: p.id, board: { method: 'dot', options: ['A', 'B'], dotsPerVoter: 3, eligible: 'all', anonymous: false, hideResultsUntilClosed: false } });
    await core.call('proposals.vote', { id: p.id, memberId: members[0]!, ballot: { dots: { A: 2, B: 1 } } });
    const dir = core.dataDir;
    await core.close();
    core = await openCore(dir);
    expect((await core.call('proposals.get', { id: p.id })).bodyText).toBe('first words');
    expect((await core.call('proposals.tally', { id: p.id })).tally).toMatchObject({ counts: { A: 2, B: 1 } });
  });
});
