/** The guide's reading order. Listed by hand: Starlight cannot autogenerate from a glob base outside src/. */
export const sidebar = [
	{ label: 'Start here', link: '/' },
	{
		label: 'The guide',
		items: [
			{ label: 'Knowledge or skills?', slug: 'guide/knowledge-or-skills' },
			{ label: 'How retrieval works', slug: 'guide/how-rag-works' },
			{ label: 'How fine-tuning works', slug: 'guide/how-fine-tuning-works' },
			{ label: 'When retrieval is the answer', slug: 'guide/when-to-use-rag' },
			{ label: 'When fine-tuning is the answer', slug: 'guide/when-to-fine-tune' },
			{ label: 'Cost calculator', slug: 'guide/cost-calculator' },
			{ label: 'Using both', slug: 'guide/using-both' },
			{ label: 'Prompt first', slug: 'guide/prompt-first' },
			{ label: 'Decision guide', slug: 'guide/decision-guide' },
		],
	},
	{
		label: 'Landscape',
		items: [{ label: 'Fine-tuning in late 2026', slug: 'guide/fine-tuning-in-2026' }],
	},
];
