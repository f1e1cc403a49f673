// The proposals commands as scripts use them: JSON shapes, exit codes, refusals that change nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/child-process.js';
import { cliOk, cliRefused } from '../support/cli-checks.js';
import { removeDir, tempDir } from '../support/core-fixture.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});



describe('proposals commands', () => {
  it('creates a ranked board, takes votes, refuses bad ones, and closes with every round', async () => {
    const data = tempDir();
    dirs.push(data);
    const ids = [];
    for (const name of ['Ann', 'Bo', 'Cy', 'Di', 'Ed']) ids.push(await cliOk(['members', 'add', '--first', name, '--data', data]));
    const proposal = JSON.parse(await cliOk(['proposals', 'create', '--title', 'First campaign', '--method', 'ranked', '--options', 'A,B,C', '--quorum', '60%', '--json', '--data', data]));
    expect(proposal).toMatchObject({ title: 'First campaign', status: 'voting', board: { method: 'ranked', options: ['A', 'B', 'C'], quorum: { share: 0.6 } } });
    const rankings = ['A,B', 'A,C', 'B,C', 'C,B', 'C,B'];
    for (const [i, ranking] of rankings.entries()) await cliOk(['proposals', 'vote', proposal.id, '--member', ids[i]!, '--ranking', ranking, '--data', data]);

    await cliRefused(['proposals', 'vote', proposal.id, '--member', ids[0]!, '--ranking', 'B,B', '--replace', '--data', data], /names 'B' twice/);
    await cliRefused(['proposals', 'vote', proposal.id, '--member', ids[0]!, '--ranking', 'B', '--data', data], /voted already/);
    await cliRefused(['proposals', 'vote', proposal.id, '--member', ids[0]!, '--ranking', 'Q', '--replace', '--data', data], /not an option/);
    await cliRefused(['proposals', 'create', '--title', 'X', '--method', 'plurality', '--data', data], /--method is consent/);
    await cliRefused(['proposals', 'create', '--title', 'X', '--method', 'ranked', '--options', 'A', '--data', data], /vote board is not valid/);
    expect(JSON.parse(await cliOk(['proposals', 'list', '--json', '--data', data]))).toHaveLength(1);

    const { decision } = JSON.parse(await cliOk(['proposals', 'close', proposal.id, '--json', '--data', data]));
    expect(decision).toMatchObject({ outcome: 'C wins', quorumMet: true, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(decision.rounds).toHaveLength(2);
    expect(decision.rounds[0].counts).toEqual({ A: 2, B: 1, C: 2 });
    await cliRefused(['proposals', 'vote', proposal.id, '--member', ids[1]!, '--ranking', 'A', '--replace', '--data', data], /closed/);

    const listed = JSON.parse(await cliOk(['proposals', 'list', '--search', 'campaign', '--json', '--data', data]));
    expect(listed.map((p: { id: string; status: string; voteCount: number }) => [p.id, p.status, p.voteCount])).toEqual([[proposal.id, 'accepted', 5]]);
  }, 180_000);
});
