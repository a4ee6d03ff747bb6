/** Chart.js, trimmed to what the cost chart draws; imported dynamically so the calculator works before it loads. */
import {
	Chart,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
	type ChartDataset,
	type ChartOptions,
	type Scale,
} from 'chart.js';
import type { ChartPoint, ChartSeries } from '../../lib/calculator/view';

// Legend and tooltip are HTML beside the canvas: themeable, readable, and 7 KB gzip less of Chart.js, which keeps
// the island inside its 70 KB budget.
Chart.register(LineController, LineElement, PointElement, LogarithmicScale);

type LineDataset = ChartDataset<'line', ChartPoint[]>;

/** Colours of the current theme, read from CSS custom properties. */
interface Palette {
	a: string;
	b: string;
	c: string;
	marker: string;
	text: string;
	grid: string;
}

// Reading computed styles forces a style pass: do it once per theme, not on every input change.
function readPalette(element: Element): Palette {
	const style = getComputedStyle(element);
	const read = (property: string): string => style.getPropertyValue(property).trim() || 'gray';
	return {
		a: read('--calc-colour-a'),
		b: read('--calc-colour-b'),
		c: read('--calc-colour-c'),
		marker: read('--sl-color-white'),
		text: read('--sl-color-gray-2'),
		grid: read('--sl-color-hairline'),
	};
}

function datasets(palette: Palette, series: ChartSeries): LineDataset[] {
	const lines: LineDataset[] = series.lines.map((line) => ({
		label: line.label,
		data: line.points,
		borderColor: palette[line.id],
		backgroundColor: palette[line.id],
		borderDash: line.id === 'c' ? [6, 4] : [],
		pointRadius: 0,
		pointHitRadius: 6,
		borderWidth: 2,
	}));
	const marker = (label: string, data: ChartPoint[], style: 'crossRot' | 'rectRot'): LineDataset => ({
		label,
		data,
		showLine: false,
		pointStyle: style,
		pointRadius: 8,
		pointHoverRadius: 10,
		borderWidth: 2,
		borderColor: palette.marker,
		backgroundColor: palette.marker,
	});
	lines.push(marker('Your volume', series.reader, 'crossRot'));
	lines.push(marker('Break-even', series.breakEven === null ? [] : [series.breakEven], 'rectRot'));
	return lines;
}

/** A drawn cost chart: redraw it with new results, or with the colours of a new theme. */
export interface CostChartHandle {
	/** Redraw with new results (and currency), without animation. */
	update(series: ChartSeries, currency: string): void;
	/** Re-read the theme's colours and redraw. */
	restyle(): void;
	/** Remove the chart and its listeners. */
	destroy(): void;
}

/** How the chart writes money and volumes; passed in so this chunk imports nothing the island also loads. */
export interface ChartFormats {
	/** Money in a currency, e.g. "$8,700.00". */
	money: (amount: number, currency: string) => string;
	/** A volume in compact form, e.g. "2.0M". */
	volume: (volume: number) => string;
}

/** Draw the monthly cost of each option against volume on log axes, with an HTML tooltip in `tip`. */
export function createCostChart(
	canvas: HTMLCanvasElement,
	tip: HTMLElement,
	initialSeries: ChartSeries,
	initialCurrency: string,
	format: ChartFormats,
): CostChartHandle {
	let series = initialSeries;
	let currency = initialCurrency;
	let palette = readPalette(canvas);

	// Every line shares the curve's volumes, so the nearest point's index gives all options at that volume.
	const showTip = (chart: Chart, event: Event | null): void => {
		const nearest =
			event === null || event.type === 'mouseout'
				? []
				: chart.getElementsAtEventForMode(event, 'nearest', { intersect: false }, false);
		const item = nearest.find((element) => element.datasetIndex < series.lines.length);
		const volume = item === undefined ? undefined : series.lines[0]?.points[item.index]?.x;
		if (item === undefined || volume === undefined) {
			tip.hidden = true;
			return;
		}
		const rows = series.lines.map(
			(line) => `${line.label}: ${format.money(line.points[item.index]?.y ?? 0, currency)} a month`,
		);
		tip.textContent = [`${format.volume(volume)} calls a month`, ...rows].join('\n');
		tip.hidden = false;
		const left = Math.max(0, Math.min(item.element.x, chart.width - tip.offsetWidth));
		const top = Math.max(0, item.element.y - tip.offsetHeight - 12);
		tip.style.transform = `translate(${left}px, ${top}px)`;
	};

	const options = (): ChartOptions<'line'> => {
		const compactMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact' });
		// Keep only the powers of ten: the 2×…9× ticks of a log axis collide at 375 px, and measuring their
		// labels was most of the redraw time.
		const decadesOnly = (scale: Scale): void => {
			scale.ticks = scale.ticks.filter((tick) => Number.isInteger(Math.log10(tick.value)));
		};
		return {
			animation: false,
			maintainAspectRatio: false,
			parsing: false,
			scales: {
				x: {
					type: 'logarithmic',
					min: 100,
					max: 1e9,
					title: { display: true, text: 'Calls per month', color: palette.text },
					afterBuildTicks: decadesOnly,
					ticks: { color: palette.text, callback: (value) => format.volume(Number(value)) },
					grid: { color: palette.grid },
				},
				y: {
					type: 'logarithmic',
					title: { display: true, text: `Cost per month (${currency})`, color: palette.text },
					afterBuildTicks: decadesOnly,
					ticks: { color: palette.text, callback: (value) => compactMoney.format(Number(value)) },
					grid: { color: palette.grid },
				},
			},
			onHover: (event, _elements, chart) => showTip(chart, event.native),
		};
	};

	const chart = new Chart<'line', ChartPoint[]>(canvas, {
		type: 'line',
		data: { datasets: datasets(palette, series) },
		options: options(),
	});
	return {
		update(nextSeries, nextCurrency) {
			series = nextSeries;
			chart.data.datasets = datasets(palette, series);
			// Options hold the currency's formatters: rebuild them only when it changes.
			if (nextCurrency !== currency) {
				currency = nextCurrency;
				chart.options = options();
			}
			chart.update('none');
		},
		restyle() {
			palette = readPalette(canvas);
			chart.data.datasets = datasets(palette, series);
			chart.options = options();
			chart.update('none');
		},
		destroy() {
			chart.destroy();
		},
	};
}
