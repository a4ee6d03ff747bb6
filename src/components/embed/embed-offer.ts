import { iframeSnippet } from '../../lib/site/embed';
import { copyToClipboard } from '../flowchart/copy-text';

// The "Embed" disclosure works without this script, with an estimated height. Opened, it loads a preview of the
// view (only then, so the page's first load pays nothing for it), measures the view's real height and writes
// that into the snippet, so the frame a reader pastes shows the whole view without scrolling.

function snippetFor(offer: HTMLElement, height: number): string {
	return iframeSnippet({
		src: offer.dataset['embedSrc'] ?? '',
		title: offer.dataset['embedTitle'] ?? '',
		height,
	});
}

function showPreview(offer: HTMLElement, code: HTMLTextAreaElement): void {
	const holder = offer.querySelector<HTMLElement>('[data-embed-preview]');
	if (!holder || holder.firstChild) return;
	const frame = document.createElement('iframe');
	frame.title = `Preview: ${offer.dataset['embedTitle'] ?? ''}`;
	// The snippet names the deployed site; the preview loads the view from wherever this page is served.
	const src = new URL(offer.dataset['embedSrc'] ?? '', location.href);
	frame.src = `${src.pathname}${src.search}`;
	frame.className = 'embed-offer-preview';
	frame.addEventListener('load', () => {
		// Same origin, so the view's document can be measured; 2 px of slack absorbs rounding.
		const height = (frame.contentDocument?.documentElement.scrollHeight ?? 0) + 2;
		if (height <= 2) return;
		frame.style.height = `${height}px`;
		code.value = snippetFor(offer, height);
	});
	holder.append(frame);
}

function enhance(offer: HTMLElement): void {
	const code = offer.querySelector<HTMLTextAreaElement>('[data-embed-code]');
	const status = offer.querySelector<HTMLElement>('[data-embed-status]');
	if (!code || !status) return;
	offer.addEventListener('toggle', () => {
		if ((offer as HTMLDetailsElement).open) showPreview(offer, code);
	});
	offer.querySelector('[data-embed-copy]')?.addEventListener('click', async () => {
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
