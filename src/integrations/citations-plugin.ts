import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { numberCitations, referenceAnchor, type Reference } from '../lib/references';

/** Heading of the numbered source list appended to every page that cites something. */
export const SOURCES_HEADING = 'Sources';

type CiteElement = MdxJsxFlowElement | MdxJsxTextElement;
type TreeNode = { type: string; children?: TreeNode[] };

function isCite(node: TreeNode): node is TreeNode & CiteElement {
	return (
		(node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
		(node as CiteElement).name === 'Cite'
	);
}

/** Every `<Cite>` element of a document, in reading order. */
function findCites(node: TreeNode, found: CiteElement[] = []): CiteElement[] {
	if (isCite(node)) found.push(node);
	for (const child of node.children ?? []) findCites(child, found);
	return found;
}

function citeId(node: CiteElement, file: string): string {
	const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
	if (!attribute || typeof attribute.value !== 'string' || attribute.value === '') {
		throw new Error(`${file}: <Cite> needs an id, e.g. <Cite id="ovadia-2023" />`);
	}
	return attribute.value;
}

function citationMarker(id: string, number: number, occurrence: number): PhrasingContent {
	return {
		type: 'emphasis',
		data: { hName: 'sup', hProperties: { className: ['cite'] } },
		children: [
			{
				type: 'link',
				url: `#${referenceAnchor(id)}`,
				data: { hProperties: { id: `cite-${id}-${occurrence}`, ariaLabel: `Source ${number}` } },
				children: [{ type: 'text', value: `[${number}]` }],
			},
		],
	};
}

function sourceEntry(reference: Reference, occurrences: number): ListItem {
	const backLinks: PhrasingContent[] = [];
	for (let n = 1; n <= occurrences; n++) {
		backLinks.push(
			{ type: 'text', value: ' ' },
			{
				type: 'link',
				url: `#cite-${reference.id}-${n}`,
				data: { hProperties: { ariaLabel: `Back to citation ${n}` } },
				children: [{ type: 'text', value: '↩' }],
			},
		);
	}
	return {
		type: 'listItem',
		data: { hProperties: { id: referenceAnchor(reference.id) } },
		children: [
			{
				type: 'paragraph',
				children: [
					{ type: 'text', value: `${reference.authors} (${reference.year}). ` },
					{ type: 'link', url: reference.url, children: [{ type: 'text', value: reference.title }] },
					{ type: 'text', value: `. ${reference.publisher}. Read ${reference.accessed}.` },
					...backLinks,
				],
			},
		],
	};
}

/**
 * Sätteri plugin: replaces each `<Cite id="…" />` in MDX with a numbered link and appends a
 * "Sources" list in order of first citation. An unknown id fails the build, naming the file.
 */
export function citationsPlugin({ references }: { references: readonly Reference[] }): MdastPluginDefinition {
	const byId = new Map(references.map((reference) => [reference.id, reference]));
	return {
		name: 'citations',
		after(root, ctx) {
			const file = ctx.fileURL?.pathname ?? 'a document';
			const cites = findCites(root as unknown as TreeNode);
			if (cites.length === 0) return;

			const ids = cites.map((cite) => citeId(cite, file));
			for (const id of ids) {
				if (!byId.has(id))
					throw new Error(`${file}: <Cite id="${id}" /> names no entry in content/references.yaml`);
			}
			const numbers = numberCitations(ids);
			const occurrences = new Map<string, number>();
			cites.forEach((cite, index) => {
				const id = ids[index] ?? '';
				const occurrence = (occurrences.get(id) ?? 0) + 1;
				occurrences.set(id, occurrence);
				const marker = citationMarker(id, numbers.get(id) ?? 0, occurrence);
				const paragraph: Paragraph = { type: 'paragraph', children: [marker] };
				ctx.replaceNode(cite, cite.type === 'mdxJsxFlowElement' ? paragraph : marker);
			});

			const heading: Heading = {
				type: 'heading',
				depth: 2,
				children: [{ type: 'text', value: SOURCES_HEADING }],
			};
			const list: List = {
				type: 'list',
				ordered: true,
				spread: false,
				data: { hProperties: { className: ['sources'] } },
				children: [...numbers.keys()].flatMap((id) => {
					const reference = byId.get(id);
					return reference ? [sourceEntry(reference, occurrences.get(id) ?? 1)] : [];
				}),
			};
			ctx.appendChild(root as Readonly<Root>, [heading, list]);
		},
	};
}
