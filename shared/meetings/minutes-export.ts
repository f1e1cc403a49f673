// A meeting's minutes for posting or printing: when and where, attendance counts, the agenda, the
// minutes text, each decision with its tally and hash, and the seal. Markdown for posting, and a
// self-contained HTML page that prints well (the app prints it to PDF).
import type { Tally } from '../proposals/tally-result.js';

export interface MinutesDecision {
  title: string;
  agendaItem: string | null;
  outcome: string | null;
  tally: Tally | null;
  closedAt: string | null;
  hash: string | null;
}

export interface MinutesDocument {
  title: string;
  startsAt: string | null;
  place: string | null;
  onlineLink: string | null;
  present: number;
  walkIns: number;
  agenda: { title: string; done: boolean; notes: string | null }[];
  minutes: string;
  decisions: MinutesDecision[];
  /** `correction`: why this record corrects an earlier one (its minutes were corrected after sealing). */
  seal: { at: string | null; by: string | null; hash: string | null; correction?: string | null } | null;
}

/** One line saying what a count was: "yes 12, no 3, abstain 1 (hands; 2 proxies); 16 of 20 present voted, quorum 10: met". */
export function tallyLine(tally: Tally): string {
  // Stored counts come back from the database in its own key order: yes, no, abstain first.
  const first = ['yes', 'no', 'abstain'];
  const rank = (key: string) => (first.includes(key) ? first.indexOf(key) : first.length);
  const counts = Object.entries(tally.counts)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([option, value]) => `${option} ${typeof value === 'number' ? value : JSON.stringify(value)}`)
    .join(', ');
  const how = tally.method === 'motion' ? `${tally.counting === 'hands' ? 'show of hands' : 'paper ballots'}` : `${tally.method} vote`;
  const proxies = tally.proxies > 0 ? `, ${tally.proxies} by proxy` : '';
  const base = tally.method === 'motion' ? ` of ${tally.present} present` : '';
  const quorum = tally.quorum ? `; quorum ${tally.quorumRequired}: ${tally.quorumMet ? 'met' : 'not met'}` : '';
  return `${counts} (${how}${proxies}); ${tally.voters}${base} voted${quorum}`;
}

function when(iso: string | null): string {
  return iso ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/, ' $2').replace(' Z', ' UTC') : 'not set';
}

