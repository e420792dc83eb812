/**
 * A schema built on first use. Constructing zod schemas is most of the cost of
 * evaluating the content script (tens of milliseconds for the protocol's
 * schemas on every page load), while a page needs only the two or three it
 * parses, and only when their messages arrive. The proxy stands in for the
 * schema everywhere — `.parse`, `z.infer`, nesting inside other schemas — and
 * builds it the first time any of its properties is read.
 */
export function lazySchema<Schema extends object>(build: () => Schema): Schema {
  let schema: Schema | undefined;
  const real = (): Schema => (schema ??= build());
  return new Proxy({} as Schema, {
    get: (_, key) => Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    ownKeys: () => Reflect.ownKeys(real()),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // A proxy may not report a property as non-configurable unless its target has it.
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(real(), key, descriptor),
  });
}
