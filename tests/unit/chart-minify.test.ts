import { describe, expect, it } from 'vitest';
import { holdsChartJs, minifyChunk } from '../../src/integrations/chart-minify';

describe('the Chart.js chunk’s second minification', () => {
	it('applies to the chunk holding Chart.js only', () => {
		expect(
			holdsChartJs([
				'/site/src/components/calculator/cost-chart.ts',
				'/site/node_modules/chart.js/dist/chart.js',
			]),
		).toBe(true);
		expect(holdsChartJs(['C:\\site\\node_modules\\chart.js\\dist\\chart.js'])).toBe(true);
		expect(holdsChartJs(['/site/src/components/calculator/CostCalculator.tsx'])).toBe(false);
		expect(holdsChartJs(['/site/node_modules/chart.js-plugin/index.js'])).toBe(false);
	});

	it('drops an unused scale whose static field reads another class’s property, keeping the used one', async () => {
		// The pattern that keeps Chart.js's time scales in Rolldown's output: `static defaults = TimeScale.defaults`.
		const code = await minifyChunk(`
			class Scale { draw() { return 1; } }
			class TimeScale extends Scale { static id = 'time'; static defaults = { unit: 'day' }; }
			class TimeSeriesScale extends TimeScale { static id = 'timeseries'; static defaults = TimeScale.defaults; }
			class LogarithmicScale extends Scale { static id = 'logarithmic'; }
			export { LogarithmicScale };
		`);
		expect(code).toContain('logarithmic');
		expect(code).not.toContain('timeseries');
		expect(code).not.toContain('"time"');
	});
});
