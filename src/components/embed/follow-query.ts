// The calculator keeps its state in the page's query string and rewrites it as the reader types. A link back to
// the full page should carry the state the reader sees when they follow or copy it, so its query is brought up to
// date just before any of the ways a link gets used: pointer down (click, middle click, context menu) and focus.

/** Keep `link`'s query equal to this page's, read at the moment the reader reaches for the link. */
export function followPageQuery(link: HTMLAnchorElement): void {
	const update = (): void => {
		link.search = location.search;
	};
	for (const event of ['pointerdown', 'focus', 'click', 'contextmenu'] as const)
		link.addEventListener(event, update);
	update();
}
