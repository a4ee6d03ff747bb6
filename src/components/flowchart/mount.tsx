import { render } from 'preact';
import { resolvePath } from '../../lib/decision/paths';
import Flowchart from './Flowchart';
import { fetchPublishedGraph } from './flowchart-data';
import { FlowchartMap, type MapMode } from './FlowchartMap';

// Loaded only when a reader first asks for more than the static page: a step in place, or the drawing.

function siteUrl(): string {
	return `${location.origin}/`;
}

/** Replace an embedded flowchart's static markup with the live one, standing at `slugs`. */
export async function mountFlowchart(
	container: HTMLElement,
	slugs: string[],
	mapMode: MapMode | null,
): Promise<void> {
	const graph = await fetchPublishedGraph();
	container.textContent = '';
	render(
		<Flowchart graph={graph} initialSlugs={slugs} initialMapMode={mapMode} siteUrl={siteUrl()} />,
		container,
	);
	// The button the reader pressed was replaced; keep their place on the new one (the dialog takes focus itself).
	if (mapMode === 'inline') container.querySelector<HTMLElement>('.flowchart-map-inline')?.focus();
}

/** Replace a path page's drawing buttons with the drawing, open as asked, the page's path highlighted. */
export async function mountMap(container: HTMLElement, slugs: string[], mode: MapMode): Promise<void> {
	const graph = await fetchPublishedGraph();
	const path = resolvePath(graph, slugs);
	if (!path) throw new Error(`/decide/${slugs.join('/')}/ is not a path of the published graph`);
	container.textContent = '';
	render(<FlowchartMap graph={graph} path={path} initialMode={mode} />, container);
	if (mode === 'inline') container.querySelector<HTMLElement>('.flowchart-map-inline')?.focus();
}
