/** Which inputs matter: the few that move B's monthly savings most when changed by half their value. */
import type { Swing } from '../../lib/calculator/sensitivity';
import { swingCells } from '../../lib/calculator/view';
import type { MoneyOptions } from '../../lib/format';

/** The ranked inputs, or why there are none. */
export function SensitivityTable({
	swings,
	money,
}: {
	swings: readonly Swing[] | null;
	money: MoneyOptions;
}) {
	return (
		<section class="calculator-sensitivity">
			<h3 id="calc-sensitivity-heading">Which inputs matter</h3>
			{swings === null || swings.length === 0 ? (
				<p>Enter B’s missing figures first.</p>
			) : (
				<>
					<p>Each input moved by half its value, one at a time.</p>
					<div class="table-scroll" tabIndex={0} role="region" aria-labelledby="calc-sensitivity-heading">
						<table>
							<thead>
								<tr>
									<th scope="col">Input</th>
									<th scope="col">At −50 %</th>
									<th scope="col">At +50 %</th>
								</tr>
							</thead>
							<tbody>
								{swings.map((swing) => {
									const [name, low, high] = swingCells(swing, money);
									return (
										<tr key={swing.field}>
											<th scope="row">{name}</th>
											<td>{low}</td>
											<td>{high}</td>
										</tr>
									);
								})}
							</tbody>
						</table>
					</div>
				</>
			)}
		</section>
	);
}
