/**
 * The channels of a scope: the built-in ones, the room's own labels already in
 * use, and any the reader adds here. None ticked means every channel.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_CHANNELS, channelLabel } from '../../../shared/terms/channels';
import { useLanguage } from '../../app/use-language';
import { withLabel } from './room-scope-labels';

interface ChannelFieldsProps {
  channels: readonly string[];
  roomChannels: readonly string[];
  onChange: (channels: string[]) => void;
  error?: string | undefined;
}

export function ChannelFields({ channels, roomChannels, onChange, error }: ChannelFieldsProps) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const id = useId();
  const [text, setText] = useState('');
  const builtIn = BUILT_IN_CHANNELS.map((c) => c.key);
  const own = [...roomChannels, ...channels.filter((c) => !builtIn.includes(c) && !roomChannels.includes(c))];
  const toggle = (key: string) => onChange(channels.includes(key) ? channels.filter((c) => c !== key) : [...channels, key]);

  function add() {
    const typed = text.trim();
    // A typed name that matches a built-in channel ticks that one, so the room never has two "hospitals".
    const known = BUILT_IN_CHANNELS.find((c) => c.en.toLowerCase() === typed.toLowerCase() || c.ja === typed);
    onChange(withLabel(channels, known ? known.key : typed));
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  return (
    <fieldset className="scope-picker__group" aria-describedby={`${id}-meaning${error ? ` ${id}-error` : ''}`}>
      <legend className="field__label">{t('scope.channels')}</legend>
      <p className="field__hint" id={`${id}-meaning`}>
        {channels.length === 0 ? t('scope.everyChannel') : t('scope.channelsChosen', { count: channels.length })}
      </p>
      <ul className="scope-picker__channels">
        {[...builtIn, ...own].map((key) => (
          <li key={key}>
            <input id={`${id}-${key}`} type="checkbox" className="checkbox" checked={channels.includes(key)} onChange={() => toggle(key)} />
            <label htmlFor={`${id}-${key}`} className="scope-picker__channel-name">
              {channelLabel(key, lang)}
            </label>
          </li>
        ))}
      </ul>
      <div className="token-input">
        <label htmlFor={`${id}-new`} className="visually-hidden">
          {t('scope.newChannel')}
        </label>
        <input
          id={`${id}-new`}
          className="input"
          value={text}
          placeholder={t('scope.newChannelPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
        <button type="button" className="button button--small" onClick={add} disabled={!text.trim()}>
          {t('scope.addChannel')}
        </button>
      </div>
      {error && (
        <p className="error-text" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
