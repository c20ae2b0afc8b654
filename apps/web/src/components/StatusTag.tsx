import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isMessageKey } from '@skranke/domain';

/** The one palette of states: dark text on light backgrounds (antd's preset tag colours fall short of 4.5:1 contrast). */
const tones = {
  waiting: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  working: { color: '#874d00', background: '#fffbe6', borderColor: '#ffe58f' },
  passedOn: { color: '#391085', background: '#f9f0ff', borderColor: '#d3adf7' },
  done: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  alarm: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  ended: { color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa', borderColor: '#d9d9d9' },
} as const;

export type Tone = keyof typeof tones;

export function ToneTag({ tone, title, children }: { tone: Tone; title?: string; children: ReactNode }) {
  return (
    <Tag style={tones[tone]} title={title}>
      {children}
    </Tag>
  );
}

/** A case type's state as a tag: its name from the domain's terms (`prefix.state`), its colour from the palette. */
export function statusTag<State extends string>(prefix: string, toneOf: Record<State, Tone>) {
  return function StatusTag({ status }: { status: State }) {
    const { t } = useTranslation();
    const key = `${prefix}.${status}`;
    return <ToneTag tone={toneOf[status]}>{isMessageKey(key) ? t(key) : status}</ToneTag>;
  };
}
