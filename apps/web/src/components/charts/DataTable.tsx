import { For, type JSX } from "solid-js";

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => JSX.Element;
  /** Figures are right-aligned so their digits line up. */
  readonly numeric?: boolean;
}

/**
 * The figures a chart draws, as a real table (caption, column headers, a header cell per row):
 * what screen readers read and what a user copies.
 */
export const DataTable = <Row,>(props: {
  readonly caption: string;
  readonly columns: ReadonlyArray<Column<Row>>;
  readonly rows: ReadonlyArray<Row>;
  readonly rowKey?: (row: Row) => string;
}) => (
  <table class="data-table">
    <caption>{props.caption}</caption>
    <thead>
      <tr>
        <For each={props.columns}>
          {(column) => (
            <th scope="col" classList={{ "is-numeric": column.numeric === true }}>
              {column.header}
            </th>
          )}
        </For>
      </tr>
    </thead>
    <tbody>
      <For each={props.rows}>
        {(row) => (
          <tr data-key={props.rowKey?.(row)}>
            <For each={props.columns}>
              {(column, index) =>
                index() === 0 ? (
                  <th scope="row">{column.cell(row)}</th>
                ) : (
                  <td classList={{ "is-numeric": column.numeric === true }}>{column.cell(row)}</td>
                )
              }
            </For>
          </tr>
        )}
      </For>
    </tbody>
  </table>
);
