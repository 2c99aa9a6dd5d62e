/** Characters a column may take before its text is cut with an ellipsis. */
const DEFAULT_MAX_WIDTH = 60;

/** A column of a table: its header, its cells, and how wide it may grow. */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => string;
  maxWidth?: number;
}

/**
 * Rows as aligned text columns, two spaces apart, header first: readable in a terminal and easy to
 * cut with `awk`. The last column is not padded, so lines carry no trailing spaces.
 */
export function textTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string[] {
  const cells = rows.map((row) =>
    columns.map((column) => fit(oneLine(column.cell(row)), column.maxWidth ?? DEFAULT_MAX_WIDTH)),
  );
  const widths = columns.map((column, index) =>
    Math.max(length(column.header), ...cells.map((row) => length(row[index] ?? ''))),
  );
  const render = (values: readonly string[]) =>
    values
      .map((value, index) => (index === values.length - 1 ? value : pad(value, widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  return [render(columns.map((column) => column.header)), ...cells.map(render)];
}

/** Line breaks and tabs inside a cell would break the columns. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').trim();
}

/** Length in code points, so that accented and non-Latin names line up as well as they can. */
function length(text: string): number {
  return [...text].length;
}

function fit(text: string, maxWidth: number): string {
  const points = [...text];
  return points.length <= maxWidth ? text : `${points.slice(0, maxWidth - 1).join('')}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - length(text)));
}
