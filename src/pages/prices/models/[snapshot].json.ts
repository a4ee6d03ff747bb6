import type { APIRoute, GetStaticPaths } from 'astro';
import { modelListPayload } from '../../../lib/calculator/model-list-build';
import { modelListSnapshotIds, readModelListText } from '../../../lib/calculator/snapshot-files';

/** One model list per snapshot that has one. */
export const getStaticPaths: GetStaticPaths = () =>
	modelListSnapshotIds().map((snapshot) => ({ params: { snapshot } }));

/**
 * `/prices/models/<snapshot>.json`: a snapshot's model list as the calculator's model picker fetches it, the
 * committed file without its whitespace (see modelListPath in model-list.ts).
 */
export const GET: APIRoute = ({ params }) =>
	new Response(modelListPayload(readModelListText(String(params['snapshot']))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
