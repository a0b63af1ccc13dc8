import type { ModelType } from 'dynamoose/dist/General.js';
import type { AnyItem } from 'dynamoose/dist/Item.js';

/** A position in a newest-first listing: items strictly older than (createdAt, id) come after it. */
export interface ListingCursor {
  createdAt: string;
  id: string;
}

export const newestFirst = (a: ListingCursor, b: ListingCursor) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

const isBefore = (item: ListingCursor, cursor: ListingCursor) => newestFirst(cursor, item) < 0;

/**
 * Up to `need` items of one customer (a GSI hashed on `hashAttribute` with `createdAt` as range
 * key), newest first, strictly after `cursor`. Items sharing a timestamp are ordered by id, so a
 * page boundary inside such a group is read to its end before cutting.
 */
export async function pageBefore<T extends AnyItem & ListingCursor>(
  model: ModelType<T>,
  index: string,
  hashAttribute: string,
  hashValue: string,
  cursor: ListingCursor | undefined,
  need: number,
): Promise<T[]> {
  const found: T[] = [];
  let lastKey: object | undefined;
  for (;;) {
    let query = model.query(hashAttribute).eq(hashValue);
    if (cursor) query = query.where('createdAt').le(cursor.createdAt);
    query = query.using(index).sort('descending').limit(need + 10);
    if (lastKey) query = query.startAt(lastKey as never);
    const page = await query.exec();
    found.push(...page.filter((item) => !cursor || isBefore(item, cursor)));
    lastKey = page.lastKey;
    const oldest = page[page.length - 1];
    const groupCut = found.length >= need && oldest && found.sort(newestFirst)[need - 1].createdAt === oldest.createdAt;
    if (!lastKey || (found.length >= need && !groupCut)) break;
  }
  return found.sort(newestFirst).slice(0, need);
}
