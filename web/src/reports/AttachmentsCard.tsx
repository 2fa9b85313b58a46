import { Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { ConfirmButton } from '../ui/ConfirmButton';
import { DateText } from '../ui/DateText';
import { FileDropzone } from '../ui/FileDropzone';
import { uploadFile } from '../ui/upload';
import { megabytes, useFileUpload } from '../ui/useFileUpload';
import { reportKeys } from './api';
import type { Attachment, Entry } from './types';

/** The server's limit; the content decides the type, the accepted list only guides the picker. */
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const ACCEPTED = ['.pdf', '.docx', '.xlsx', '.doc', '.xls', '.png', '.jpg', '.jpeg'];

const fileUrl = (entryId: string, attachment: Attachment) => `/api/report-entries/${entryId}/attachments/${attachment.id}`;

/** Documents attached to an entry: download for whoever sees the entry; add and remove while it is editable. */
export function AttachmentsCard({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const upload = useFileUpload({
    maxBytes: MAX_ATTACHMENT_BYTES,
    tooLarge: (file) => ({ title: t('reports.attachments.tooLargeTitle'), detail: t('reports.attachments.tooLarge', { size: megabytes(file.size), limit: megabytes(MAX_ATTACHMENT_BYTES) }) }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: reportKeys.entry(entry.id) });

  const send = async (file: File) => {
    const url = `/api/report-entries/${entry.id}/attachments?fileName=${encodeURIComponent(file.name)}`;
    const added = await upload.run(file, (chosen, onProgress, signal) => uploadFile<Attachment>({ url, file: chosen, onProgress, signal }));
    if (added) {
      notifications.show({ color: 'teal', message: t('reports.attachments.added', { name: added.fileName }) });
      await refresh();
    }
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`attachments-${entry.id}`}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={`attachments-${entry.id}`}>
          {t('reports.attachments.title')}
        </Title>
        {entry.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reports.attachments.none')}
          </Text>
        ) : (
          <Table striped withTableBorder>
            <Table.Tbody>
              {entry.attachments.map((attachment) => (
                <Table.Tr key={attachment.id}>
                  <Table.Td>
                    <Anchor href={fileUrl(entry.id, attachment)} download={attachment.fileName} size="sm">
                      {attachment.fileName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{megabytes(attachment.size)} MB</Text>
                  </Table.Td>
                  <Table.Td>
                    <DateText value={attachment.createdAt} withTime />
                  </Table.Td>
                  {entry.abilities.edit && (
                    <Table.Td>
                      <Group justify="flex-end">
                        <ConfirmButton
                          label={t('common.delete')}
                          title={t('reports.attachments.deleteTitle', { name: attachment.fileName })}
                          confirmLabel={t('common.delete')}
                          danger
                          buttonProps={{ size: 'xs', 'aria-label': t('reports.attachments.deleteNamed', { name: attachment.fileName }) }}
                          onConfirm={async () => {
                            await api.delete(fileUrl(entry.id, attachment));
                            await refresh();
                          }}
                        />
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {entry.abilities.edit && (
          <FileDropzone
            label={t('reports.attachments.file')}
            hint={t('reports.attachments.hint', { limit: megabytes(MAX_ATTACHMENT_BYTES) })}
            accept={ACCEPTED}
            file={upload.file}
            progress={upload.progress}
            error={upload.error}
            uploadingLabel={t('reports.attachments.uploading')}
            readingLabel={t('reports.attachments.checking')}
            onFile={(file) => void send(file)}
          />
        )}
      </Stack>
    </Card>
  );
}
