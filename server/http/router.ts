// A very small router for the hub's JSON API: method + path pattern (`/api/devices/:id/revoke`)
// to a handler that returns a status and a body. Every error goes out as `{error}`: an HttpError
// with its status and message; anything else as 500 with a fixed message (logged, never shown).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { HttpError } from './http-error.js';

export interface Request {
  req: IncomingMessage;
  url: URL;
  params: Record<string, string>;
  /** The JSON body, validated with `schema`; a failure is a 400 naming the field. */
  body<T>(schema: z.ZodType<T>): Promise<T>;
  /** The bearer token, or null when the request has none. */
  bearer(): string | null;
}

export interface Reply {
  status: number;
  body: unknown;
}

type Handler = (request: Request) => Promise<Reply>;

interface Route {
  method: string;
  parts: string[];
  handler: Handler;
}

/** Request bodies are small (a name, an invite code). */
const MAX_BODY_BYTES = 64 * 1024;

export class Router {
  private readonly routes: Route[] = [];

  constructor(private readonly log: (line: string) => void) {}

  add(method: 'GET' | 'POST', pattern: string, handler: Handler): void {
    this.routes.push({ method, parts: pattern.split('/'), handler });
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://hub');
    let reply: Reply;
    try {
      reply = await this.dispatch(req, url);
    } catch (error) {
      if (error instanceof HttpError) reply = { status: error.status, body: { error: error.message } };
      else {
        this.log(`${req.method} ${url.pathname}: ${(error as Error).stack ?? String(error)}`);
        reply = { status: 500, body: { error: 'the hub could not handle this request; it has been logged' } };
      }
    }
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
    res.end(text);
  }

  private async dispatch(req: IncomingMessage, url: URL): Promise<Reply> {
    const parts = url.pathname.split('/');
    let pathMatched = false;
    for (const route of this.routes) {
      const params = match(route.parts, parts);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== req.method) continue;
      return route.handler(makeRequest(req, url, params));
    }
    if (pathMatched) throw new HttpError(405, `${req.method} is not allowed on ${url.pathname}`);
    throw new HttpError(404, `there is nothing at ${url.pathname} on this hub`);
  }
}

function match(pattern: string[], parts: string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    const got = parts[i]!;
    if (want.startsWith(':')) {
      if (!got) return null;
      try {
        params[want.slice(1)] = decodeURIComponent(got);
      } catch {
        return null;
      }
    } else if (want !== got) return null;
  }
  return params;
}

function makeRequest(req: IncomingMessage, url: URL, params: Record<string, string>): Request {
  return {
    req,
    url,
    params,
    async body<T>(schema: z.ZodType<T>): Promise<T> {
      const text = await readBody(req);
      let json: unknown;
      try {
        json = text.length === 0 ? {} : JSON.parse(text);
      } catch {
        throw new HttpError(400, 'the request body must be JSON');
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        throw new HttpError(400, `${field}${issue?.message ?? 'invalid request'}`);
      }
      return parsed.data;
    },
    bearer(): string | null {
      const header = req.headers.authorization;
      if (!header) return null;
      const found = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!found) throw new HttpError(401, 'the Authorization header must be "Bearer TOKEN"');
      return found[1]!;
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop keeping it, but drain it, so the error reply still reaches the client.
        reject(new HttpError(413, 'the request body is too large'));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
