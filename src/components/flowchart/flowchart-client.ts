import { slugsFromPermalink } from '../../lib/decision/slugs';
import { copyMessage, copyToClipboard } from './copy-text';
import type { MapMode } from './FlowchartMap';

// The only script a flowchart page loads up front. Pages are complete without it; it adds copying, and loads the
// step-through flowchart or the drawing (Preact and the graph data) only when a reader asks for them.

/** Which way a drawing button opens the drawing ("inline" or "dialog", from MapButtons.astro), if the click was on one. */
const mapModeOf = (target: Element) =>
	(target.closest<HTMLElement>('[data-flowchart-map-button]')?.dataset['flowchartMapButton'] ??
		null) as MapMode | null;

const MODIFIED = (event: MouseEvent) => event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

function setStatus(root: HTMLElement, text: string): void {
	const status = root.querySelector<HTMLElement>('[data-flowchart-status]');
	if (status) status.textContent = text;
}

function enhanceEmbed(root: HTMLElement): void {
	const onClick = async (event: MouseEvent) => {
		if (MODIFIED(event) || !(event.target instanceof Element)) return;
		const link = event.target.closest('a');
		const slugs = link ? slugsFromPermalink(new URL(link.href).pathname) : null;
		const mapMode = mapModeOf(event.target);
		if (!slugs && !mapMode) return;
		event.preventDefault();
		root.removeEventListener('click', onClick);
		root.setAttribute('aria-busy', 'true');
		setStatus(root, 'Loading the flowchart…');
		try {
			const { mountFlowchart } = await import('./mount');
			await mountFlowchart(root, slugs ?? [], mapMode);
		} catch {
			// The page the link names works without any of this.
			if (link) location.assign(link.href);
			else setStatus(root, 'The flowchart could not be loaded. Each answer above still opens its own page.');
			root.addEventListener('click', onClick);
		} finally {
			root.removeAttribute('aria-busy');
		}
	};
	root.addEventListener('click', onClick);
}

async function copyFromPage(root: HTMLElement, text: string, what: string): Promise<void> {
	const copied = await copyToClipboard(text);
	setStatus(root, copyMessage(what, copied));
	const fallback = root.querySelector<HTMLElement>('[data-flowchart-fallback]');
	const area = fallback?.querySelector('textarea');
	if (!fallback || !area) return;
	fallback.hidden = copied;
	if (!copied) {
		area.value = text;
		area.select();
	}
}

function enhancePage(root: HTMLElement): void {
	const slugs = slugsFromPermalink(root.dataset['permalink'] ?? '') ?? [];
	root.querySelector('[data-copy-link]')?.addEventListener('click', () => {
		void copyFromPage(root, root.dataset['url'] ?? location.href, 'Link');
	});
	root.querySelector('[data-copy-proposal]')?.addEventListener('click', () => {
		const markdown = root.querySelector('template[data-proposal]') as HTMLTemplateElement | null;
		void copyFromPage(root, markdown?.content.textContent ?? '', 'Proposal text');
	});
	const map = root.querySelector<HTMLElement>('[data-flowchart-map]');
	const onMapClick = async (event: MouseEvent) => {
		const mode = event.target instanceof Element ? mapModeOf(event.target) : null;
		if (!map || !mode) return;
		map.removeEventListener('click', onMapClick);
		setStatus(root, 'Loading the drawing…');
		try {
			const { mountMap } = await import('./mount');
			await mountMap(map, slugs, mode);
			setStatus(root, '');
		} catch {
			setStatus(root, 'The drawing could not be loaded. Try again later.');
			map.addEventListener('click', onMapClick);
		}
	};
	map?.addEventListener('click', onMapClick);
}

/** Wire every flowchart on the page: embedded ones step in place once loaded; path pages copy and draw. */
export function enhanceFlowcharts(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-flowchart-embed]')) enhanceEmbed(root);
	for (const root of document.querySelectorAll<HTMLElement>('[data-flowchart-page]')) enhancePage(root);
}
