import type { AstroIntegration } from 'astro';
import { minify } from 'terser';

/** Whether a chunk holds Chart.js, by the ids of its modules. */
export function holdsChartJs(moduleIds: readonly string[]): boolean {
	return moduleIds.some((id) => /[\\/]node_modules[\\/]chart\.js[\\/]/.test(id));
}

/** A chunk's code minified by terser as an ES module, in two compress passes. */
export async function minifyChunk(code: string): Promise<string> {
	const result = await minify(code, { module: true, compress: { passes: 2 }, mangle: true });
	if (result.code === undefined) throw new Error('terser returned no code');
	return result.code;
}

/**
 * Minify the chunk that holds Chart.js with terser too. Chart.js defines scales the cost chart never registers
 * (time, radial, category); their static fields read other classes' properties (`static defaults =
 * TimeScale.defaults`), which Rolldown must assume may have side effects, so it keeps them. Terser takes reading a
 * class's property to be free of side effects and drops them: about 6 KB gzip of the calculator island. Only that
 * chunk: the rest of the site keeps Rolldown's own output.
 */
export function chartMinify(): AstroIntegration {
	return {
		name: 'chart-minify',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'chart-minify',
								apply: 'build',
								async renderChunk(code, chunk) {
									if (!holdsChartJs(chunk.moduleIds)) return null;
									return { code: await minifyChunk(code), map: null };
								},
							},
						],
					},
				});
			},
		},
	};
}
