/** The view helpers "Copy for proposal" takes from the calculator (see ProposalViews in proposal-markdown.ts). */
import {
	breakEvenText,
	budgetHeading,
	missingSentence,
	OPTION_COLUMNS,
	optionCells,
	printedInputs,
	swingCells,
} from './calculator/view';
import { formatDays, formatMoney, formatNumber, formatVolume } from './format';
import type { ProposalViews } from './proposal-markdown';

/** The helpers, as the island and the tests pass them to `proposalMarkdown`. */
export const PROPOSAL_VIEWS: ProposalViews = {
	breakEvenText,
	budgetHeading,
	missingSentence,
	OPTION_COLUMNS,
	optionCells,
	printedInputs,
	swingCells,
	formatDays,
	formatMoney,
	formatNumber,
	formatVolume,
};
