/** Text from a document or a parser, made fit for a one-line message: line breaks become spaces. */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
