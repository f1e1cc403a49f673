// The phone sign-in page: while it runs, people in the room scan the QR code (or type the short
// address) and sign themselves in from their own phone's browser. Meant to be read across a room:
// the address in large type beside the code. The core serves the page on the local network and
// closes it when the meeting is sealed.
import { useState } from 'react';
import type { SignInPage } from '../../../../shared/contract/meetings';
import { QrCode } from '../../components/qr-code';
import { errorMessage } from '../../data/call-errors';
import { useApi } from '../../data/core-context';
import { useQuery } from '../../data/use-query';

export function PhoneSignInPanel({ meetingId, sealed }: { meetingId: string; sealed: boolean }) {
  const api = useApi();
  // Not a table: the page runs in the core's memory. Read on mount and set from what start/stop return.
  const state = useQuery('meetings.signInPageState', { meetingId }, { tables: ['meetings'] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const page: SignInPage | null = sealed ? null : (state.data ?? null);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  if (sealed) return null;
  return (
    <section className={`attendance-tool phone-signin ${page ? 'is-running' : ''}`} aria-labelledby="phone-signin-title">
      <h2 id="phone-signin-title">Phones</h2>
      {!page ? (
        <>
          <p className="muted">Let people sign in from their own phones, on the room’s Wi-Fi: nothing to install, and nobody is added twice.</p>
          <button type="button" className="btn" onClick={() => void run(async () => state.setData(await api.call('meetings.signInPage', { meetingId })))} disabled={busy || state.loading}>
            {busy ? 'Starting…' : 'Show the phone sign-in page'}
          </button>
        </>
      ) : (
        <>
          <div className="phone-card">
            <QrCode svg={page.qrSvg} label="QR code of the phone sign-in page" />
            <div className="phone-details">
              <p className="muted">Scan the code, or type this address in a phone’s browser:</p>
              <output className="host-big phone-address" aria-label="Address of the phone sign-in page">
                {page.shortAddress}
              </output>
              {page.urls.length > 1 && (
                <ul className="muted phone-urls" aria-label="Other addresses of the page">
                  {page.urls.slice(1).map((url) => (
                    <li key={url}>{url.replace(/^https?:\/\//, '')}</li>
                  ))}
                </ul>
              )}
              <p className="muted">The phones must be on the same Wi-Fi as this computer. The page closes when the meeting is closed.</p>
            </div>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-danger"
              onClick={() =>
                void run(async () => {
                  await api.call('meetings.stopSignInPage', { meetingId });
                  state.setData(null);
                })
              }
              disabled={busy}
            >
              Stop the phone page
            </button>
          </div>
        </>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
