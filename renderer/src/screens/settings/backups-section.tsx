// Backups: make one now and download it, and the list of those on this computer. Restoring replaces
// the whole database, so it is done where the app can stop first: the File menu or the CLI.
import { useState } from 'react';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useApi, useQueryClient } from '../../data/core-context';
import { downloadBase64 } from '../../data/download';
import { useQuery } from '../../data/use-query';
import { formatBytes, formatMoment } from '../../locale/format';

export function BackupsSection() {
  const api = useApi();
  const client = useQueryClient();
  const toasts = useToasts();
  const backups = useQuery('backup.list', {}, { tables: ['backups'] });
  const [busy, setBusy] = useState(false);

  async function download(fileName: string) {
    const file = await api.call('backup.read', { fileName });
    downloadBase64(file.fileName, file.contentBase64, 'application/gzip');
  }

  async function backUpNow() {
    setBusy(true);
    try {
      const info = await client.write(() => api.call('backup.create', {}));
      backups.refetch();
      await download(info.fileName);
      toasts.success(`Backed up to ${info.fileName}`);
    } catch (error) {
      toasts.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p className="section-text">
        A backup is one file holding this computer’s whole copy of the chapter. The app also makes one every day and keeps the most recent.
      </p>
      <button type="button" className="btn btn-primary" onClick={backUpNow} disabled={busy}>
        {busy ? 'Backing up…' : 'Back up now'}
      </button>
      {backups.error !== undefined && !backups.data && (
        <p className="notice notice-error" role="alert">
          {errorMessage(backups.error)}
        </p>
      )}
      {backups.data && backups.data.length > 0 && (
        <table className="plain-table backups-table">
          <caption className="visually-hidden">Backups on this computer</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Made</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.data.map((b) => (
              <tr key={b.fileName}>
                <td className="mono">{b.fileName}</td>
                <td>{formatMoment(b.createdAt)}</td>
                <td className="num">{formatBytes(b.bytes)}</td>
                <td className="num">
                  <button type="button" className="btn btn-small" aria-label={`Download ${b.fileName}`} onClick={() => download(b.fileName).catch((e) => toasts.error(errorMessage(e)))}>
                    Download
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {backups.data && backups.data.length === 0 && <p className="muted">No backups yet.</p>}
      <h3 className="subheading">Restoring a backup</h3>
      <p className="section-text">
        Restoring replaces everything on this computer with the backup, so the app must stop first. In the desktop app, use <strong>File → Restore from backup…</strong>.
        With the browser version, stop it and run <code>npm run cli -- restore FILE --data DIR</code>, then start it again.
      </p>
    </section>
  );
}
