// The seal of a closed meeting: when and by whom, and the record's hash, which anyone can recompute
// from the record to check that nothing in it changed ("Verify records" on the Decisions screen).
// A correction made after sealing is a new record that supersedes the last; it says why.
import { useState } from 'react';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { formatMoment } from '../../locale/format';

export function SealedRecord({ meeting }: { meeting: MeetingDetail }) {
  const [copied, setCopied] = useState(false);
  const hash = meeting.record?.hash ?? null;
  const sealedAt = meeting.record?.sealedAt ?? meeting.sealedAt;
  const sealedBy = meeting.record?.sealedBy ?? meeting.sealedBy;
  return (
    <section className="sealed-record" role="region" aria-label="Sealed record">
      <p className="sealed-record-title">
        <strong>Closed and sealed</strong>
        {sealedAt ? ` on ${formatMoment(sealedAt)}` : ''}
        {sealedBy ? ` by ${sealedBy}` : ''}. The minutes, attendance and decisions below can no longer change.
      </p>
      {meeting.record?.correction && <p className="sealed-record-correction">This record corrects the one sealed before it: {meeting.record.correction}</p>}
      {hash ? (
        <div className="decision-hash">
          <span className="decision-hash-label">Record hash</span>
          <code className="hash">{hash}</code>
          <button
            type="button"
            className="btn btn-small"
            aria-label="Copy record hash"
            onClick={() =>
              navigator.clipboard.writeText(hash).then(
                () => {
                  setCopied(true);
                  setTimeout(() => setCopied(false), 2000);
                },
                () => setCopied(false),
              )
            }
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
        </div>
      ) : (
        <p className="muted">The record itself has not reached this computer yet; it arrives with the next sync.</p>
      )}
    </section>
  );
}
