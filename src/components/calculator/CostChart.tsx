/** The cost chart: loads Chart.js as it nears the screen and redraws from the same results the table shows. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { breakEvenText, type ChartSeries } from '../../lib/calculator/view';
import { formatCompactVolume, formatMoney } from '../../lib/format';
import type { CostChartHandle } from './cost-chart';

interface CostChartProps {
	series: ChartSeries;
	currency: string;
	volume: number;
}

/** Line chart of monthly cost against volume, with the reader's volume and the break-even point marked. */
export function CostChart({ series, currency, volume }: CostChartProps) {
	const canvasRef = useRef<HTMLCanvasElement>(null);
	const figureRef = useRef<HTMLElement>(null);
	const tipRef = useRef<HTMLDivElement>(null);
	const chartRef = useRef<CostChartHandle | null>(null);
	const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');

	useEffect(() => {
		let cancelled = false;
		const load = (): void => {
			import('./cost-chart')
				.then(({ createCostChart }) => {
					const canvas = canvasRef.current;
					const tip = tipRef.current;
					if (cancelled || canvas === null || tip === null) return;
					chartRef.current = createCostChart(canvas, tip, series, currency, {
						money: (amount, code) => formatMoney(amount, { currency: code, unitsPerUsd: 1 }),
						volume: formatCompactVolume,
					});
					setStatus('ready');
				})
				.catch(() => setStatus('failed'));
		};
		// The chart sits below the form: fetch and draw Chart.js only as it comes near the screen, so the first
		// load spends neither bytes nor main-thread time on it.
		const near = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				near.disconnect();
				load();
			},
			{ rootMargin: '400px' },
		);
		if (figureRef.current !== null) near.observe(figureRef.current);
		// Colours come from Starlight's theme properties: redraw when the reader switches theme.
		const observer = new MutationObserver(() => chartRef.current?.restyle());
		observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		return () => {
			cancelled = true;
			near.disconnect();
			observer.disconnect();
			chartRef.current?.destroy();
			chartRef.current = null;
		};
	}, []);

	// A layout effect redraws in the same task as the render, so the chart never lags the table.
	useLayoutEffect(() => {
		if (chartRef.current === null) return;
		chartRef.current.update(series, currency);
		// Read by scripts/measure-calculator.mjs to time an input change through to the redrawn chart.
		figureRef.current?.setAttribute('data-updated', String(performance.now()));
	}, [series, currency, status]);

	const breakEven =
		series.breakEven === null
			? 'B does not break even with A between 100 and 1 billion calls a month'
			: `B costs no more than A ${breakEvenText(series.breakEven.x)}`;
	return (
		<figure class="cost-chart" ref={figureRef} data-status={status}>
			<div class="cost-chart-canvas">
				<canvas
					ref={canvasRef}
					role="img"
					aria-label={`Monthly cost of each option, 100 to 1 billion calls a month, log scales. Your volume: ${formatCompactVolume(volume)} calls a month; ${breakEven}.`}
				/>
				<div class="chart-tip" ref={tipRef} hidden aria-hidden="true" />
			</div>
			<ul class="chart-legend">
				{series.lines.map((line) => (
					<li key={line.id} class={`chart-legend-${line.id}`}>
						{line.label}
					</li>
				))}
			</ul>
			<figcaption>
				Monthly cost against volume (both axes logarithmic). ✕ marks your volume, ◆ the break-even point.
				{status === 'failed' ? ' The chart could not be loaded; the table holds the same figures.' : ''}
			</figcaption>
		</figure>
	);
}
