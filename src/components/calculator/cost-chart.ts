/** Chart.js, trimmed to what the cost chart draws; imported dynamically so the calculator works before it loads. */
import {
	Chart,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
	type ChartDataset,
	type ChartOptions,
} from 'chart.js';
import type { ChartPoint, ChartSeries } from '../../lib/calculator-view';
import { formatCompactVolume, formatMoney } from '../../lib/format';

// Legend and tooltip are HTML beside the canvas: themeable, readable, and 7 KB gzip less of Chart.js, which keeps
// the island inside its 70 KB budget.
Chart.register(LineController, LineElement, PointElement, LogarithmicScale);

type LineDataset = ChartDataset<'line', ChartPoint[]>;

const SERIES_COLOURS = { a: '--calc-colour-a', b: '--calc-colour-b', c: '--calc-colour-c' } as const;

function colour(element: Element, property: string): string {
	return getComputedStyle(element).getPropertyValue(property).trim() || 'gray';
}

function datasets(canvas: HTMLCanvasElement, series: ChartSeries): LineDataset[] {
	const lines: LineDataset[] = series.lines.map((line) => ({
		label: line.label,
		data: line.points,
		borderColor: colour(canvas, SERIES_COLOURS[line.id]),
		backgroundColor: colour(canvas, SERIES_COLOURS[line.id]),
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
		borderColor: colour(canvas, '--sl-color-white'),
		backgroundColor: colour(canvas, '--sl-color-white'),
	});
	lines.push(marker('Your volume', series.reader, 'crossRot'));
	lines.push(marker('Break-even', series.breakEven === null ? [] : [series.breakEven], 'rectRot'));
	return lines;
}

function chartOptions(
	canvas: HTMLCanvasElement,
	tip: HTMLElement,
	series: ChartSeries,
	currency: string,
): ChartOptions<'line'> {
	const text = colour(canvas, '--sl-color-gray-2');
	const grid = colour(canvas, '--sl-color-hairline');
	const compactMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact' });
	// Label only the powers of ten: log axes otherwise crowd in 2×, 5× ticks that collide at 375 px.
	const decade = (value: number | string, format: (value: number) => string): string =>
		Number.isInteger(Math.log10(Number(value))) ? format(Number(value)) : '';
	return {
		animation: false,
		maintainAspectRatio: false,
		parsing: false,
		interaction: { mode: 'nearest', intersect: false },
		scales: {
			x: {
				type: 'logarithmic',
				min: 100,
				max: 1e9,
				title: { display: true, text: 'Calls per month', color: text },
				ticks: { color: text, callback: (value) => decade(value, formatCompactVolume) },
				grid: { color: grid },
			},
			y: {
				type: 'logarithmic',
				title: { display: true, text: `Cost per month (${currency})`, color: text },
				ticks: { color: text, callback: (value) => decade(value, (amount) => compactMoney.format(amount)) },
				grid: { color: grid },
			},
		},
		onHover: (event, _elements, chart) => showTip(chart, tip, event.native, currency, series),
	};
}

// Every line shares the curve's volumes, so the nearest point's index gives all options at that volume.
function showTip(
	chart: Chart,
	tip: HTMLElement,
	event: Event | null,
	currency: string,
	series: ChartSeries,
): void {
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
		(line) =>
			`${line.label}: ${formatMoney(line.points[item.index]?.y ?? 0, { currency, unitsPerUsd: 1 })} a month`,
	);
	tip.textContent = [`${formatCompactVolume(volume)} calls a month`, ...rows].join('\n');
	tip.hidden = false;
	const left = Math.min(item.element.x, chart.width - tip.offsetWidth);
	tip.style.transform = `translate(${Math.max(0, left)}px, ${Math.max(0, item.element.y - tip.offsetHeight - 12)}px)`;
}

/** Draw the monthly cost of each option against volume on log axes. */
export function createCostChart(
	canvas: HTMLCanvasElement,
	tip: HTMLElement,
	series: ChartSeries,
	currency: string,
): Chart<'line', ChartPoint[]> {
	return new Chart<'line', ChartPoint[]>(canvas, {
		type: 'line',
		data: { datasets: datasets(canvas, series) },
		options: chartOptions(canvas, tip, series, currency),
	});
}

/** Redraw with new data and the current theme's colours, without animation. */
export function updateCostChart(
	chart: Chart<'line', ChartPoint[]>,
	tip: HTMLElement,
	series: ChartSeries,
	currency: string,
): void {
	chart.data.datasets = datasets(chart.canvas, series);
	chart.options = chartOptions(chart.canvas, tip, series, currency);
	chart.update('none');
}
