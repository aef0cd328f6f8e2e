/** The CLI's text modes (`--text`, `--lines`); filled in by the text engine. */
export async function runTextMode(_text: string): Promise<string> {
  throw new Error('--text is not available yet: the text engine has not landed');
}

export async function runLinesMode(_file: string): Promise<string[]> {
  throw new Error('--lines is not available yet: the text engine has not landed');
}
