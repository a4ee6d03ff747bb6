import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour, relativeLuminance } from '../../src/lib/site/contrast';

describe('parseColour', () => {
	describe.each([
		{ text: '#ffffff', rgb: { r: 255, g: 255, b: 255 } },
		{ text: 'rgb(61, 80, 245)', rgb: { r: 61, g: 80, b: 245 } },
		{ text: 'rgba(0, 0, 0, 0.5)', rgb: { r: 0, g: 0, b: 0 } },
		{ text: 'none', rgb: null },
	])('$text', ({ text, rgb }) => {
		it('reads the channels', () => expect(parseColour(text)).toEqual(rgb));
	});
});

describe('contrastRatio', () => {
	it('is 21 for black on white and 1 for a colour on itself', () => {
		expect(contrastRatio({ r: 0, g: 0, b: 0 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(21, 6);
		expect(contrastRatio({ r: 90, g: 90, b: 90 }, { r: 90, g: 90, b: 90 })).toBe(1);
	});

	it('matches a ratio worked by hand', () => {
		// #777777: 119/255 = 0.4667 → ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845; (1.05) / (0.1845 + 0.05) = 4.48.
		expect(relativeLuminance({ r: 119, g: 119, b: 119 })).toBeCloseTo(0.1845, 3);
		expect(contrastRatio({ r: 119, g: 119, b: 119 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(4.48, 2);
	});
});
