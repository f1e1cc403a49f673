// The one interface the renderer talks to, `window.chapterhouse`. Electron's preload implements it
// over a MessagePort, the browser host's shim over a WebSocket; the renderer cannot tell which.
// Wire frames are the same on both transports.
import { z } from 'zod';
import { callErrorSchema } from './errors.js';
import type { EventName, EventPayload } from './events.js';
import type { MethodInput, MethodName, MethodOutput } from './index.js';

export interface ChapterhouseApi {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Subscribes to a core event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export const requestFrameSchema = z.object({ id: z.number().int(), method: z.string(), input: z.unknown() });
export type RequestFrame = z.infer<typeof requestFrameSchema>;

export const responseFrameSchema = z.union([
  z.object({ id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: callErrorSchema }),
  z.object({ event: z.string(), payload: z.unknown() }),
]);
export type ResponseFrame = z.infer<typeof responseFrameSchema>;
