// How a contract method is declared: once, with its zod input and output and whether it writes.
// The core parses every input with `input` (the renderer is untrusted) and the renderer's client is
// typed from the same declarations, so a renamed field fails the build on both sides.
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Writes run one at a time through the core's serialising queue. */
  writes: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
