// Who a member recruited, and whom those recruited, as nested lists (each level one list inside its
// recruiter's item), with what each pledged. Names link to their own member pages; "N more" says
// how many are below the depth shown.
import type { RecruitNode } from '../../../../shared/contract/network';
import { useRoute } from '../../app/routes';
import { unitTotalsText } from '../../components/unit-totals';
import { byUnit } from '../../locale/amounts';
import { countOf, formatDay } from '../../locale/format';

export function RecruitTree({ root }: { root: RecruitNode }) {
  if (root.recruits.length === 0) return <p className="muted">{root.name} has not recruited anyone yet. Set “Recruited by” on a new member’s profile to count them here.</p>;
  return <RecruitList nodes={root.recruits} label={`Recruited by ${root.name}`} top />;
}

function RecruitList({ nodes, label, top }: { nodes: RecruitNode[]; label: string; top?: boolean }) {
  return (
    <ul className={`recruit-tree ${top ? 'recruit-tree-top' : ''}`} aria-label={label}>
      {nodes.map((n) => (
        <RecruitItem key={n.id} node={n} />
      ))}
    </ul>
  );
}

function RecruitItem({ node: n }: { node: RecruitNode }) {
  const { navigate } = useRoute();
  const pledged = byUnit(n.pledged).filter((t) => t.pledged > 0 || t.fulfilled > 0);
  return (
    <li>
      <div className="recruit-node">
        <a href="#member-page" onClick={(e) => (e.preventDefault(), navigate({ screen: 'member-page', id: n.id }))}>
          {n.name}
        </a>
        {n.joinedOn && <span className="muted">joined {formatDay(n.joinedOn)}</span>}
        {pledged.length > 0 && <span className="recruit-pledged">{pledged.map(unitTotalsText).join('; ')}</span>}
        {n.recruits.length > 0 && <span className="muted">{countOf(n.recruits.length, 'recruit', 'recruits')}</span>}
      </div>
      {n.recruits.length > 0 && <RecruitList nodes={n.recruits} label={`Recruited by ${n.name}`} />}
      {n.more > 0 && <p className="muted recruit-more">and {countOf(n.more, 'more recruit', 'more recruits')} below</p>}
    </li>
  );
}
