import { FoldAhead } from './replay/fold-ahead';
import { RowsAhead } from './replay/rows-ahead';
import { Projection } from './runner/projection';
import { rowProjection, RowProjectionDefinition } from './runner/row-projection';

/**
 * A read model as a replay sees it: its name (what `replay [projection…]` selects), the table it
 * lives in and the column rows are keyed by, and its projection pointed at any table of the same
 * shape, so it can be rebuilt into a shadow table beside the live one.
 */
export interface ReadModel {
  name: string;
  table: string;
  keyColumn: string;
  /** The projection writing into `table` (a shadow of the live one, or the live one itself). */
  on(table: string): Projection;
  /** The same, folded ahead of its writes, for a rebuild that alone writes `table` (see FoldAhead). */
  ahead(table: string): FoldAhead;
}

export function rowReadModel<Row>(definition: RowProjectionDefinition<Row>): ReadModel {
  const { table } = definition;
  const writingInto = (target: string) => (target === table.table ? definition : { ...definition, table: { ...table, table: target } });
  return {
    name: definition.name,
    table: table.table,
    keyColumn: table.columns[table.key].column,
    on: (target) => rowProjection(writingInto(target)),
    ahead: (target) => new RowsAhead(writingInto(target)),
  };
}
