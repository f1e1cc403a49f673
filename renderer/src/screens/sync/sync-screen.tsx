/**
 * Sync: the hubs this computer syncs with, joining one, hosting one for a meeting, and the changes
 * a hub refused. Everything here reads `sync.*` through live queries, so the screen follows the
 * connections as they come and go without a reload.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading "Sync" (level 1)
 *   list "Hubs": one listitem per joined hub (named by its address), holding the address, its role,
 *     "Connected" or "Not connected", "Waiting to be sent", "Last synced", the chapter (button
 *     "Work on CHAPTER" when it is not the current one), the last problem and any clock warning;
 *     button "Leave ADDRESS" (text "Leave") → alertdialog "Leave this hub?" with "Cancel" and
 *     "Leave hub". This computer's own meeting hub has no "Leave": "Stop hosting" ends it.
 *   with no hub: heading "No hub yet", links "Join a hub" and "Host one for this meeting"
 *   form "Join a hub": textbox "Hub address", textbox "Invite code",
 *     checkbox "Link this chapter to the hub's chapter", button "Join hub";
 *     when the core refuses an unencrypted address outside private networks: alert with button
 *     "Allow an unencrypted connection" (joins again, allowing it) and button "Cancel"
 *   region "A hub for this meeting": button "Host sync for this meeting"; while hosting, list
 *     "Addresses of this meeting hub", element with aria-label "Invite code for this meeting",
 *     img "QR code with the address and invite code", buttons "New invite for the next device" and
 *     "Stop hosting"
 *   when a hub refused changes: table "Changes a hub refused" (What, Why, When, Hub); "What" is a
 *     link "The member NAME" for a member
 *   status line (renderer/src/app/sync-status.tsx): a button reading "In sync", "Syncing…",
 *     "N changes waiting to sync", "Offline — N changes saved on this computer" (or "Offline — no
 *     changes waiting") or "Sync not set up", and "N changes refused by a hub"; each opens this screen
 */
import { useRef } from 'react';
import { describeSync } from '../../app/sync-status';
import { useQuery } from '../../data/use-query';
import { HostMeetingPanel } from './host-meeting-panel';
import { HubList } from './hub-list';
import { JoinHubForm } from './join-hub-form';
import { RefusedChanges } from './refused-changes';

export function SyncScreen() {
  const status = useQuery('sync.status', {}, { tables: ['sync', 'members', 'chapters'] });
  const hosting = useQuery('sync.hosting', {}, { tables: ['sync'] });
  const joinRef = useRef<HTMLInputElement>(null);
  const hostRef = useRef<HTMLButtonElement>(null);
  const summary = status.data ? describeSync(status.data) : null;

  return (
    <section className="screen" aria-labelledby="sync-title">
      <header className="screen-header">
        <h1 id="sync-title" tabIndex={-1} data-screen-title>
          Sync
        </h1>
        {summary && (
          <p className={`sync-summary sync-${summary.tone}`}>
            <span className={`status-dot sync-dot-${summary.tone}`} aria-hidden="true" />
            {summary.text}
          </p>
        )}
      </header>
      <div className="screen-body">
        <div className="page sync-page">
          {/* While this computer hosts the meeting's hub, that is what the lead shows the room: first. */}
          {hosting.data && <HostMeetingPanel hosting={hosting} startRef={hostRef} />}
          {status.data && (
            <HubList
              hubs={status.data.hubs}
              hosting={hosting.data ?? null}
              onJoin={() => joinRef.current?.focus()}
              onHost={() => hostRef.current?.focus()}
            />
          )}
          {status.data && status.data.rejected > 0 && <RefusedChanges hubs={status.data.hubs} />}
          <JoinHubForm addressRef={joinRef} />
          {!hosting.data && <HostMeetingPanel hosting={hosting} startRef={hostRef} />}
        </div>
      </div>
    </section>
  );
}
