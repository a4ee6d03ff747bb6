// Lets plain Node run scripts that import the site's TypeScript modules, whose relative imports leave out ".ts"
// (Vite and Astro resolve them; Node's type stripping does not).
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			const relative = specifier.startsWith('./') || specifier.startsWith('../');
			if (!relative || specifier.endsWith('.ts') || error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
			return nextResolve(`${specifier}.ts`, context);
		}
	},
});
