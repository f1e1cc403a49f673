// A determinate progress bar (or an indeterminate one while the total is unknown).
interface ProgressBarProps {
  label: string;
  done: number;
  total: number | null;
  valueText?: string;
}

export function ProgressBar({ label, done, total, valueText }: ProgressBarProps) {
  const fraction = total && total > 0 ? Math.min(1, done / total) : null;
  return (
    <div
      className={`progress ${fraction === null ? 'progress-indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total ?? undefined}
      aria-valuenow={total ? done : undefined}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: fraction === null ? undefined : `${fraction * 100}%` }} />
    </div>
  );
}
