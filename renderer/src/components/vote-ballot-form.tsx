// The inputs of one ballot, by the board's method: consent's four choices (block clearly marked),
// a majority's answers, a ranking built by choosing options in order and moved with up/down
// buttons (no dragging), a 0–5 score per option, dot steppers with the dots left, and yes / maybe /
// no per time. Controlled: the voting form holds the draft and checks it with validateBallot.
import { useEffect, useId, useRef } from 'react';
import type { Board } from '../../../shared/proposals/board';
import { consentChoices, MAX_SCORE, MIN_SCORE, timepollAnswers, type ConsentChoice } from '../../../shared/proposals/vote-methods';
import { dotsLeft, majorityChoices, moveRanked, stepDots, toggleRanked, type BallotDraft } from './vote-ballot-draft';

interface BallotInputsProps {
  board: Board;
  draft: BallotDraft;
  onChange(draft: BallotDraft): void;
  disabled?: boolean;
}

const consentHelp: Record<ConsentChoice, string> = {
  agree: 'I support it',
  abstain: 'I stand aside',
  disagree: 'I would rather not, but will not stop it',
  block: 'I cannot live with this: it stops the proposal',
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function BallotInputs({ board, draft, onChange, disabled }: BallotInputsProps) {
  const name = useId();
  switch (draft.method) {
    case 'consent':
      return (
        <fieldset className="ballot choice-buttons" disabled={disabled}>
          <legend>Your position</legend>
          {consentChoices.map((choice) => (
            <label key={choice} className={`choice-button ${choice === 'block' ? 'is-block' : ''} ${draft.choice === choice ? 'is-chosen' : ''}`}>
              <input type="radio" name={name} value={choice} checked={draft.choice === choice} onChange={() => onChange({ ...draft, choice })} />
              <span className="choice-name">{capital(choice)}</span>
              <span className="choice-help">{consentHelp[choice]}</span>
            </label>
          ))}
        </fieldset>
      );
    case 'majority':
      return (
        <fieldset className="ballot choice-buttons" disabled={disabled}>
          <legend>Your answer</legend>
          {majorityChoices(board).map((choice) => (
            <label key={choice} className={`choice-button ${draft.choice === choice ? 'is-chosen' : ''}`}>
              <input type="radio" name={name} value={choice} checked={draft.choice === choice} onChange={() => onChange({ ...draft, choice })} />
              <span className="choice-name">{board.options.length === 0 || choice === 'abstain' ? capital(choice) : choice}</span>
            </label>
          ))}
        </fieldset>
      );
    case 'ranked':
      return <RankedInputs board={board} ranking={draft.ranking} onChange={(ranking) => onChange({ ...draft, ranking })} disabled={disabled} />;
    case 'score':
      return (
        <fieldset className="ballot" disabled={disabled}>
          <legend>Score each option from {MIN_SCORE} (not at all) to {MAX_SCORE} (fully); a blank counts as {MIN_SCORE}</legend>
          {board.options.map((option) => (
            <fieldset key={option} className="score-row">
              <legend className="score-option">{option}</legend>
              <div className="segmented">
                {Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i).map((score) => (
                  <label key={score} className={draft.scores[option] === score ? 'is-chosen' : ''}>
                    <input
                      type="radio"
                      name={`${name}-${option}`}
                      value={score}
                      aria-label={`${score}`}
                      checked={draft.scores[option] === score}
                      onChange={() => onChange({ ...draft, scores: { ...draft.scores, [option]: score } })}
                    />
                    <span aria-hidden="true">{score}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>
      );
    case 'dot': {
      const left = dotsLeft(board, draft.dots);
      return (
        <fieldset className="ballot" disabled={disabled}>
          <legend>
            Place up to {board.dotsPerVoter} dots across the options: <span aria-live="polite">{left === 1 ? '1 dot left' : `${left} dots left`}</span>
          </legend>
          {board.options.map((option) => {
            const n = draft.dots[option] ?? 0;
            return (
              <div key={option} className="dot-row">
                <span className="dot-option">{option}</span>
                <button type="button" className="btn btn-small stepper" aria-label={`One dot fewer on ${option}`} disabled={n === 0} onClick={() => onChange({ ...draft, dots: stepDots(board, draft.dots, option, -1) })}>
                  −
                </button>
                <output className="dot-count" aria-label={`Dots on ${option}`}>
                  {n}
                </output>
                <button type="button" className="btn btn-small stepper" aria-label={`One more dot on ${option}`} disabled={left <= 0} onClick={() => onChange({ ...draft, dots: stepDots(board, draft.dots, option, 1) })}>
                  +
                </button>
                <span className="dots" aria-hidden="true">
                  {'●'.repeat(Math.min(n, 20))}
                </span>
              </div>
            );
          })}
        </fieldset>
      );
    }
    case 'timepoll':
      return (
        <fieldset className="ballot" disabled={disabled}>
          <legend>Can you make it?</legend>
          {board.options.map((option) => (
            <fieldset key={option} className="score-row">
              <legend className="score-option">{option}</legend>
              <div className="segmented">
                {timepollAnswers.map((answer) => (
                  <label key={answer} className={`answer-${answer} ${draft.answers[option] === answer ? 'is-chosen' : ''}`}>
                    <input
                      type="radio"
                      name={`${name}-${option}`}
                      value={answer}
                      checked={draft.answers[option] === answer}
                      onChange={() => onChange({ ...draft, answers: { ...draft.answers, [option]: answer } })}
                    />
                    <span>{capital(answer)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>
      );
  }
}

function RankedInputs({ board, ranking, onChange, disabled }: { board: Board; ranking: string[]; onChange(ranking: string[]): void; disabled?: boolean }) {
  const unranked = board.options.filter((o) => !ranking.includes(o));
  const boxRef = useRef<HTMLFieldSetElement>(null);
  // The button pressed often moves or disappears with the change; keep the keyboard where it was.
  const focusNext = useRef<string[] | null>(null);
  useEffect(() => {
    const wanted = focusNext.current;
    focusNext.current = null;
    if (!wanted || !boxRef.current) return;
    for (const label of wanted) {
      const target = [...boxRef.current.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.getAttribute('aria-label') === label || b.textContent === label);
      if (target && !target.disabled) return target.focus();
    }
  }, [ranking]);

  function change(next: string[], focus: string[]) {
    focusNext.current = focus;
    onChange(next);
  }

  return (
    <fieldset className="ballot ranked" disabled={disabled} ref={boxRef}>
      <legend>Choose options in order of preference; move them with the arrows</legend>
      <ol className="ranking" aria-label="Your ranking">
        {ranking.map((option, i) => (
          <li key={option} className="ranking-item">
            <span className="ranking-place" aria-hidden="true">
              {i + 1}
            </span>
            <span className="ranking-option">{option}</span>
            <button
              type="button"
              className="icon-btn"
              aria-label={`Move ${option} up`}
              disabled={i === 0}
              onClick={() => change(moveRanked(ranking, option, -1), [`Move ${option} up`, `Move ${option} down`])}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-btn"
              aria-label={`Move ${option} down`}
              disabled={i === ranking.length - 1}
              onClick={() => change(moveRanked(ranking, option, 1), [`Move ${option} down`, `Move ${option} up`])}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-btn"
              aria-label={`Take ${option} out of the ranking`}
              onClick={() => change(toggleRanked(ranking, option), [`Rank ${option}`])}
            >
              ×
            </button>
          </li>
        ))}
        {ranking.length === 0 && <li className="ranking-empty muted">Nothing ranked yet: choose your first preference below.</li>}
      </ol>
      {unranked.length > 0 && (
        <div className="unranked" role="group" aria-label="Not ranked">
          {unranked.map((option, i) => (
            <button
              key={option}
              type="button"
              className="btn btn-small"
              onClick={() => {
                const rest = unranked.filter((o) => o !== option);
                const nextUp = rest[Math.min(i, rest.length - 1)];
                change(toggleRanked(ranking, option), nextUp ? [`Rank ${nextUp}`] : [`Move ${option} up`, `Take ${option} out of the ranking`]);
              }}
            >
              Rank {option}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}
