// The calculator keeps its state in the page's query string, but rewrites it only after a pause in typing. Links
// that carry the calculator's state read it from the island instead, which exposes the inputs on screen as
// `data-query` once hydrated, and are brought up to date just before any of the ways a link gets used: pointer
// down (click, middle click, context menu) and focus.

/** The calculator's inputs on screen as a query string (without `?`); this page's query until the island runs. */
export function calculatorQuery(): string {
	const island = document.querySelector<HTMLElement>('.calculator[data-query]');
	return island?.dataset['query'] ?? location.search.slice(1);
}

/** Keep `link`'s query equal to the calculator's inputs, read at the moment the reader reaches for the link. */
export function followCalculatorQuery(link: HTMLAnchorElement): void {
	const update = (): void => {
		link.search = calculatorQuery();
	};
	for (const event of ['pointerdown', 'focus', 'click', 'contextmenu'] as const)
		link.addEventListener(event, update);
	update();
}
