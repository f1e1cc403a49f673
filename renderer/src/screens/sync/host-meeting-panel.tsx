// "Host sync for this meeting": this computer runs a hub on the room's network, so the laptops at
// a meeting with Wi-Fi but no internet still sync. While it runs, the panel is meant to be read from
// across a table: the address and the invite code in large type, and a QR code carrying both. Each
// invite works once, so the lead shows a new one for each device.
import { useState, type RefObject } from 'react';
import type { MeetingHub } from '../../../../shared/contract/sync';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useApi } from '../../data/core-context';
import { useMutation } from '../../data/use-mutation';
import type { QueryResult } from '../../data/use-query';
import { QrCode } from '../../components/qr-code';

interface HostMeetingPanelProps {
  hosting: QueryResult<MeetingHub | null>;
  startRef: RefObject<HTMLButtonElement | null>;
}

export function HostMeetingPanel({ hosting, startRef }: HostMeetingPanelProps) {
  const toasts = useToasts();
  const api = useApi();
  const start = useMutation('sync.hostStart');
  const stop = useMutation('sync.hostStop');
  const [inviting, setInviting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const info = hosting.data ?? null;

  async function run(work: () => Promise<void>) {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const startHosting = () =>
    run(async () => {
      hosting.setData(await start.run({}));
      // The panel moves to the top of the screen: take the person (and their focus) with it.
      requestAnimationFrame(() => {
        const panel = document.getElementById('host-meeting');
        panel?.focus({ preventScroll: true });
        panel?.closest('.screen-body')?.scrollTo({ top: 0 });
      });
    });

  const newInvite = () =>
    run(async () => {
      setInviting(true);
      try {
        hosting.setData(await api.call('sync.hostInvite', {}));
        toasts.success('A new invite code is ready for the next device');
      } finally {
        setInviting(false);
      }
    });

  const stopHosting = () =>
    run(async () => {
      await stop.run({});
      hosting.setData(null);
      // The panel goes back below the join form; focus goes to its button rather than nowhere.
      requestAnimationFrame(() => startRef.current?.focus());
      toasts.success('Stopped hosting sync for this meeting');
    });

  return (
    <section className={`section host-panel ${info ? 'is-hosting' : ''}`} id="host-meeting" tabIndex={-1} aria-labelledby="host-title">
      <h2 id="host-title">A hub for this meeting</h2>
      {!info ? (
        <>
          <p className="section-text">
            No internet in the hall? This computer can run the hub for the meeting: every laptop on the same Wi-Fi syncs through it while it runs. The
            others join from their own Sync screen with the address and invite code it shows.
          </p>
          <button ref={startRef} type="button" className="btn btn-primary" onClick={startHosting} disabled={start.pending || hosting.loading}>
            {start.pending ? 'Starting…' : 'Host sync for this meeting'}
          </button>
        </>
      ) : (
        <>
          <p className="section-text host-lead">
            This computer is hosting sync for the meeting. On each other laptop, open <strong>Sync</strong>, and under <strong>Join a hub</strong> enter
            this address and invite code (or scan the QR code).
          </p>
          <div className="host-card">
            <div className="host-details">
              <div>
                <h3 className="host-label">
                  {info.addresses.length > 1 ? 'Hub address (any of these)' : 'Hub address'}
                </h3>
                <ul className="host-addresses" aria-label="Addresses of this meeting hub">
                  {info.addresses.map((address) => (
                    <li key={address} className="host-big">
                      {address}
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h3 className="host-label">Invite code</h3>
                {/* An <output> is a polite live region: a new code is read out when it replaces the last. */}
                <output className="host-big host-invite" aria-label="Invite code for this meeting">
                  {info.invite}
                </output>
                <p className="muted host-note">Each invite code works for one device. When a device has joined, show a new one for the next.</p>
              </div>
            </div>
            <QrCode svg={info.qrSvg} label="QR code with the address and invite code" />
          </div>
          <div className="form-actions">
            <button type="button" className="btn btn-primary" onClick={newInvite} disabled={inviting}>
              New invite for the next device
            </button>
            <button type="button" className="btn btn-danger" onClick={stopHosting} disabled={stop.pending}>
              {stop.pending ? 'Stopping…' : 'Stop hosting'}
            </button>
          </div>
          <p className="muted host-note">
            When you stop, the others keep everything they have; what they change afterwards reaches the chapter through headquarters, or at the next
            meeting.
          </p>
        </>
      )}
      {error && (
        <p className="notice notice-error host-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
