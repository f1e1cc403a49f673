// The HTTP side of the hub CLI's admin commands (chapter create, invite, devices, revoke): one
// request to a running hub, its answer validated, its refusal turned into one line to act on.
import type { z } from 'zod';
import { HubCliError } from './cli-args.js';

export function hubBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HubCliError(`--hub must be the hub's address, such as http://127.0.0.1:8765 (got "${raw}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new HubCliError(`--hub must start with http:// or https:// (got "${raw}")`);
  return url.toString().replace(/\/+$/, '');
}

export async function callHub<T>(
  hub: string,
  request: { method: 'GET' | 'POST'; path: string; token: string; body?: unknown },
  schema: z.ZodType<T>,
): Promise<T> {
  const base = hubBaseUrl(hub);
  let response: Response;
  try {
    response = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: { authorization: `Bearer ${request.token}`, ...(request.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new HubCliError(`could not reach the hub at ${base}${cause ? ` (${cause})` : ''}: check the address and that the hub is running`);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HubCliError(`${base} answered ${response.status} with something other than JSON: is it a Chapterhouse hub?`);
  }
  if (!response.ok) {
    const message = (json as { error?: unknown }).error;
    throw new HubCliError(`the hub refused (${response.status}): ${typeof message === 'string' ? message : 'no reason given'}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new HubCliError(`${base} gave an answer this version does not understand: is the hub the same version?`);
  return parsed.data;
}
