// `decisions verify`: every sealed record's hash and chain on this device, and the chain heads that
// each hub this device syncs with recorded, for the hubs that answer. A hub that cannot be reached
// is reported, not counted as a failure: the check is what can be checked from here.
import type { VerifyReport } from '../../../shared/contract/meetings.js';
import type { Db } from '../../../shared/db/db.js';
import { verifyChains, type ChainHead } from '../../../shared/sealing/verify-chains.js';
import { z } from 'zod';
import { listHubLinks } from '../sync/hub-links.js';
import { readSealedRecords } from '../sealing/device-chain.js';

const headsReplySchema = z.object({
  heads: z.array(z.object({ deviceId: z.string(), seq: z.number().int(), hash: z.string() })),
});

async function fetchHeads(url: string, token: string, chapterId: string): Promise<Omit<ChainHead, 'hub'>[]> {
  const response = await fetch(new URL(`/api/chapters/${encodeURIComponent(chapterId)}/chain-heads`, url), {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(5000),
  });
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (!response.ok) throw new Error(body?.error ?? `HTTP ${response.status}`);
  return headsReplySchema.parse(body).heads;
}

export async function verifyRecords(db: Db, chapterId: string, options: { hubs: boolean }): Promise<VerifyReport> {
  const records = await readSealedRecords(db, chapterId);
  const heads: ChainHead[] = [];
  const hubs: VerifyReport['hubs'] = [];
  if (options.hubs) {
    const links = (await listHubLinks(db)).filter((link) => link.chapterId === chapterId);
    await Promise.all(
      links.map(async (link) => {
        try {
          const found = await fetchHeads(link.url, link.token, chapterId);
          heads.push(...found.map((h) => ({ ...h, hub: link.url })));
          hubs.push({ hub: link.url, reached: true, heads: found.length, error: null });
        } catch (error) {
          hubs.push({ hub: link.url, reached: false, heads: 0, error: (error as Error).message });
        }
      }),
    );
  }
  const report = await verifyChains(records, heads);
  return { ...report, hubs };
}
