/**
 * What the calculator's export buttons write, in one chunk fetched only when a reader is about to use them: the
 * proposal's Markdown and the curve's CSV. Neither imports a module the island loads.
 */
export { curveToCsv } from '../../lib/calculator/curve-csv';
export { proposalMarkdown } from '../../lib/proposal-markdown';
