/**
 * A proposal: its text co-edited live, its vote board, its decisions, comments, and how it is
 * carried out (status, owner, progress, milestones), with the trail of every change.
 *
 * Page model (accessible names, for end-to-end tests):
 *   heading (level 1): the proposal's title; link "Proposals" (back to the board; Escape too,
 *     once outside a field); button "Export as Markdown" (downloads TITLE.md)
 *   textbox "Title" (saved on Enter or leaving it; Escape reverts), textbox "Summary"
 *   region "Proposal text": toolbar "Formatting" (buttons "Bold", "Italic", "Heading",
 *     "Subheading", "Bulleted list", "Numbered list", "Quote", "Link", each aria-pressed; arrow keys
 *     move between them) and the editable textbox "Proposal text"; others' carets show as
 *     `.collaboration-carets__label` with their names; status "Also editing: NAME"
 *   button "Support" (aria-pressed), "N supporters"
 *   heading "Vote":
 *     no board: button "Open a vote" → dialog "Open a vote": combobox "Method", textbox "Options",
 *       spinbutton "Dots per voter" (dot), "Closes at", textbox "Quorum (% of members)", radios
 *       "All members" / "Only the members named below", checkboxes "Anonymous", "Hide results until
 *       the vote closes"; button "Open vote"
 *     open: region "Tally" ("Leading: …", list "Counts", quorum and time left in words, "Not voted
 *       yet (N): …"); form "Cast a vote": combobox "Voting as", checkbox "Proxy (entered for a
 *       member reached by phone or at the door)", the ballot (consent: radios "Agree", "Abstain",
 *       "Disagree", "Block"; ranked: buttons "Rank X", "Move X up", "Move X down"; score: radios
 *       "0".."5" per option group; dot: buttons "One more dot on X"; time poll: radios "Yes",
 *       "Maybe", "No" per option), button "Cast vote" → alertdialog "Replace NAME’s vote?" (button
 *       "Replace vote") when they voted already; button "Close the vote" → alertdialog "Close the
 *       vote?" with button "Close and record the decision"
 *     closed: region "Decision": heading "Decided: OUTCOME", table "Rounds of the count" (ranked),
 *       "Record hash" in monospace with button "Copy record hash"; a conflict shows the alert "Two
 *       decisions were taken apart; settle it with a new decision"
 *   heading "Comments": textbox "Add a comment", button "Comment"; per comment button "Reply" →
 *     textbox "Reply to NAME", button "Send reply"
 *   heading "Details": combobox "Status", slider "Progress", comboboxes "Advocate", "Owner", "Tags"
 *   heading "Milestones": checkbox per milestone (named by its title), date "Due date of TITLE";
 *     textbox "New milestone", date "Due", button "Add milestone"
 *   heading "Trail": list "Changes, newest first"
 */
import { useEffect } from 'react';
import type { ProposalDetail } from '../../../../shared/contract/proposals';
import { useRoute } from '../../app/routes';
import { EmptyState } from '../../components/empty-state';
import { isTyping } from '../../components/kbd';
import { ProposalStatusBadge } from '../../components/proposal-status-badge';
import { useToasts } from '../../components/toasts';
import { errorMessage } from '../../data/call-errors';
import { downloadText } from '../../data/download';
import { useApi } from '../../data/core-context';
import { useQuery } from '../../data/use-query';
import { CommentsSection } from './comments-section';
import { DecisionsSection } from './decisions-section';
import { MilestonesSection } from './milestones-section';
import { ProposalBody } from './proposal-body';
import { DetailsPanel, SummaryField, TitleField } from './proposal-details';
import { SupportToggle } from './support-toggle';
import { TrailSection } from './trail-section';
import { VotePanel } from './vote-panel';

const DETAIL_TABLES = ['proposals', 'proposal_comments', 'proposal_supports', 'milestones', 'decisions', 'members'];

export function ProposalScreen({ id }: { id: string }) {
  const { navigate } = useRoute();
  const proposal = useQuery('proposals.get', { id }, { tables: DETAIL_TABLES });

  // Escape leaves a field first, then the proposal.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (isTyping(event.target)) (event.target as HTMLElement).blur();
      else navigate({ screen: 'proposals' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  if (!proposal.data) {
    if (!proposal.error) return null;
    return (
      <EmptyState title="This proposal is not here" tone="error" actions={<button className="btn" onClick={() => navigate({ screen: 'proposals' })}>Back to proposals</button>}>
        {errorMessage(proposal.error)}
      </EmptyState>
    );
  }
  return <ProposalPage proposal={proposal.data} />;
}

function ProposalPage({ proposal }: { proposal: ProposalDetail }) {
  const { navigate } = useRoute();
  const api = useApi();
  const toasts = useToasts();

  async function exportMarkdown() {
    try {
      const { fileName, markdown } = await api.call('proposals.exportMarkdown', { id: proposal.id });
      downloadText(fileName, markdown, 'text/markdown;charset=utf-8');
    } catch (error) {
      toasts.error(errorMessage(error));
    }
  }

  return (
    <section className="screen" aria-labelledby="proposal-title">
      <header className="screen-header">
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a
            href="#proposals"
            onClick={(e) => {
              e.preventDefault();
              navigate({ screen: 'proposals' });
            }}
          >
            Proposals
          </a>
          <span aria-hidden="true">/</span>
        </nav>
        <h1 id="proposal-title" className="proposal-heading" tabIndex={-1} data-screen-title>
          {proposal.title}
        </h1>
        <ProposalStatusBadge status={proposal.status} />
        <div className="actions">
          <button type="button" className="btn" onClick={() => void exportMarkdown()}>
            Export as Markdown
          </button>
        </div>
      </header>
      <div className="screen-body">
        <div className="proposal-page">
          <div className="proposal-primary">
            <TitleField proposal={proposal} />
            <div className="proposal-byline">
              {proposal.advocate && (
                <span>
                  Advocate: <strong>{proposal.advocate.name}</strong>
                </span>
              )}
              {proposal.owner && (
                <span>
                  Owner: <strong>{proposal.owner.name}</strong>
                </span>
              )}
              {proposal.tags.map((t) => (
                <span key={t} className="tag">
                  {t}
                </span>
              ))}
            </div>
            <SummaryField proposal={proposal} />
            <ProposalBody proposalId={proposal.id} />
            <VotePanel proposal={proposal} />
            <DecisionsSection proposal={proposal} />
            <CommentsSection proposal={proposal} />
          </div>
          <aside className="proposal-aside" aria-label="About this proposal">
            <div className="panel support-panel">
              <SupportToggle proposalId={proposal.id} title={proposal.title} count={proposal.supportCount} supporterIds={proposal.supporters.map((s) => s.id)} />
              {proposal.supporters.length > 0 && <p className="muted supporters">{proposal.supporters.map((s) => s.name).join(', ')}</p>}
            </div>
            <DetailsPanel proposal={proposal} />
            <MilestonesSection proposal={proposal} />
            <TrailSection proposal={proposal} />
          </aside>
        </div>
      </div>
    </section>
  );
}
