// Events the core pushes to the renderer. `changed` names the tables a write touched, so that live
// queries refetch by name instead of polling.
import { z } from 'zod';

export const eventsSchema = {
  changed: z.object({ tables: z.array(z.string()) }),
  'import.progress': z.object({
    importId: z.string(),
    phase: z.enum(['reading', 'checking', 'writing', 'done']),
    done: z.number().int(),
    total: z.number().int(),
  }),
  /** An update to an open document made elsewhere (another window, a hub): apply to the replica. */
  'doc.update': z.object({ room: z.string(), update: z.string() }),
  /** Someone else's awareness (cursor, name) in an open document. */
  'doc.awareness': z.object({ room: z.string(), update: z.string() }),
};
export type EventName = keyof typeof eventsSchema;
export type EventPayload<E extends EventName> = z.infer<(typeof eventsSchema)[E]>;
