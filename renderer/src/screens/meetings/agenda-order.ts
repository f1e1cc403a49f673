// Moving one agenda item up or down: the new order of ids for `agenda.reorder`, or null when the
// item is already at that end (the buttons are disabled there and Alt+Up/Down does nothing).

export function moveItem(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const order = [...ids];
  order.splice(from, 1);
  order.splice(to, 0, id);
  return order;
}
