// The sidebar's line icon for Proposals: a raised hand over a ballot, drawn like the other icons.
export function ProposalsIcon() {
  return (
    <svg viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M2.5 9.5h11v4h-11z" />
      <path d="M5.5 9.5V4.5a1 1 0 0 1 2 0v5M7.5 6.5V3a1 1 0 0 1 2 0v6.5M9.5 5.5a1 1 0 0 1 2 0v4" />
    </svg>
  );
}