export function minutesToMarkdown(m: MinutesDocument): string {
  const lines = [`# ${m.title}`, ''];
  lines.push(`- When: ${when(m.startsAt)}`);
  if (m.place) lines.push(`- Where: ${m.place}`);
  if (m.onlineLink) lines.push(`- Online: ${m.onlineLink}`);
  lines.push(`- Attendance: ${m.present} present${m.walkIns ? ` (${m.walkIns} signed up at the door)` : ''}`);
  if (m.seal) {
    lines.push(`- Sealed: ${when(m.seal.at)}${m.seal.by ? ` by ${m.seal.by}` : ''}`, `- Record hash: \`${m.seal.hash ?? '?'}\``);
    if (m.seal.correction) lines.push(`- Corrected: ${m.seal.correction}`);
  } else lines.push('- Not sealed yet: these minutes may still change');
  lines.push('');
  if (m.agenda.length) {
    lines.push('## Agenda', '');
    m.agenda.forEach((item, i) => {
      lines.push(`${i + 1}. ${item.done ? '[x]' : '[ ]'} ${item.title}`);
      if (item.notes) lines.push(...item.notes.split('\n').map((l) => `   > ${l}`));
    });
    lines.push('');
  }
  lines.push('## Minutes', '', m.minutes.trim() || '_No minutes were written._', '');
  if (m.decisions.length) {
    lines.push('## Decisions', '');
    for (const d of m.decisions) {
      lines.push(`### ${d.title}`, '');
      if (d.agendaItem) lines.push(`- Agenda item: ${d.agendaItem}`);
      lines.push(`- Outcome: **${d.outcome ?? '?'}**`);
      if (d.tally) lines.push(`- Count: ${tallyLine(d.tally)}`);
      if (d.closedAt) lines.push(`- Decided: ${when(d.closedAt)}`);
      if (d.hash) lines.push(`- Hash: \`${d.hash}\``);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/** Paragraphs and headings of the minutes' Markdown, escaped (no HTML from the text gets through). */
function minutesHtml(markdown: string): string {
  if (!markdown.trim()) return '<p><em>No minutes were written.</em></p>';
  return markdown
    .trim()
    .split(/\n{2,}/)
    .map((block) => {
      const heading = /^(#{1,6}) (.*)$/.exec(block);
      if (heading) return `<h${Math.min(6, heading[1]!.length + 1)}>${esc(heading[2]!)}</h${Math.min(6, heading[1]!.length + 1)}>`;
      if (block.split('\n').every((l) => /^\s*([-*]|\d+\.) /.test(l))) {
        return `<ul>${block.split('\n').map((l) => `<li>${esc(l.replace(/^\s*([-*]|\d+\.) /, ''))}</li>`).join('')}</ul>`;
      }
      return `<p>${esc(block).replace(/\n/g, '<br>')}</p>`;
    })
    .join('\n');
}

export function minutesToHtml(m: MinutesDocument): string {
  const facts = [
    `<dt>When</dt><dd>${esc(when(m.startsAt))}</dd>`,
    m.place ? `<dt>Where</dt><dd>${esc(m.place)}</dd>` : '',
    m.onlineLink ? `<dt>Online</dt><dd>${esc(m.onlineLink)}</dd>` : '',
    `<dt>Attendance</dt><dd>${m.present} present${m.walkIns ? ` (${m.walkIns} signed up at the door)` : ''}</dd>`,
    m.seal
      ? `<dt>Sealed</dt><dd>${esc(when(m.seal.at))}${m.seal.by ? ` by ${esc(m.seal.by)}` : ''}</dd><dt>Record hash</dt><dd><code>${esc(m.seal.hash ?? '?')}</code></dd>`
      : '<dt>Status</dt><dd>Not sealed yet: these minutes may still change</dd>',
    m.seal?.correction ? `<dt>Corrected</dt><dd>${esc(m.seal.correction)}</dd>` : '',
  ].join('');
  const agenda = m.agenda.length
    ? `<h2>Agenda</h2><ol>${m.agenda.map((i) => `<li>${i.done ? '✓ ' : ''}${esc(i.title)}${i.notes ? `<blockquote>${esc(i.notes)}</blockquote>` : ''}</li>`).join('')}</ol>`
    : '';
  const decisions = m.decisions.length
    ? `<h2>Decisions</h2>${m.decisions
        .map(
          (d) => `<section class="decision"><h3>${esc(d.title)}</h3><dl>${d.agendaItem ? `<dt>Agenda item</dt><dd>${esc(d.agendaItem)}</dd>` : ''}<dt>Outcome</dt><dd><strong>${esc(d.outcome ?? '?')}</strong></dd>${
            d.tally ? `<dt>Count</dt><dd>${esc(tallyLine(d.tally))}</dd>` : ''
          }${d.hash ? `<dt>Hash</dt><dd><code>${esc(d.hash)}</code></dd>` : ''}</dl></section>`,
        )
        .join('')}`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(m.title)} — minutes</title><style>
body{font:11pt/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.6rem;margin-bottom:.5rem}h2{font-size:1.2rem;border-bottom:1px solid #999;margin-top:1.5rem}h3{font-size:1.05rem;margin:.8rem 0 .2rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.3rem 0}dt{font-weight:600}dd{margin:0}
code{font:9pt ui-monospace,monospace;word-break:break-all}blockquote{margin:.2rem 0 .2rem 1rem;color:#333}
.decision{break-inside:avoid}@media print{body{margin:0;max-width:none}a{color:inherit}}
</style></head><body><h1>${esc(m.title)}</h1><dl>${facts}</dl>${agenda}<h2>Minutes</h2>${minutesHtml(m.minutes)}${decisions}</body></html>
`;
}
