// "Verify records": recomputes the hash of every sealed record on this computer (decisions and
// meeting records), checks each device's chain, and compares with the chain heads the hubs this
// computer syncs with recorded. A hub that cannot be reached is said, not counted as a failure.
import { useState } from 'react';
import type { VerifyReport } from '../../../../shared/contract/meetings';
import { ProgressBar } from '../../components/progress-bar';
import { errorMessage } from '../../data/call-errors';
import { useApi } from '../../data/core-context';
import { countOf } from '../../locale/format';

export function VerifyRecords() {
  const api = useApi();
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setError(null);
    try {
      setReport(await api.call('decisions.verify', { hubs: true }));
    } catch (e) {
      setReport(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="verify panel" aria-labelledby="verify-title">
      <div className="verify-head">
        <h2 id="verify-title">Records</h2>
        <p className="muted">Each decision and meeting record is sealed with a hash and chained to the ones before it on the computer that made it.</p>
        <button type="button" className="btn" onClick={() => void verify()} disabled={busy}>
          {busy ? 'Verifying…' : 'Verify records'}
        </button>
      </div>
      {busy && <ProgressBar label="Verifying records" done={0} total={null} />}
      {(report || error) && (
        <div className="verify-result" role="region" aria-label="Verification">
          {error ? (
            <p className="notice notice-error" role="alert">
              The records could not be checked: {error}
            </p>
          ) : report ? (
            <VerifyResult report={report} />
          ) : null}
        </div>
      )}
    </section>
  );
}

function VerifyResult({ report }: { report: VerifyReport }) {
  const ok = report.problems.length === 0;
  return (
    <>
      <p className={ok ? 'verify-ok' : 'verify-bad'} role="status">
        {ok ? okInWords(report) : `${countOf(report.problems.length, 'problem', 'problems')} found in ${countOf(report.records, 'sealed record', 'sealed records')} (${countOf(report.chains, 'chain', 'chains')}).`}
      </p>
      {report.hubs.length > 0 ? (
        <ul className="verify-hubs" aria-label="Hubs">
          {report.hubs.map((h) => (
            <li key={h.hub}>
              {h.hub}: {h.reached ? `reached, ${countOf(h.heads, 'chain head', 'chain heads')}` : `not reached (${h.error ?? 'no answer'}): its heads were not compared`}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No hub to compare with: this computer does not sync with one.</p>
      )}
      {!ok && (
        <ul className="verify-problems notice notice-error" aria-label="Problems" role="alert">
          {report.problems.map((p, i) => (
            <li key={i}>
              {p.problem}
              {p.table ? ` (${p.table}${p.id ? ` ${p.id}` : ''}${p.seq !== null ? `, link ${p.seq}` : ''})` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function okInWords(report: VerifyReport): string {
  if (report.records === 0) return 'No sealed records yet: nothing to check.';
  const records = report.records === 1 ? 'The sealed record checks out' : `All ${countOf(report.records, 'sealed record', 'sealed records')} check out`;
  const heads = report.headsChecked ? `; ${countOf(report.headsChecked, 'chain head', 'chain heads')} recorded by hubs agree` : '';
  return `${records}, in ${countOf(report.chains, 'chain', 'chains')}${heads}.`;
}
