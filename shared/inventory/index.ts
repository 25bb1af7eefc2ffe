export { importInventory, mappedTable, type ImportOptions, type ImportReport, type ImportResult, type ImportedWorkload, type InventoryFormat, type ServerRef } from './import';
export { columnOf, mappingFieldLabels, mappingFields, mappingWith, parseMapping, proposeMapping, isMappingField, sameMapping, withColumnFor, type ColumnMapping, type MappingField } from './mapping';
export { looksLikeAzureMigrate } from './azure-migrate';
export type { InferredAnswer } from './inference';
export type { SkippedRow } from './skipped';
export { cleanCellText, clippedCellText, noticeAt, refuseClipped, type CellPlace } from './cell-text';
export { cellPosition, type CellNotice, type Table, type TableRow } from './table';
export { InventoryError } from './errors';
export { inventoryLimits } from './limits';
