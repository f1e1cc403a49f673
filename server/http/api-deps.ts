// What the HTTP routes need from the running hub.
import type { Db } from '../../shared/db/db.js';
import type { ChangesFrame } from '../../shared/sync/protocol.js';
import type { HubConnections } from '../connections.js';
import type { HubIdentity } from '../hub-identity.js';
import type { ChapterWriter } from '../sync/chapter-writer.js';

export interface ApiDeps {
  db: Db;
  writer: ChapterWriter;
  identity: HubIdentity;
  connections: HubConnections;
  /** Sends newly stored messages to the connected devices that may read their chapter. */
  broadcast: (frame: ChangesFrame) => void;
}
