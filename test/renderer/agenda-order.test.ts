// Moving an agenda item with its buttons or Alt+Up/Down.
import { describe, expect, it } from 'vitest';
import { moveItem } from '../../renderer/src/screens/meetings/agenda-order.js';

describe('agenda order', () => {
  it('moves an item one place up or down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveItem(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(moveItem(['a', 'b'], 'x', 1)).toBeNull();
  });
});
