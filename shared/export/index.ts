export { spreadsheetSafe, csvField, csvLine } from './spreadsheet-safe';
