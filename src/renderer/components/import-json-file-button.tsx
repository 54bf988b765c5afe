/**
 * A button that imports a JSON file: the file is read here and handed to the
 * API whole; the API validates it and applies it all or nothing, naming the
 * first problem's place in the file if it refuses. Deal-rooms and criteria
 * templates are imported this way.
 */
import { useRef, useState } from 'react';
import type { Result } from '../../shared/api/result';
import { useApiAction } from '../app/use-api-action';
import { ErrorText } from './error-text';

interface ImportJsonFileButtonProps<T> {
  label: string;
  busyLabel: string;
  /** The message when the chosen file is not JSON at all. */
  notJson: (fileName: string) => string;
  buttonClassName?: string;
  send: (file: unknown) => Promise<Result<T>>;
  onImported: (value: T) => void;
}

export function ImportJsonFileButton<T>({ label, busyLabel, notJson, buttonClassName = 'button', send, onImported }: ImportJsonFileButtonProps<T>) {
  const action = useApiAction();
  const input = useRef<HTMLInputElement>(null);
  const [readError, setReadError] = useState<string | undefined>();

  async function onFile(file: File) {
    setReadError(undefined);
    action.clearError();
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setReadError(notJson(file.name));
      return;
    }
    const value = await action.run(() => send(parsed));
    if (value !== null) onImported(value);
  }

  return (
    <div className="import-button">
      <button type="button" className={buttonClassName} onClick={() => input.current?.click()} disabled={action.busy}>
        {action.busy ? busyLabel : label}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
      <ErrorText message={readError ?? action.error?.message} />
    </div>
  );
}
