/**
 * A member's own page: their thermometer (what they pledged and fulfilled, one per unit) and the
 * same with their network below them, so it rises as the people they recruited pledge too; their
 * pledges; who recruited them and whom they recruited, as a tree; their groups. Printable.
 *
 * Page model (accessible names, for end-to-end tests):
 *   breadcrumb link "Members"; heading: the member's name; navigation "Member views" (links
 *   "Profile", "Member page"); buttons "Print…", "Record a pledge"
 *   img: "<name> <sentence>" (own) and "With network <sentence>" (own and network; ", USD" etc. with several units)
 *   list "Recruits pledged", list "Network pledged" (one line per unit); "N people in their network"
 *   table "Pledges by <name>"
 *   list "Recruited by <name>": nested lists, one per level, each listitem a recruit
 */
import { useState } from 'react';
import { thermometerView } from '../../../../shared/pledges/units';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { Thermometers } from '../../components/thermometer';
import { useToasts } from '../../components/toasts';
import { UnitTotalsList } from '../../components/unit-totals';
import { errorMessage } from '../../data/call-errors';
import { useQuery } from '../../data/use-query';
import { amountLocales } from '../../locale/amounts';
import { countOf, formatDay } from '../../locale/format';
import { MemberTabs } from '../members/member-tabs';
import { PledgeFormDialog } from '../pledges/pledge-form-dialog';
import { PledgeTable } from '../pledges/pledge-table';
import { ReceiptDialog } from '../pledges/receipt-dialog';
import { NETWORK_TABLES } from './network-tables';
import { addUnitTotals } from './network-totals';
import { RecruitTree } from './recruit-tree';

export function MemberPageScreen({ id }: { id: string }) {
  const { navigate } = useRoute();
  const toasts = useToasts();
  const page = useQuery('network.member', { memberId: id }, { tables: NETWORK_TABLES });
  const tree = useQuery('network.tree', { memberId: id, depth: 5 }, { tables: NETWORK_TABLES });
  const [recording, setRecording] = useState(false);
  const [receiptOf, setReceiptOf] = useState<string | null>(null);

  if (!page.data) {
    if (page.error === undefined) return null;
    return (
      <EmptyState title="This member is not here" tone="error" actions={<button className="btn" onClick={() => navigate({ screen: 'members' })}>Back to members</button>}>
        {errorMessage(page.error)}
      </EmptyState>
    );
  }
  const d = page.data;
  const name = d.member.name;
  const own = d.thermometers.map((t) => ({ kind: t.kind, currency: t.currency, pledged: t.pledged, fulfilled: t.fulfilled }));
  const withNetwork = addUnitTotals(own, d.networkPledged).map((t) => thermometerView(t, null, t.pledged, t.fulfilled, amountLocales()));
  const goMember = (memberId: string) => (e: { preventDefault(): void }) => (e.preventDefault(), navigate({ screen: 'member-page', id: memberId }));

  return (
    <section className="screen" aria-labelledby="member-page-title">
      <header className="screen-header">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href="#members" onClick={(e) => (e.preventDefault(), navigate({ screen: 'members' }))}>
            Members
          </a>
          <span aria-hidden="true">/</span>
          <h1 id="member-page-title" tabIndex={-1} data-screen-title>
            {name}
          </h1>
        </nav>
        <MemberTabs id={id} current="page" />
        <div className="actions no-print">
          <button type="button" className="btn" onClick={() => window.print()}>
            Print…
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setRecording(true)}>
            Record a pledge
          </button>
        </div>
      </header>
      <div className="screen-body">
        <div className="page page-wide member-page">
          <p className="profile-summary muted">
            {d.member.joinedOn && <span>Joined {formatDay(d.member.joinedOn)}</span>}
            {d.member.recruitedBy && (
              <span>
                Recruited by{' '}
                <a href="#member-page" onClick={goMember(d.member.recruitedBy.id)}>
                  {d.member.recruitedBy.name}
                </a>
              </span>
            )}
            {d.groups.length > 0 && (
              <span>
                In{' '}
                {d.groups.map((g, i) => (
                  <span key={g.id}>
                    {i > 0 ? ', ' : ''}
                    <a href="#group" onClick={(e) => (e.preventDefault(), navigate({ screen: 'group', id: g.id }))}>
                      {g.name}
                    </a>
                  </span>
                ))}
              </span>
            )}
          </p>
          <div className="member-thermometers">
            <section className="section" aria-labelledby="own-title">
              <h2 id="own-title">Their pledges</h2>
              <Thermometers views={d.thermometers} title={name} empty="Nothing pledged yet." />
            </section>
            <section className="section" aria-labelledby="network-title">
              <h2 id="network-title">With their network</h2>
              {/* A short title: the drawing clips long ones, and the heading above says whose network. */}
              <Thermometers views={withNetwork} title="With network" empty="Nothing pledged yet by them or their network." />
            </section>
            <section className="section network-figures" aria-labelledby="network-figures-title">
              <h2 id="network-figures-title">Their network</h2>
              <p>
                <strong>{countOf(d.networkSize, 'person', 'people')}</strong> in their network, {countOf(d.recruits.length, 'recruited', 'recruited')} directly.
              </p>
              <h3>Their recruits pledged</h3>
              <UnitTotalsList totals={d.recruitsPledged} label="Recruits pledged" />
              <h3>Their whole network pledged</h3>
              <UnitTotalsList totals={d.networkPledged} label="Network pledged" />
            </section>
          </div>
          <section className="section" aria-labelledby="member-pledges-title">
            <h2 id="member-pledges-title">Pledges</h2>
            {d.pledges.length === 0 ? (
              <p className="muted">No pledges yet.</p>
            ) : (
              <PledgeTable pledges={d.pledges} caption={`Pledges by ${name}`} hideMember />
            )}
          </section>
          <section className="section" aria-labelledby="recruits-title">
            <h2 id="recruits-title">Recruits</h2>
            {tree.data ? <RecruitTree root={tree.data} /> : tree.error !== undefined ? <p className="notice notice-error">{errorMessage(tree.error)}</p> : null}
          </section>
        </div>
      </div>
      <PledgeFormDialog
        open={recording}
        memberId={id}
        onClose={() => setRecording(false)}
        onSaved={(created) => {
          setRecording(false);
          toasts.success(`Recorded ${created.pledge.amountText} from ${name}`);
          if (created.payment?.receipt) setReceiptOf(created.payment.instalment.id);
        }}
      />
      <ReceiptDialog instalmentId={receiptOf} onClose={() => setReceiptOf(null)} />
    </section>
  );
}
