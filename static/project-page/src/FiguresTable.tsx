import React, { type ReactNode } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';

/** A column of a figures table: its heading and what each row shows in it. */
export interface Column<T> {
  key: string;
  label: string;
  cell: (row: T, index: number) => ReactNode;
}

/**
 * The Sprint tab's figures as a table (what a chart shows, for screen readers too): each column
 * named once, so a heading and its cells cannot drift apart.
 */
export function FiguresTable<T>({
  testId,
  caption,
  columns,
  rows,
  rowKey,
}: {
  testId: string;
  caption?: string;
  columns: Array<Column<T>>;
  rows: T[];
  rowKey: (row: T, index: number) => string;
}) {
  return (
    <DynamicTable
      testId={testId}
      {...(caption ? { caption } : {})}
      head={{ cells: columns.map((c) => ({ key: c.key, content: c.label })) }}
      rows={rows.map((row, i) => ({
        key: rowKey(row, i),
        cells: columns.map((c) => ({ key: c.key, content: c.cell(row, i) })),
      }))}
    />
  );
}
