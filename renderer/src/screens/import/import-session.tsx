// The import wizard's state and actions, kept above the screens: an import keeps running (and its
// progress keeps showing in the status line) while the person looks at other screens, and the
// report is still there when they come back.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ColumnTarget, ImportFormat, ImportPreview, ImportResult } from '../../../../shared/contract/members';
import { errorMessage } from '../../data/call-errors';
import { useApi, useQueryClient } from '../../data/core-context';
import { readChosenFile, type ChosenFile } from './read-file';

export type FormatChoice = 'auto' | ImportFormat;
export interface Progress {
  phase: 'reading' | 'checking' | 'writing' | 'done';
  done: number;
  total: number;
}

export type WizardState =
  | { step: 'choose' }
  | { step: 'map' | 'review'; preview: ImportPreview; mapping: ColumnTarget[] }
  | { step: 'running'; preview: ImportPreview; mapping: ColumnTarget[]; importId: string; progress: Progress | null }
  | { step: 'done'; result: ImportResult };

interface ImportSession {
  state: WizardState;
  file: ChosenFile | null;
  format: FormatChoice;
  /** A preview (or the import) is being asked for. */
  busy: boolean;
  error: string | null;
  chooseFile(file: File): Promise<void>;
  setFormat(format: FormatChoice): void;
  preview(): Promise<void>;
  setTarget(column: number, target: ColumnTarget): void;
  goTo(step: 'choose' | 'map' | 'review'): void;
  runImport(): Promise<void>;
  reset(): void;
}

const ImportContext = createContext<ImportSession | null>(null);

function newImportId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `import-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const client = useQueryClient();
  const [state, setState] = useState<WizardState>({ step: 'choose' });
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [format, setFormatState] = useState<FormatChoice>('auto');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const previewSeq = useRef(0);

  // Progress events name their import; only ours moves the bar.
  useEffect(
    () =>
      api.on('import.progress', (progress) => {
        setState((s) => (s.step === 'running' && s.importId === progress.importId ? { ...s, progress } : s));
      }),
    [api],
  );

  const askPreview = useCallback(
    async (chosen: ChosenFile, chosenFormat: FormatChoice, mapping: ColumnTarget[] | undefined, next: 'map' | 'review' | null) => {
      const seq = ++previewSeq.current;
      setBusy(true);
      setError(null);
      try {
        const preview = await api.call('members.importPreview', { fileName: chosen.name, contentBase64: chosen.contentBase64, format: chosenFormat, mapping });
        if (seq !== previewSeq.current) return;
        setState((s) => ({ step: next ?? (s.step === 'review' ? 'review' : 'map'), preview, mapping: preview.mapping }));
      } catch (e) {
        if (seq === previewSeq.current) setError(errorMessage(e));
      } finally {
        if (seq === previewSeq.current) setBusy(false);
      }
    },
    [api],
  );

  const chooseFile = useCallback(async (chosen: File) => {
    previewSeq.current += 1;
    setBusy(false);
    setError(null);
    setState({ step: 'choose' });
    try {
      setFile(await readChosenFile(chosen));
    } catch (e) {
      setFile(null);
      setError(errorMessage(e));
    }
  }, []);

  const setFormat = useCallback((next: FormatChoice) => {
    previewSeq.current += 1;
    setBusy(false);
    setFormatState(next);
    setState({ step: 'choose' });
  }, []);

  const preview = useCallback(async () => {
    if (file) await askPreview(file, format, undefined, 'map');
  }, [askPreview, file, format]);

  const setTarget = useCallback(
    (column: number, target: ColumnTarget) => {
      if (!file || (state.step !== 'map' && state.step !== 'review')) return;
      const mapping = state.mapping.map((t, i) => (i === column ? target : t));
      setState({ ...state, mapping });
      void askPreview(file, format, mapping, null);
    },
    [askPreview, file, format, state],
  );

  const goTo = useCallback((step: 'choose' | 'map' | 'review') => {
    setError(null);
    setState((s) => (step === 'choose' ? { step: 'choose' } : s.step === 'map' || s.step === 'review' ? { ...s, step } : s));
  }, []);

  const runImport = useCallback(async () => {
    if (!file || (state.step !== 'review' && state.step !== 'map')) return;
    const importId = newImportId();
    const { preview: shown, mapping } = state;
    setState({ step: 'running', preview: shown, mapping, importId, progress: null });
    setError(null);
    try {
      const result = await client.write(() =>
        api.call('members.import', { fileName: file.name, contentBase64: file.contentBase64, format, mapping, importId }),
      );
      setState({ step: 'done', result });
    } catch (e) {
      setError(errorMessage(e));
      setState({ step: 'review', preview: shown, mapping });
    }
  }, [api, client, file, format, state]);

  const reset = useCallback(() => {
    previewSeq.current += 1;
    setState({ step: 'choose' });
    setFile(null);
    setFormatState('auto');
    setBusy(false);
    setError(null);
  }, []);

  const value = useMemo(
    () => ({ state, file, format, busy, error, chooseFile, setFormat, preview, setTarget, goTo, runImport, reset }),
    [state, file, format, busy, error, chooseFile, setFormat, preview, setTarget, goTo, runImport, reset],
  );
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>;
}

export function useImportSession(): ImportSession {
  const value = useContext(ImportContext);
  if (!value) throw new Error('ImportProvider is missing');
  return value;
}
