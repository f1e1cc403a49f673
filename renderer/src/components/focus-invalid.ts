// After a form shows its problems, focus goes to the first field marked invalid, so a keyboard or
// screen-reader user lands where the fix is. Waits a frame: the marks appear with the next render.
export function focusFirstInvalid(form: HTMLElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
