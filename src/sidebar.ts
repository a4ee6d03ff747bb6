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
			{ label: 'Decision flowchart', link: '/decide/' },
		],
	},
	{
		label: 'In depth',
		items: [
			{ label: 'How to measure', slug: 'guide/how-to-measure' },
			{ label: 'Long context or retrieval?', slug: 'guide/long-context-or-retrieval' },
			{ label: 'Structured outputs first', slug: 'guide/structured-outputs' },
			{ label: 'Where training examples come from', slug: 'guide/training-data' },
			{ label: 'Security and privacy', slug: 'guide/security-and-privacy' },
		],
	},
	{
		label: 'Evidence',
		items: [
			{ label: 'What the research says', slug: 'guide/research' },
			{ label: 'Common misconceptions', slug: 'guide/faq' },
			{ label: 'Glossary', slug: 'guide/glossary' },
		],
	},
	{
		label: 'Worked examples',
		items: [
			{ label: 'Support assistant over changing docs', slug: 'examples/support-assistant' },
			{ label: 'Field extraction at millions of calls', slug: 'examples/field-extraction' },
			{ label: 'Regulated assistant with a fixed tone', slug: 'examples/regulated-assistant' },
			{ label: 'Ticket triage on a smaller model', slug: 'examples/ticket-triage' },
		],
	},
	{
		label: 'Landscape',
		items: [{ label: 'Fine-tuning in late 2026', slug: 'guide/fine-tuning-in-2026' }],
	},
];
