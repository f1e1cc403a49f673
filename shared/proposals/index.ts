// The vote-counting rules of a proposal's board, in one import for the core, the hub and the renderer.
export {
  boardQuorumSchema,
  boardSchema,
  MAX_DOTS_PER_VOTER,
  MAX_OPTION_LENGTH,
  MAX_OPTIONS,
  quorumKinds,
  type Board,
  type BoardQuorum,
} from './board.js';
export {
  anonymousBallotSchema,
  boardVoteSchema,
  rollEntrySchema,
  type AnonymousBallot,
  type BoardVote,
  type RollEntry,
} from './board-entries.js';
export { canonicalJson, CanonicalJsonError, hashDecision } from './decision-hash.js';
export { quorumRequired } from './quorum.js';
export {
  anonymousTallyInputSchema,
  TallyInputError,
  tallyInputSchema,
  type AnonymousTallyInput,
  type TallyInput,
} from './tally-input.js';
export * from './tally-result.js';
export { tallyAnonymous } from './tally-anonymous.js';
export { tallyBoard } from './tally.js';
export * from './vote-methods.js';
