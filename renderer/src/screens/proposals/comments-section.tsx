// Comments on a proposal, with replies under the comment they answer. Written as the organiser
// using this computer; what is typed is kept until it is sent.
import { useMemo, useState, type FormEvent } from 'react';
import type { ProposalDetail } from '../../../../shared/contract/proposals';
import { Field } from '../../components/field';
import { errorMessage, fieldErrors } from '../../data/call-errors';
import { useMutation } from '../../data/use-mutation';
import { formatMoment } from '../../locale/format';
import { useStoredDraft } from './use-stored-draft';

type Comment = ProposalDetail['comments'][number];

export function CommentsSection({ proposal }: { proposal: ProposalDetail }) {
  const byParent = useMemo(() => {
    const map = new Map<string | null, Comment[]>();
    const known = new Set(proposal.comments.map((c) => c.id));
    for (const c of proposal.comments) {
      // A reply whose comment has not arrived yet (sync) shows at the top level rather than not at all.
      const parent = c.parentId && known.has(c.parentId) ? c.parentId : null;
      map.set(parent, [...(map.get(parent) ?? []), c]);
    }
    return map;
  }, [proposal.comments]);

  return (
    <section className="panel comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments {proposal.comments.length > 0 && <span className="muted">({proposal.comments.length})</span>}</h2>
      {proposal.comments.length === 0 && <p className="muted">No comments yet. Ask a question, suggest a change, say why you support it.</p>}
      <CommentThread comments={byParent.get(null) ?? []} byParent={byParent} proposalId={proposal.id} depth={0} />
      <CommentForm proposalId={proposal.id} parentId={null} />
    </section>
  );
}

function CommentThread({ comments, byParent, proposalId, depth }: { comments: Comment[]; byParent: Map<string | null, Comment[]>; proposalId: string; depth: number }) {
  if (comments.length === 0) return null;
  return (
    <ul className={`comment-list ${depth > 0 ? 'is-replies' : ''}`} aria-label={depth > 0 ? 'Replies' : 'Comments'}>
      {comments.map((c) => (
        <CommentItem key={c.id} comment={c} replies={byParent.get(c.id) ?? []} byParent={byParent} proposalId={proposalId} depth={depth} />
      ))}
    </ul>
  );
}

function CommentItem({ comment, replies, byParent, proposalId, depth }: { comment: Comment; replies: Comment[]; byParent: Map<string | null, Comment[]>; proposalId: string; depth: number }) {
  const [replying, setReplying] = useState(false);
  return (
    <li className="comment">
      <div className="comment-head">
        <strong>{comment.authorName ?? 'An organiser'}</strong>
        {comment.createdAt && <span className="faint">{formatMoment(comment.createdAt)}</span>}
      </div>
      <p className="comment-body">{comment.body}</p>
      <button type="button" className="btn btn-ghost btn-small" aria-expanded={replying} onClick={() => setReplying((r) => !r)}>
        Reply
      </button>
      {replying && <CommentForm proposalId={proposalId} parentId={comment.id} onDone={() => setReplying(false)} replyTo={comment.authorName ?? 'this comment'} />}
      {/* Replies to replies are shown one level in, so a long thread stays readable. */}
      <CommentThread comments={replies} byParent={byParent} proposalId={proposalId} depth={Math.min(depth + 1, 2)} />
    </li>
  );
}

function CommentForm({ proposalId, parentId, onDone, replyTo }: { proposalId: string; parentId: string | null; onDone?(): void; replyTo?: string }) {
  const [draft, update, clear] = useStoredDraft(`proposal.${proposalId}.comment.${parentId ?? 'new'}`, { body: '' });
  const [error, setError] = useState<string | null>(null);
  const comment = useMutation('proposals.comment');
  const label = parentId ? `Reply to ${replyTo}` : 'Add a comment';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.body.trim() === '') {
      setError('Write something first');
      return;
    }
    try {
      await comment.run({ proposalId, body: draft.body.trim(), ...(parentId ? { parentId } : {}) });
      clear();
      setError(null);
      onDone?.();
    } catch (e) {
      setError(fieldErrors(e).body ?? errorMessage(e));
    }
  }

  return (
    <form className={`comment-form ${parentId ? 'is-reply' : ''}`} onSubmit={submit} noValidate>
      <Field label={label} error={error} className={parentId ? 'label-hidden' : undefined}>
        <textarea
          rows={parentId ? 2 : 3}
          value={draft.body}
          autoFocus={parentId !== null}
          placeholder={parentId ? 'Your reply' : 'Your comment'}
          onChange={(e) => {
            update(() => ({ body: e.target.value }));
            if (error) setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
          }}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="btn btn-small" disabled={comment.pending} title="Ctrl+Enter">
          {parentId ? 'Send reply' : 'Comment'}
        </button>
        {onDone && (
          <button type="button" className="btn btn-ghost btn-small" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
