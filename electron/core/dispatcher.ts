// The core's front door. Every call, from any host, is parsed with the contract's zod input (the
// renderer is untrusted), writes go through the write queue, and every failure leaves as the one
// error shape. After a write, the names of the tables it changed are emitted as `changed`.
import { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract/index.js';
import { CallError, describeIssues, issuesFromZod } from '../../shared/contract/errors.js';
import { ClockDriftError } from '../../shared/hlc.js';
import { createContext, type ContextDeps, type Handler, type PhasedHandler } from './handler-context.js';
import type { AllHandlers } from './handlers/index.js';
import type { WriteQueue } from './write-queue.js';

export interface DispatcherOptions extends ContextDeps {
  handlers: AllHandlers;
  /** The core's one write queue, shared with sync so remote changes never race local ones. */
  queue: WriteQueue;
  log?: (message: string, error: unknown) => void;
}

export class Dispatcher {
  readonly queue: WriteQueue;

  constructor(private readonly options: DispatcherOptions) {
    this.queue = options.queue;
  }

  async call(method: string, rawInput: unknown): Promise<unknown> {
    try {
      if (!isMethodName(method)) throw new CallError('not_found', `there is no method called ${method}`);
      const spec = contract[method];
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const issues = issuesFromZod(parsed.error);
        throw new CallError('validation', describeIssues(issues), issues);
      }
      const output = spec.output.safeParse(await this.run(method, parsed.data, spec.writes));
      if (output.success) return output.data;
      // The core broke its own contract: a bug, not the caller's fault.
      this.options.log?.(`${method} answered outside its contract`, output.error);
      throw new CallError('internal', `${method} failed unexpectedly; the details are in the log`);
    } catch (error) {
      throw this.toCallError(method, error);
    }
  }

  private async run(method: MethodName, input: unknown, writes: boolean): Promise<unknown> {
    const touched = new Set<string>();
    const later: (() => Promise<unknown>)[] = [];
    const ctx = createContext(
      this.options,
      (tables) => tables.forEach((t) => touched.add(t)),
      (task) => later.push(task),
    );
    const handler = this.options.handlers[method] as Handler<MethodName>;
    let result: unknown;
    if (typeof handler === 'function') {
      result = writes ? await this.queue.run(() => handler(input as never, ctx)) : await handler(input as never, ctx);
    } else {
      const phased = handler as PhasedHandler<MethodName>;
      const prepared = await phased.prepare(input as never, ctx);
      result = await this.queue.run(() => phased.commit(prepared, input as never, ctx));
    }
    if (touched.size > 0) this.options.emit('changed', { tables: [...touched] });
    for (const task of later) this.queue.run(task).catch((error: unknown) => this.options.log?.(`${method}: housekeeping failed`, error));
    return result;
  }

  private toCallError(method: string, error: unknown): CallError {
    if (error instanceof CallError) return error;
    if (error instanceof ClockDriftError) return new CallError('conflict', error.message);
    if (error instanceof z.ZodError) {
      const issues = issuesFromZod(error);
      return new CallError('validation', describeIssues(issues), issues);
    }
    this.options.log?.(`${method} failed`, error);
    return new CallError('internal', `${method} failed unexpectedly; the details are in the log`);
  }
}
