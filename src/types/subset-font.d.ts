// subset-font ships no type declarations; this covers the one call the build makes.
declare module 'subset-font' {
	interface SubsetOptions {
		targetFormat?: 'sfnt' | 'woff' | 'woff2';
	}
	/** Cut a font down to the glyphs of `text`, converting it to `targetFormat`. */
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: SubsetOptions,
	): Promise<Uint8Array>;
}
