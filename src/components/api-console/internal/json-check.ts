/** Why a JSON body does not parse, worked out once per text (the form asks on every render). */
export class JsonCheck {
  #text = '';
  #error = '';

  /** The parser's message, or '' when `text` parses (or is empty). */
  errorOf(text: string): string {
    if (text !== this.#text) {
      this.#text = text;
      this.#error = '';
      try {
        if (text.trim()) JSON.parse(text);
      } catch (problem) {
        this.#error = problem instanceof Error ? problem.message : String(problem);
      }
    }
    return this.#error;
  }
}
