/** Why an inventory cannot be imported. Nothing is imported when there is one. */
export class InventoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InventoryError';
  }
}
