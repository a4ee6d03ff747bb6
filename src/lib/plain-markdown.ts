import { numberCitations, type Reference } from './references';

/** Matches one `<Cite id="…" />` element as authors write it in MDX. */
const CITE = /<Cite\s+id=(?:"([^"]*)"|'([^']*)')\s*\/>/g;

/** A self-closing component starting a line, attributes possibly on lines of their own, e.g. `<CalculatorFigures link="…" />`. */
const COMPONENT = /^[ \t]*<([A-Z][A-Za-z0-9]*)((?:\s+[a-zA-Z]+=(?:"[^"]*"|'[^']*'))*)\s*\/>[ \t]*$/gm;

/** One attribute of a component: `name="value"` or `name='value'`. */
const ATTRIBUTE = /([a-zA-Z]+)=(?:"([^"]*)"|'([^']*)')/g;

/** An MDX `import` line: pages need it, plain Markdown does not. */
const IMPORT = /^import\s.+\sfrom\s+['"][^'"]+['"];?$/;

/** Renders one component of a page as plain Markdown, from its attributes. */
export type ComponentRenderer = (attributes: Readonly<Record<string, string>>) => string;

/** A fenced code block's opening or closing line: its content is shown, never converted. */
const FENCE = /^\s*(?:```|~~~)/;

/** One page as the plain-Markdown copies and `llms.txt` describe it. */
export interface PlainPage {
	/**
	 * Page title, from the frontmatter.
	 * @example 'How retrieval works'
	 */
	title: string;
	/**
	 * One-sentence summary, from the frontmatter.
	 * @example 'In retrieval-augmented generation the model’s weights never change; …'
	 */
	description: string;
	/**
	 * The MDX source without its frontmatter, as `getCollection('docs')` gives it in `body`.
	 */
	body: string;
}

/** A group of pages in `llms.txt`, in sidebar order. */
export interface LlmsSection {
	/**
	 * Section heading.
	 * @example 'The guide'
	 */
	label: string;
	/** The pages of the section, each with its absolute Markdown URL. */
	pages: readonly { title: string; description: string; url: string }[];
}

/** Split a Markdown body into alternating prose and fenced-code parts, so code is left untouched. */
function splitFences(body: string): { text: string; code: boolean }[] {
	const parts: { text: string; code: boolean }[] = [];
	let inFence = false;
	let current: string[] = [];
	const flush = (code: boolean) => {
		if (current.length > 0) parts.push({ text: current.join('\n'), code });
		current = [];
	};
	for (const line of body.split('\n')) {
		if (FENCE.test(line)) {
			if (inFence) {
				current.push(line);
				flush(true);
			} else {
				flush(false);
				current.push(line);
			}
			inFence = !inFence;
		} else {
			current.push(line);
		}
	}
	flush(inFence);
	return parts;
}

/** The ids of every `<Cite>` in a Markdown body, in reading order, skipping fenced code. */
export function citedIds(body: string): string[] {
	return splitFences(body)
		.filter((part) => !part.code)
		.flatMap((part) => [...part.text.matchAll(CITE)].map((match) => match[1] ?? match[2] ?? ''));
}

/** One numbered entry of a plain "Sources" list. */
export function sourceLine(number: number, reference: Reference): string {
	return `${number}. ${reference.authors} (${reference.year}). [${reference.title}](${reference.url}). ${reference.publisher}. Read ${reference.accessed}.`;
}

/**
 * Replace each `<Cite id="…" />` with a plain `[n]` marker, numbered by first appearance as the
 * site numbers them, and append the numbered "Sources" list. An unknown id throws, naming it.
 */
export function plainCitations(
	body: string,
	references: readonly Reference[],
	components: Readonly<Record<string, ComponentRenderer>> = {},
): string {
	const byId = new Map(references.map((reference) => [reference.id, reference]));
	const ids = citedIds(body);
	for (const id of ids) {
		if (!byId.has(id)) throw new Error(`<Cite id="${id}" /> names no entry in content/references.yaml`);
	}
	const numbers = numberCitations(ids);
	const text = splitFences(body)
		.map((part) =>
			part.code
				? part.text
				: plainComponents(part.text, components).replace(
						CITE,
						(_, double: string | undefined, single: string | undefined) => {
							return `[${numbers.get(double ?? single ?? '') ?? 0}]`;
						},
					),
		)
		.join('\n')
		.trim();
	if (numbers.size === 0) return `${text}\n`;
	const sources = [...numbers].map(([id, number]) => {
		const reference = byId.get(id);
		return reference ? sourceLine(number, reference) : '';
	});
	return `${text}\n\n## Sources\n\n${sources.join('\n')}\n`;
}

/**
 * Drop MDX `import` lines and replace each known self-closing component on a line of its own with its
 * Markdown rendering. An unknown component throws, so a copy never shows raw JSX.
 */
export function plainComponents(
	text: string,
	components: Readonly<Record<string, ComponentRenderer>>,
): string {
	const withoutImports = text
		.split('\n')
		.filter((line) => !IMPORT.test(line.trim()))
		.join('\n');
	const rendered = withoutImports.replace(COMPONENT, (element, name: string, attributeText: string) => {
		if (name === 'Cite') return element;
		const render = components[name];
		if (render === undefined) throw new Error(`no plain-Markdown rendering for <${name} />`);
		const attributes: Record<string, string> = {};
		for (const attribute of attributeText.matchAll(ATTRIBUTE)) {
			attributes[attribute[1] ?? ''] = attribute[2] ?? attribute[3] ?? '';
		}
		return render(attributes);
	});
	// Removed imports leave a run of blank lines behind; Markdown needs one.
	return rendered.replace(/\n{3,}/g, '\n\n');
}

/** The plain-Markdown copy of one page: its title, summary and body with sources listed. */
export function pageMarkdown(
	page: PlainPage,
	references: readonly Reference[],
	components: Readonly<Record<string, ComponentRenderer>> = {},
): string {
	return `# ${page.title}\n\n> ${page.description}\n\n${plainCitations(page.body.trim(), references, components)}`;
}

/** Where the plain-Markdown copy of a docs entry is served: `guide/x` → `/guide/x.md`, `index` → `/index.md`. */
export function markdownPath(entryId: string): string {
	return `/${entryId === '' ? 'index' : entryId}.md`;
}

/** An `llms.txt` file following the llms.txt convention: title, summary, then sections of links. */
export function llmsTxt(
	title: string,
	summary: string,
	details: string,
	sections: readonly LlmsSection[],
): string {
	const blocks = [`# ${title}`, `> ${summary}`, details.trim()].filter((block) => block !== '');
	for (const section of sections) {
		if (section.pages.length === 0) continue;
		const links = section.pages.map((page) => `- [${page.title}](${page.url}): ${page.description}`);
		blocks.push(`## ${section.label}\n\n${links.join('\n')}`);
	}
	return `${blocks.join('\n\n')}\n`;
}

/** The subset of a Starlight sidebar entry that `llms.txt` reads. */
export type SidebarEntry =
	| { label: string; link: string }
	| { label: string; slug: string }
	| { label: string; items: readonly SidebarEntry[] };

/** The docs entry id a sidebar entry points at, or undefined for an external or group entry. */
function entryIdOf(entry: SidebarEntry): string | undefined {
	if ('slug' in entry) return entry.slug;
	if ('link' in entry && entry.link.startsWith('/')) return entry.link.replace(/^\/|\/$/g, '') || 'index';
	return undefined;
}

/**
 * Group pages into `llms.txt` sections in sidebar order: top-level links first, one section per
 * sidebar group, and any page the sidebar leaves out under `otherLabel`.
 */
export function sectionsFromSidebar(
	sidebar: readonly SidebarEntry[],
	pages: ReadonlyMap<string, { title: string; description: string }>,
	urlOf: (entryId: string) => string,
	otherLabel = 'Other pages',
): LlmsSection[] {
	const listed = new Set<string>();
	const pageFor = (id: string | undefined) => {
		if (id === undefined || listed.has(id)) return [];
		const page = pages.get(id);
		if (!page) return [];
		listed.add(id);
		return [{ title: page.title, description: page.description, url: urlOf(id) }];
	};
	const sections: LlmsSection[] = [];
	const topLevel = sidebar
		.filter((entry) => !('items' in entry))
		.flatMap((entry) => pageFor(entryIdOf(entry)));
	if (topLevel.length > 0) sections.push({ label: 'Start', pages: topLevel });
	for (const entry of sidebar) {
		if (!('items' in entry)) continue;
		const flat = (items: readonly SidebarEntry[]): SidebarEntry[] =>
			items.flatMap((item) => ('items' in item ? flat(item.items) : [item]));
		sections.push({
			label: entry.label,
			pages: flat(entry.items).flatMap((item) => pageFor(entryIdOf(item))),
		});
	}
	const rest = [...pages.keys()].filter((id) => !listed.has(id)).sort();
	sections.push({ label: otherLabel, pages: rest.flatMap((id) => pageFor(id)) });
	return sections.filter((section) => section.pages.length > 0);
}
