import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { baseModelPrice } from '../lib/calculator/base-model-prices';
import { parsePresetList, parsePriceList } from '../lib/calculator/price-schema';
import { calculatorFigures, type CalculatorFigures } from '../lib/calculator/worked-example';

const read = (file: string): unknown => parseYaml(readFileSync(`content/prices/${file}`, 'utf8'));

/** The committed presets and prices, read once per build. */
const presets = parsePresetList(read('presets.yaml'));
const prices = parsePriceList(read('prices.yaml'));

/** The figures a calculator link produces with the committed price data, as the calculator computes them. */
export function figuresForLink(link: string): CalculatorFigures {
	return calculatorFigures(link, presets, prices, (provider, model) => baseModelPrice(provider, model));
}
