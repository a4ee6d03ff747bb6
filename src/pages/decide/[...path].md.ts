import type { APIRoute, GetStaticPaths } from 'astro';
import { pathPageRoutes } from '../../components/flowchart/load-flowchart';
import { markdownResponse } from '../../components/flowchart/markdown-response';

/** A plain-Markdown copy of every path page: `/decide/a/b/` → `/decide/a/b.md` (the start's is /decide.md). */
export const getStaticPaths = (() => pathPageRoutes()) satisfies GetStaticPaths;

/** Serve the path's Markdown, built from the same data and rules as its page. */
export const GET: APIRoute<{ slugs: string[] }> = ({ props, site }) => markdownResponse(props.slugs, site);
