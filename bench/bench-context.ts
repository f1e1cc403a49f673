// The run's shared state, made lazily: the generated members and their import file only when a
// figure needs them, and the N-member roster data dir at most once — taken over from the import
// figure when it ran, otherwise imported (untimed) the first time a figure asks for it.
import type { BenchContext } from './figure.js';
import { generateMembers, importCsv, type GeneratedMember } from './member-data.js';
import { buildRoster } from './roster-import.js';
import { discard, freshDataDir } from './temp-dirs.js';

export function createBenchContext(memberCount: number, progress: (message: string) => void, quick = false): BenchContext {
  let members: GeneratedMember[] | undefined;
  let importBase64: string | undefined;
  let roster: Promise<string> | undefined;

  const data = () => {
    if (!members) {
      const start = performance.now();
      members = generateMembers(memberCount);
      importBase64 = Buffer.from(importCsv(members), 'utf8').toString('base64');
      const mb = (importBase64.length * 0.75) / 2 ** 20;
      progress(`generated ${memberCount.toLocaleString('en')} members (${mb.toFixed(1)} MB of CSV) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
    return { members, importBase64: importBase64! };
  };

  return {
    memberCount,
    quick,
    get members() {
      return data().members;
    },
    get importBase64() {
      return data().importBase64;
    },
    roster() {
      roster ??= (async () => {
        const dataDir = freshDataDir('roster');
        progress(`building the ${memberCount.toLocaleString('en')}-member roster through members.import (untimed)`);
        try {
          const run = await buildRoster(dataDir, data().importBase64, progress);
          if (run.created !== memberCount) throw new Error(`the roster import created ${run.created} members, expected ${memberCount}`);
          return dataDir;
        } catch (error) {
          discard(dataDir);
          throw error;
        }
      })();
      return roster;
    },
    offerRoster(dataDir) {
      if (roster) discard(dataDir);
      else roster = Promise.resolve(dataDir);
    },
    progress,
  };
}
