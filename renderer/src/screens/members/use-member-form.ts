// The state of a member form: the person's edits laid over the member as stored (so a change that
// arrives from elsewhere shows in every field the person has not touched), which fields to check
// aloud, the core's field errors, and a copy of unsaved edits in localStorage so nothing typed is
// lost if the app closes.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { fieldErrors } from '../../data/call-errors';
import { changesBetween, draftProblems, fieldProblem, type DraftField, type FormMode, type MemberDraft } from './member-draft';

type Edits = Partial<MemberDraft>;
const STORAGE_PREFIX = 'chapterhouse.unsaved.';

function loadEdits(storageKey: string | null): Edits {
  if (!storageKey) return {};
  try {
    const saved = localStorage.getItem(STORAGE_PREFIX + storageKey);
    return saved ? (JSON.parse(saved) as Edits) : {};
  } catch {
    return {};
  }
}

function saveEdits(storageKey: string | null, edits: Edits): void {
  if (!storageKey) return;
  try {
    if (Object.keys(edits).length === 0) localStorage.removeItem(STORAGE_PREFIX + storageKey);
    else localStorage.setItem(STORAGE_PREFIX + storageKey, JSON.stringify(edits));
  } catch {
    // Storage full or unavailable: the form still works, only the safety copy is missing.
  }
}

export interface MemberForm {
  draft: MemberDraft;
  set<F extends DraftField>(field: F, value: MemberDraft[F]): void;
  /** Marks a field as visited: from now on its problems show as the person types. */
  touch(field: DraftField): void;
  /** The error to show next to a field, if any. */
  errorFor(field: DraftField): string | null;
  dirty: boolean;
  /** True when the form opened with edits left over from last time. */
  restored: boolean;
  changes: ReturnType<typeof changesBetween>;
  /** Checks every field; false (and every problem shown) when one fails. */
  validate(): boolean;
  showServerErrors(error: unknown, prefix: string): string[];
  discard(): void;
}

/** Moves focus (and the scroll) to the first field showing a problem, once React has drawn it. */
export function focusFirstProblem(): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.member-form [aria-invalid="true"]')?.focus());
}

export function useMemberForm(base: MemberDraft, mode: FormMode, storageKey: string | null): MemberForm {
  const [edits, setEdits] = useState<Edits>(() => loadEdits(storageKey));
  const [restored] = useState(() => Object.keys(loadEdits(storageKey)).length > 0);
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [server, setServer] = useState<Record<string, string>>({});

  const draft = useMemo(() => ({ ...base, ...edits }), [base, edits]);
  const changes = useMemo(() => changesBetween(base, draft), [base, draft]);
  const dirty = Object.keys(changes).length > 0;

  useEffect(() => saveEdits(storageKey, dirty ? edits : {}), [storageKey, edits, dirty]);

  const set = useCallback(<F extends DraftField>(field: F, value: MemberDraft[F]) => {
    setEdits((e) => ({ ...e, [field]: value }));
    setServer((s) => {
      if (!Object.keys(s).some((k) => k === field || k.startsWith(`${field}.`))) return s;
      const next = { ...s };
      for (const k of Object.keys(next)) if (k === field || k.startsWith(`${field}.`)) delete next[k];
      return next;
    });
  }, []);

  const touch = useCallback((field: DraftField) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field))), []);

  const errorFor = useCallback(
    (field: DraftField) => {
      const fromServer = server[field] ?? Object.entries(server).find(([k]) => k.startsWith(`${field}.`))?.[1];
      if (fromServer) return fromServer;
      return touched.has(field) ? fieldProblem(draft, field, mode) : null;
    },
    [server, touched, draft, mode],
  );

  const validate = useCallback(() => {
    const problems = draftProblems(draft, mode);
    setTouched(new Set([...touched, ...(Object.keys(problems) as DraftField[])]));
    return Object.keys(problems).length === 0;
  }, [draft, mode, touched]);

  /** Puts the core's field errors next to their fields; returns the ones that belong to no field. */
  const showServerErrors = useCallback(
    (error: unknown, prefix: string) => {
      const errors = fieldErrors(error, prefix);
      setServer(errors);
      const known = new Set(Object.keys(base));
      return Object.entries(errors)
        .filter(([path]) => !known.has(path.split('.')[0]!))
        .map(([, message]) => message);
    },
    [base],
  );

  const discard = useCallback(() => {
    setEdits({});
    setServer({});
    setTouched(new Set());
  }, []);

  return { draft, set, touch, errorFor, dirty, restored, changes, validate, showServerErrors, discard };
}
