/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		coverage: {
			include: ['src/lib/**/*.ts'],
			thresholds: { lines: 87, functions: 90, branches: 85 },
		},
	},
});
