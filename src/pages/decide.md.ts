import type { APIRoute } from 'astro';
import { markdownResponse } from '../components/flowchart/markdown-response';

/** `/decide.md`: the plain-Markdown copy of the flowchart's first question. */
export const GET: APIRoute = ({ site }) => markdownResponse([], site);
