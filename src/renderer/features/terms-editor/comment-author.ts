/**
 * The name a reviewer comments under, remembered on this machine so that
 * legal does not type it for every comment. Storage may be missing or full
 * (a locked-down profile): then nothing is remembered and nothing breaks.
 */
const KEY = 'shinrai.termsEditor.commentAuthor';

type NameStore = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStore(): NameStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function rememberedAuthor(store: NameStore | null = defaultStore()): string {
  try {
    return store?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberAuthor(name: string, store: NameStore | null = defaultStore()): void {
  const trimmed = name.trim();
  if (!trimmed) return;
  try {
    store?.setItem(KEY, trimmed);
  } catch {
    // Remembering is a convenience; the comment itself was saved.
  }
}
