/** The line after `line` (`2.3` → `2.4`): not in the matrix until someone adds it. */
export function nextLine(line: string): string {
  const [major, minor] = line.split('.').map(Number);
  return `${major}.${(minor ?? 0) + 1}`;
}
