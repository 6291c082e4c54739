import { Box, Text } from "ink";
import { Fragment, type ReactNode } from "react";
import { padToWidth } from "../text/width.js";
import { useTheme } from "../theme/ThemeContext.js";

export interface Column<Row> {
  readonly header: string;
  /** Width in terminal columns (CJK counts two). */
  readonly width: number;
  readonly value: (row: Row) => string;
  readonly align?: "left" | "right";
  /** Colours a cell by meaning (e.g. the traffic light); plain text otherwise. */
  readonly colour?: (row: Row) => string | undefined;
}

const gap = "  ";

/** A fixed-width table whose columns line up whatever mix of Chinese and ASCII the rows hold. */
export const Table = <Row,>({
  columns,
  rows,
  selected,
  rowKey,
}: {
  columns: ReadonlyArray<Column<Row>>;
  rows: ReadonlyArray<Row>;
  selected?: number | undefined;
  rowKey: (row: Row) => string;
}) => {
  const theme = useTheme();
  const cells = (row: Row): ReactNode[] =>
    columns.map((column, i) => {
      const text = padToWidth(column.value(row), column.width, column.align);
      const colour = column.colour?.(row);
      return (
        <Fragment key={column.header}>
          {i === 0 ? "" : gap}
          <Text {...(colour === undefined ? {} : { color: colour })}>{text}</Text>
        </Fragment>
      );
    });
  return (
    <Box flexDirection="column">
      <Text color={theme.muted} wrap="truncate-end">
        {"  "}
        {columns.map((c) => padToWidth(c.header, c.width, c.align)).join(gap)}
      </Text>
      {rows.map((row, index) => {
        const isSelected = index === selected;
        return (
          <Text
            key={rowKey(row)}
            wrap="truncate-end"
            inverse={isSelected}
            {...(isSelected ? { color: theme.focus } : {})}
          >
            {isSelected ? "› " : "  "}
            {cells(row)}
          </Text>
        );
      })}
    </Box>
  );
};
