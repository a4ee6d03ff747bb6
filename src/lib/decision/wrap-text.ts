/** Wrap text at spaces into lines of at most `maxChars` characters; a longer single word keeps its own line. */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter((part) => part !== '')) {
		if (line === '') {
			line = word;
		} else if (line.length + 1 + word.length <= maxChars) {
			line = `${line} ${word}`;
		} else {
			lines.push(line);
			line = word;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}
