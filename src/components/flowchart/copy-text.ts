/** Put text on the clipboard; resolves false when the browser refuses, so the caller can offer it to copy by hand. */
export async function copyToClipboard(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** The status line after a copy attempt. */
export function copyMessage(what: string, copied: boolean): string {
	return copied
		? `${what} copied to the clipboard.`
		: `The browser did not allow copying. The ${what.toLowerCase()} is selected below: copy it with your keyboard or menu.`;
}
