/**
 * Reading a CSV file back: the exports' own format (`;`-separated, every cell quoted, CRLF, BOM)
 * and what a spreadsheet saves after editing it (`,` or `;`, quotes only where needed, LF or CRLF).
 * Bounded by its input: one pass, no backtracking.
 */

/**
 * One record and its row number as a spreadsheet shows it (the header is row 1; a cell with line
 * breaks is still one row), for messages that point at it.
 */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** The separator of a file: `;` when its first line has one outside quotes, else `,`. */
function separatorOf(text: string): string {
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ";") return ";";
  }
  return ",";
}

/**
 * Records of `text` (a leading BOM dropped). Quoted cells may hold separators, quotes (doubled)
 * and line breaks; blank rows are skipped (and counted). A quote left open runs to the end of the file.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const sep = separatorOf(input);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let row = 0;
  const endRecord = () => {
    cells.push(cell);
    row++;
    if (cells.length > 1 || cells[0] !== "") records.push({ row, cells });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      cells.push(cell);
      cell = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && input[i + 1] === "\n") i++;
      endRecord();
    } else cell += c;
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}
