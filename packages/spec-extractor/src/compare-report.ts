// formatReport moved to @flink-rest/drift (`flink-drift compare`); drift-report.ts still imports
// it from here: switch that import to '@flink-rest/drift' and delete this file.
export { formatReport } from '@flink-rest/drift';
