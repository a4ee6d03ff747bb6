import type { APIRoute } from 'astro';
import { loadDrawing } from '../../components/flowchart/load-flowchart';

/** The drawing's layouts, narrowest first, computed at build time so no layout code ships to the browser. */
export const GET: APIRoute = async () => {
	const { layouts } = await loadDrawing();
	return new Response(JSON.stringify(layouts), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
