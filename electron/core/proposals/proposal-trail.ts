// The implementation trail is the change log itself, read back in words: every change to the
// proposal, its milestones and its decisions, with who made it and when. Nothing extra is stored.
const labels: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  tags: 'tags',
  advocate_id: 'advocate',
  status: 'status',
  owner_id: 'owner',
  progress: 'progress',
  board: 'vote board',
  due_on: 'due date',
  done_at: 'done',
};

export function describeChange(table: string, values: Record<string, unknown>): string {
  if (table === 'decisions') return `decided: ${String(values.outcome ?? 'a decision')}`;
  if (table === 'milestones') {
    if ('proposal_id' in values) return `milestone added: ${String(values.title ?? '')}`;
    if (values.done_at) return `milestone done: ${String(values.title ?? '')}`.trim();
  }
  if ('board' in values) return values.board ? `vote board opened (${String((values.board as { method?: string }).method ?? '')})` : 'vote board removed';
  if ('status' in values && Object.keys(values).length <= 2) return `status → ${String(values.status).replace('_', ' ')}`;
  if ('progress' in values && Object.keys(values).length === 1) return `progress → ${String(values.progress)}%`;
  if ('created_at' in values) return `proposed: ${String(values.title ?? '')}`;
  const fields = Object.keys(values).map((c) => labels[c] ?? c.replace(/_/g, ' '));
  return `${table === 'milestones' ? 'milestone ' : ''}changed ${fields.join(', ')}`;
}
