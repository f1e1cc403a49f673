// A receipt for money taken by hand, as the core writes it (pledges.receipt): its own small,
// escaped HTML page shown in a sandboxed frame that may run nothing, with a Print button (the print
// dialog saves it as a PDF too). Made offline on this device; the number is unique without a hub.
import { useRef } from 'react';
import { Dialog } from '../../components/dialog';
import { errorMessage } from '../../data/call-errors';
import { useQuery } from '../../data/use-query';
import { PLEDGE_TABLES } from './pledge-tables';

export function ReceiptDialog({ instalmentId, onClose }: { instalmentId: string | null; onClose(): void }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const receipt = useQuery('pledges.receipt', instalmentId ? { instalmentId } : null, { tables: PLEDGE_TABLES });
  const data = instalmentId ? receipt.data : undefined;
  return (
    <Dialog open={instalmentId !== null} title="Receipt" onClose={onClose} className="receipt-dialog">
      {receipt.error !== undefined && !data ? (
        <p className="notice notice-error" role="alert">
          The receipt could not be made: {errorMessage(receipt.error)}
        </p>
      ) : data ? (
        <>
          <p className="muted">
            Receipt <strong className="mono">{data.receipt.receiptNo}</strong>: print it, or read the number out to keep it.
          </p>
          <iframe ref={frame} className="receipt-frame" title={`Receipt ${data.receipt.receiptNo}`} srcDoc={data.html} sandbox="allow-same-origin allow-modals" />
        </>
      ) : (
        <div className="receipt-frame is-loading" aria-busy="true" />
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
        <button type="button" className="btn btn-primary" disabled={!data} onClick={() => frame.current?.contentWindow?.print()}>
          Print receipt…
        </button>
      </div>
    </Dialog>
  );
}
