import { lazy, type ComponentType } from 'react';

/** Every page is its own chunk, loaded when first visited: the first page carries only what it shows. */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));
}
