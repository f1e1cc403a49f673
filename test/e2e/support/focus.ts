// What keyboard focus looks like, read from the page: which element has it, and whether it shows.
// "Shows" means a visible outline or a box-shadow on the focused element, or, for a widget that
// keeps focus on its container and points at a child with aria-activedescendant (the members
// grid), on that child.
import type { Page } from '@playwright/test';

export interface FocusInfo {
  /** e.g. `a "Skip to main content"`, `input[search] "Search members"`, `div[grid] "Members"`. */
  element: string;
  visible: boolean;
  /** The style that made it visible, or what was found instead, for failure messages. */
  style: string;
}

export async function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return { element: 'body', visible: false, style: 'nothing is focused' };
    const ring = (el: Element): string | null => {
      const css = getComputedStyle(el);
      if (css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0) return `outline: ${css.outlineWidth} ${css.outlineStyle} ${css.outlineColor}`;
      if (css.boxShadow && css.boxShadow !== 'none') return `box-shadow: ${css.boxShadow}`;
      return null;
    };
    const descendantId = active.getAttribute('aria-activedescendant');
    const descendant = descendantId ? document.getElementById(descendantId) : null;
    const style = ring(active) ?? (descendant ? ring(descendant) : null);
    const role = active.getAttribute('role') ?? (active instanceof HTMLInputElement ? active.type : '');
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return {
      element: `${active.tagName.toLowerCase()}${role ? `[${role}]` : ''} "${name}"`,
      visible: style !== null,
      style: style ?? `no outline or box-shadow${descendantId ? ` (active descendant ${descendantId}: ${descendant ? 'no ring either' : 'missing'})` : ''}`,
    };
  });
}
