/** The files read as inventories (RVTools workbooks, CSV); every other file is a profile file or a report. */
export const inventoryExtensions = ['xlsx', 'csv'] as const;

export const isInventoryFile = (name: string) => inventoryExtensions.some((extension) => name.toLowerCase().endsWith(`.${extension}`));
