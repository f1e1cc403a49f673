// What a handler may use: the database for reads, the session, and `commit` for writes. Handlers
// never write replicated rows with SQL of their own: they describe changes as messages and commit
// them through the one apply path.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../shared/contract/index.js';
import { CallError } from '../../shared/contract/errors.js';
import type { EventName, EventPayload } from '../../shared/contract/events.js';
import type { Db } from '../../shared/db/db.js';
import type { HybridClock } from '../../shared/hlc.js';
import { applyMessages, type ApplyResult } from '../../shared/replication/apply.js';
import type { ChangeMessage } from '../../shared/replication/messages.js';
import type { SessionState } from './session-state.js';

export interface HandlerContext {
  readonly db: Db;
  readonly dataDir: string;
  readonly clock: HybridClock;
  readonly session: SessionState;
  /** The current chapter's id; throws a `conflict` the person can act on when there is none. */
  chapterId(): string;
  /** A change message for one row of the current chapter, stamped now. */
  change(table: string, row: string, values: Record<string, unknown>, chapter?: string): ChangeMessage;
  /** Applies and logs messages in one transaction, then records which tables changed. */
  commit(messages: ChangeMessage[], db?: Db): Promise<ApplyResult>;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Marks tables as changed for this call (for writes that are not replicated rows). */
  touched(...tables: string[]): void;
  /**
   * Housekeeping to run in the write queue once this call has answered (ANALYZE after a bulk
   * import): the person gets their answer first, and the next write waits for it.
   */
  later(task: () => Promise<unknown>): void;
}

export type Input<M extends MethodName> = z.infer<Contract[M]['input']>;

/** A read, or a write whose whole body runs in the write queue. */
export type SimpleHandler<M extends MethodName> = (input: Input<M>, ctx: HandlerContext) => Promise<MethodOutput<M>>;

/**
 * A write with a long preparation (an import's parsing): `prepare` runs outside the write queue,
 * so other calls are answered meanwhile; only `commit` holds the queue.
 */
export interface PhasedHandler<M extends MethodName, P = unknown> {
  prepare(input: Input<M>, ctx: HandlerContext): Promise<P>;
  commit(prepared: P, input: Input<M>, ctx: HandlerContext): Promise<MethodOutput<M>>;
}

export type Handler<M extends MethodName> = SimpleHandler<M> | PhasedHandler<M, any>;
export type HandlerMap<K extends MethodName> = { [M in K]: Handler<M> };

export interface ContextDeps {
  db: Db;
  dataDir: string;
  clock: HybridClock;
  session: SessionState;
  emit: HandlerContext['emit'];
}

export function createContext(deps: ContextDeps, onTouched: (tables: string[]) => void, onLater: (task: () => Promise<unknown>) => void): HandlerContext {
  const ctx: HandlerContext = {
    ...deps,
    chapterId() {
      const id = deps.session.currentChapterId;
      if (!id) throw new CallError('conflict', 'there is no chapter yet: set one up first');
      return id;
    },
    change(table, row, values, chapter) {
      return {
        id: randomUUID(),
        hlc: deps.clock.tick(),
        chapter: chapter ?? ctx.chapterId(),
        table,
        row,
        values,
        device: deps.session.device.deviceId,
        author: deps.session.device.organiserName,
      };
    },
    async commit(messages, db = deps.db) {
      const result = await applyMessages(db, messages);
      onTouched(result.tables);
      return result;
    },
    touched(...tables) {
      onTouched(tables);
    },
    later: onLater,
  };
  return ctx;
}
