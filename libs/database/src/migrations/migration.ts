/** One versioned schema change owned by a component (event store, projections, ...). */
export interface Migration {
  component: string;
  version: number;
  name: string;
  sql: string;
}
