import { escapeXml } from './escape-xml';
import { RETIRED_FRAGMENT } from './slugs';

/** What a retired URL's redirect page says. */
export interface RetiredPage {
	/** The retired URL, root-relative. */
	from: string;
	/** The live page that replaces it, root-relative. */
	to: string;
	/** Title of the live page, e.g. "Verdict: Retrieval (RAG)". */
	toTitle: string;
	/** Version of the rules that retired it. */
	retired: string;
	/** Site origin (and base), for the canonical link. */
	siteUrl: string | URL;
}

/**
 * A static redirect page for a retired decision URL: an immediate meta refresh to the live page (with the
 * fragment that shows it was reached from a retired link), a canonical link to it, and a visible link for browsers
 * that do not follow refreshes. Needs no script, so it needs no script permission either.
 */
export function retiredPageHtml({ from, to, toTitle, retired, siteUrl }: RetiredPage): string {
	const target = `${to}#${RETIRED_FRAGMENT}`;
	const canonical = new URL(to.slice(1), String(siteUrl).replace(/\/?$/, '/')).href;
	return [
		'<!doctype html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta http-equiv="content-security-policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">`,
		`<title>Path retired: ${escapeXml(toTitle)}</title>`,
		`<meta http-equiv="refresh" content="0; url=${escapeXml(target)}">`,
		'<meta name="robots" content="noindex">',
		`<link rel="canonical" href="${escapeXml(canonical)}">`,
		'</head>',
		'<body>',
		'<main>',
		'<h1>This decision path was retired</h1>',
		`<p>The flowchart's rules changed on ${escapeXml(retired)}, and <code>${escapeXml(from)}</code> is no longer a path of it.`,
		` Its answers continue at <a href="${escapeXml(target)}">${escapeXml(toTitle)}</a>.</p>`,
		'</main>',
		'</body>',
		'</html>',
		'',
	].join('\n');
}
