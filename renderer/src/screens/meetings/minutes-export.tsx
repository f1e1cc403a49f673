// Taking the minutes away: as Markdown (a file, for posting), or as a printable page shown in a
// dialog with a Print button (the app's print dialog saves it as a PDF too). Before the meeting is
// sealed both say so at the top, since the minutes may still change.
import { useRef, useState } from 'react';
import { Dialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { useApi } from '../../data/core-context';
import { downloadText } from '../../data/download';
import { MinutesFrame } from './minutes-frame';

export function MinutesExport({ meetingId }: { meetingId: string }) {
  const api = useApi();
  const toasts = useToasts();
  const [printing, setPrinting] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  async function exportMarkdown() {
    try {
      const { fileName, text } = await api.call('meetings.minutes', { id: meetingId, format: 'md' });
      downloadText(fileName, text, 'text/markdown;charset=utf-8');
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  return (
    <>
      <button type="button" className="btn" onClick={() => void exportMarkdown()}>
        Export minutes
      </button>
      <button type="button" className="btn" onClick={() => setPrinting(true)}>
        Printable minutes
      </button>
      <Dialog open={printing} title="Printable minutes" onClose={() => setPrinting(false)} className="dialog-wide minutes-dialog">
        <MinutesFrame ref={frame} meetingId={meetingId} title="Minutes to print" printable />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => setPrinting(false)}>
            Close
          </button>
          <button type="button" className="btn btn-primary" onClick={() => frame.current?.contentWindow?.print()}>
            Print…
          </button>
        </div>
      </Dialog>
    </>
  );
}
