import { wrapText } from './wrap-text';

/** Size chat tools and social sites expect of a large preview image. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Font family the SVG asks for; the renderer must be given DejaVu Sans and DejaVu Sans Bold. */
export const OG_FONT_FAMILY = 'DejaVu Sans';

/** URL of the preview image of a verdict. */
export function ogImagePath(outcomeId: string): string {
	return `/decide/og/${outcomeId}.png`;
}

/** What a preview image says. */
export interface OgImageText {
	/** The site's name, written small at the top. */
	siteTitle: string;
	/** The verdict's short name, written large. */
	outcomeTitle: string;
	/** The verdict in one sentence. */
	verdict: string;
}

/** Escape text for an XML text node or attribute. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

// Characters per line at each size, estimated for DejaVu Sans (about 0.55em per character on average, about
// 0.62em in bold: 26 bold characters at 64 px take some 1,030 px of the 1,040 between the margins).
const TITLE_CHARS = 26;
const VERDICT_CHARS = 56;
const MAX_VERDICT_LINES = 5;

function clampLines(lines: string[], max: number): string[] {
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	kept[max - 1] = `${kept[max - 1] ?? ''} …`;
	return kept;
}

/** The SVG drawn into a verdict's 1200×630 preview image. */
export function ogImageSvg({ siteTitle, outcomeTitle, verdict }: OgImageText): string {
	const { width, height } = OG_IMAGE_SIZE;
	const titleLines = wrapText(outcomeTitle, TITLE_CHARS).slice(0, 2);
	const verdictLines = clampLines(wrapText(verdict, VERDICT_CHARS), MAX_VERDICT_LINES);
	const titleTop = 250;
	const verdictTop = titleTop + titleLines.length * 76 + 30;
	const text = (lines: string[], top: number, step: number) =>
		lines.map((line, index) => `<tspan x="80" y="${top + index * step}">${escapeXml(line)}</tspan>`).join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" fill="#17181c"/>`,
		`<rect x="0" y="0" width="16" height="${height}" fill="#8ab4f8"/>`,
		`<text font-family="${OG_FONT_FAMILY}" font-size="36" fill="#8ab4f8">`,
		`<tspan x="80" y="120">${escapeXml(siteTitle)}</tspan></text>`,
		`<text font-family="${OG_FONT_FAMILY}" font-size="26" fill="#c8cad0">`,
		`<tspan x="80" y="170">Verdict of the decision flowchart</tspan></text>`,
		`<text font-family="${OG_FONT_FAMILY}" font-weight="bold" font-size="64" fill="#ffffff">`,
		text(titleLines, titleTop, 76),
		`</text>`,
		`<text font-family="${OG_FONT_FAMILY}" font-size="34" fill="#e6e7ea">`,
		text(verdictLines, verdictTop, 46),
		`</text>`,
		`</svg>`,
	].join('');
}
