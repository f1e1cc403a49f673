// The minutes as the core renders them for printing (meetings.minutes, html), shown in a sandboxed
// frame: the page is the core's own escaped, self-contained HTML, and the frame may run nothing.
// With `printable`, the frame may be printed from the app (same origin, dialogs allowed, still no
// scripts).
import type { Ref } from 'react';
import { errorMessage } from '../../data/call-errors';
import { useQuery } from '../../data/use-query';
import { MEETING_TABLES } from './meeting-tables';

interface MinutesFrameProps {
  meetingId: string;
  title: string;
  printable?: boolean;
  ref?: Ref<HTMLIFrameElement>;
}

export function MinutesFrame({ meetingId, title, printable, ref }: MinutesFrameProps) {
  const html = useQuery('meetings.minutes', { id: meetingId, format: 'html' }, { tables: MEETING_TABLES });
  if (html.error !== undefined && !html.data) {
    return (
      <p className="notice notice-error" role="alert">
        The minutes could not be read: {errorMessage(html.error)}
      </p>
    );
  }
  if (!html.data) return <div className="minutes-frame is-loading" aria-busy="true" />;
  return <iframe ref={ref} className="minutes-frame" title={title} srcDoc={html.data.text} sandbox={printable ? 'allow-same-origin allow-modals' : ''} />;
}
