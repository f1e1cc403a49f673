// A proposal as Markdown: what was proposed, what was decided (with the full tally), and how it
// was carried out. The kind of record a chapter posts or prints.
import type { ProposalDetail } from '../../../shared/contract/proposals.js';

export function proposalMarkdown(p: ProposalDetail): string {
  const lines: string[] = [`# ${p.title}`, ''];
  lines.push(`- Status: ${p.status.replace('_', ' ')}${p.progress ? ` (${p.progress}%)` : ''}`);
  if (p.advocate) lines.push(`- Advocate: ${p.advocate.name}`);
  if (p.owner) lines.push(`- Owner: ${p.owner.name}`);
  if (p.createdBy) lines.push(`- Proposed by: ${p.createdBy}${p.createdAt ? `, ${p.createdAt.slice(0, 10)}` : ''}`);
  if (p.tags.length) lines.push(`- Tags: ${p.tags.join(', ')}`);
  lines.push(`- Support: ${p.supportCount}`, '');
  if (p.summary) lines.push(p.summary, '');
  if (p.bodyText) lines.push('## Proposal', '', p.bodyText, '');
  if (p.decisions.length) {
    lines.push('## Decisions', '');
    for (const d of p.decisions) {
      lines.push(`### ${d.outcome ?? 'Decision'}${d.standing === 'stands' ? '' : ` (${d.standing})`}`, '');
      lines.push(`- Method: ${d.method ?? '?'}; quorum ${d.quorumMet ? 'met' : 'not met'}`);
      lines.push(`- Closed by ${d.closedBy ?? 'an organiser'} at ${d.closedAt ?? '?'}`);
      if (d.tally) lines.push(`- Voters: ${d.tally.voters}; counts: ${JSON.stringify(d.tally.counts)}`);
      d.rounds.forEach((round, i) => lines.push(`- Round ${i + 1}: ${JSON.stringify(round)}`));
      if (d.hash) lines.push(`- Record hash: \`${d.hash}\``);
      lines.push('');
    }
  }
  if (p.milestones.length) {
    lines.push('## Milestones', '');
    for (const m of p.milestones) lines.push(`- [${m.doneAt ? 'x' : ' '}] ${m.title}${m.dueOn ? ` (due ${m.dueOn})` : ''}`);
    lines.push('');
  }
  if (p.trail.length) {
    lines.push('## Trail', '');
    for (const t of p.trail) lines.push(`- ${t.at.replace('T', ' ').slice(0, 16)} — ${t.who ?? 'someone'}: ${t.what}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
