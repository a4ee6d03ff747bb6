/** An sRGB colour, channels 0–255. */
export interface Rgb {
	r: number;
	g: number;
	b: number;
}

/** Parse `#rrggbb`, or `rgb(r, g, b)` / `rgba(…)` as `getComputedStyle` reports colours; null for anything else. */
export function parseColour(text: string): Rgb | null {
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text.trim());
	if (hex)
		return { r: parseInt(hex[1] ?? '0', 16), g: parseInt(hex[2] ?? '0', 16), b: parseInt(hex[3] ?? '0', 16) };
	const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(text.trim());
	if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) };
	return null;
}

/** Relative luminance as WCAG 2 defines it. */
export function relativeLuminance({ r, g, b }: Rgb): number {
	const linear = (channel: number) => {
		const value = channel / 255;
		return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
		number,
		number,
	];
	return (light + 0.05) / (dark + 0.05);
}
