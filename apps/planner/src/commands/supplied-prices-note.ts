// The note under a table priced with --price, shared by the commands that take it.
import { getAccelerator } from "@modelsys/catalog";

/**
 * Lists the prices `--price` set, with the catalog price each one replaces, so that a table
 * read without its command line does not pass for the published prices.
 */
export function suppliedPricesNote(prices: ReadonlyMap<string, number>): string {
  const items = [...prices].map(([id, price]) => {
    const published = getAccelerator(id).priceUsdPerHour;
    return published === null ? `${id} ${price}` : `${id} ${price} in place of the catalog's ${published}`;
  });
  return `Prices from --price, in USD per card-hour: ${items.join(", ")}.`;
}
