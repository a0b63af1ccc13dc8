/**
 * Plain string attributes of a dynamoose schema, named in one line: `{ ...stringAttributes('a', 'b') }`
 * is `{ a: String, b: String }`. Keys, indexes and other types stay spelled out beside them.
 */
export function stringAttributes<const Name extends string>(
  ...names: Name[]
): Record<Name, StringConstructor> {
  return Object.fromEntries(names.map((name) => [name, String])) as Record<
    Name,
    StringConstructor
  >;
}
