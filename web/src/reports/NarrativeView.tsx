import { List, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { parseNarrative, type Inline } from '../../../common/src/narrative';
import classes from './reports.module.css';

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) => (inline.bold ? <strong key={i}>{inline.text}</strong> : <span key={i}>{inline.text}</span>))}
    </>
  );
}

/** The narrative's markup as React elements: paragraphs, bullet lists, bold. Never HTML from the text. */
export function NarrativeView({ text, empty }: { text: string; empty?: string }) {
  const blocks = useMemo(() => parseNarrative(text), [text]);
  if (blocks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty ?? '—'}
      </Text>
    );
  }
  return (
    <Stack gap="xs" lang="az" className={classes.narrative}>
      {blocks.map((block, i) =>
        block.type === 'paragraph' ? (
          <Text key={i} size="sm" className={classes.paragraph}>
            <Inlines inlines={block.inlines} />
          </Text>
        ) : (
          <List key={i} size="sm" spacing={2} withPadding>
            {block.items.map((item, j) => (
              <List.Item key={j}>
                <Inlines inlines={item} />
              </List.Item>
            ))}
          </List>
        ),
      )}
    </Stack>
  );
}
