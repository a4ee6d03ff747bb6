import { iframeSnippet } from '../../lib/site/embed';
import { copyToClipboard } from '../flowchart/copy-text';
import { calculatorQuery } from './follow-query';

// The "Embed" disclosure works without this script, with an estimated height. Opened, it loads a preview of the
// view (only then, so the page's first load pays nothing for it), measures the view's real height and writes
// that into the snippet, so the frame a reader pastes shows the whole view without scrolling. An offer marked
// `data-embed-follows-query` (the calculator's) embeds the calculator's inputs as they are when the reader opens
// the offer or copies the code.

interface Offer {
	element: HTMLElement;
	code: HTMLTextAreaElement;
	/** Height of the view as last measured, or as estimated at build time. */
	height: number;
}

/** The view to embed: the build-time address, with the calculator's inputs on screen when the offer follows them. */
function embedSrc(offer: HTMLElement): URL {
	const src = new URL(offer.dataset['embedSrc'] ?? '', location.href);
	if (offer.dataset['embedFollowsQuery'] !== undefined) src.search = calculatorQuery();
	return src;
}

function writeSnippet(offer: Offer): void {
	offer.code.value = iframeSnippet({
		src: embedSrc(offer.element).href,
		title: offer.element.dataset['embedTitle'] ?? '',
		height: offer.height,
	});
}

/** Follow the framed view's height as it lays out, hydrates and changes, into the preview and the snippet. */
function measure(offer: Offer, frame: HTMLIFrameElement): void {
	const view = frame.contentDocument?.documentElement;
	// The frame's own ResizeObserver, since the observed element lives in the frame's document.
	const Observer = (frame.contentWindow as (Window & typeof globalThis) | null)?.ResizeObserver;
	if (!view || !Observer) return;
	new Observer(() => {
		// Same origin, so the view's document can be measured; 2 px of slack absorbs rounding.
		const height = view.scrollHeight + 2;
		if (height <= 2 || height === offer.height) return;
		offer.height = height;
		frame.style.height = `${height}px`;
		writeSnippet(offer);
	}).observe(view);
}

function showPreview(offer: Offer): void {
	const holder = offer.element.querySelector<HTMLElement>('[data-embed-preview]');
	if (!holder) return;
	const src = embedSrc(offer.element);
	// The snippet names the deployed site; the preview loads the view from wherever this page is served.
	const local = `${src.pathname}${src.search}`;
	const shown = holder.querySelector('iframe');
	if (shown?.getAttribute('src') === local) return;
	shown?.remove();
	const frame = document.createElement('iframe');
	frame.title = `Preview: ${offer.element.dataset['embedTitle'] ?? ''}`;
	frame.src = local;
	frame.className = 'embed-offer-preview';
	frame.addEventListener('load', () => measure(offer, frame));
	holder.append(frame);
}

function enhance(element: HTMLElement): void {
	const code = element.querySelector<HTMLTextAreaElement>('[data-embed-code]');
	const status = element.querySelector<HTMLElement>('[data-embed-status]');
	if (!code || !status) return;
	const offer: Offer = { element, code, height: Number(element.dataset['embedHeight']) };
	element.addEventListener('toggle', () => {
		if (!(element as HTMLDetailsElement).open) return;
		writeSnippet(offer);
		showPreview(offer);
	});
	element.querySelector('[data-embed-copy]')?.addEventListener('click', async () => {
		writeSnippet(offer);
		const copied = await copyToClipboard(code.value);
		status.textContent = copied
			? 'Embed code copied to the clipboard.'
			: 'The browser did not allow copying: the embed code above is selected, so copy it with your keyboard or menu.';
		if (!copied) code.select();
	});
}

/** Wire every "Embed" disclosure on the page. */
export function enhanceEmbedOffers(): void {
	for (const offer of document.querySelectorAll<HTMLElement>('[data-embed-offer]')) enhance(offer);
}
