// Every domain's handlers, merged once. The type below fails the build if a contract method has no
// handler, so the contract and the core cannot drift apart.
import type { PGlite } from '@electric-sql/pglite';
import type { MethodName } from '../../../shared/contract/index.js';
import type { HandlerMap } from '../handler-context.js';
import { backupHandlers } from './backup.js';
import { membersHandlers } from './members.js';
import { sessionHandlers } from './session.js';
import { syncHandlers } from './sync.js';
import type { SyncService } from '../sync/sync-service.js';
import type { MeetingHost } from '../sync/meeting-host.js';
import type { DocService } from '../docs/doc-service.js';
import { proposalsHandlers } from './proposals.js';
import { campaignsHandlers } from './campaigns.js';
import { networkHandlers } from './network.js';
import { pledgesHandlers } from './pledges.js';
import type { RosterSizeCache } from '../members/member-queries.js';
import { meetingsHandlers } from './meetings.js';
import { Kiosk } from '../meetings/kiosk.js';
import type { SealedMinutes } from '../meetings/sealed-minutes.js';
import type { SignInPages } from '../meetings/signin-pages.js';

export type AllHandlers = HandlerMap<MethodName>;

export interface HandlerServices {
  pglite: PGlite;
  sync: SyncService;
  rosterSizes: RosterSizeCache;
  meetingHost: MeetingHost;
  docs: DocService;
  sealedMinutes: SealedMinutes;
  signInPages: SignInPages;
}

export function allHandlers(services: HandlerServices): AllHandlers {
  return { ...sessionHandlers, ...membersHandlers(services.rosterSizes), ...backupHandlers(services.pglite), ...syncHandlers(services.sync, services.meetingHost),
    ...proposalsHandlers(services.docs),
    ...campaignsHandlers(),
    ...pledgesHandlers(),
    ...networkHandlers(),
    ...meetingsHandlers({ docs: services.docs, rosterSizes: services.rosterSizes, sealedMinutes: services.sealedMinutes, kiosk: new Kiosk(), signInPages: services.signInPages }),
  };
}
