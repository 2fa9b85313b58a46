import { Anchor, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePart } from '../../../common/src/case-parts';
import { DateText } from '../ui/DateText';
import { FileDropzone } from '../ui/FileDropzone';
import { uploadFile } from '../ui/upload';
import { megabytes, useFileUpload } from '../ui/useFileUpload';
import { caseKeys } from './api';
import type { CaseDetail } from './types';

/** The server's limit; the content decides the type, the accepted list only guides the picker. */
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const ACCEPTED = ['.pdf', '.docx', '.xlsx', '.doc', '.xls', '.png', '.jpg', '.jpeg'];

/** Scans and papers of the case, each kept with a part of the record and seen only with it. */
export function DocumentsCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [part, setPart] = useState<CasePart>(detail.parts[0] ?? 'identity');
  const upload = useFileUpload({
    maxBytes: MAX_DOCUMENT_BYTES,
    tooLarge: (file) => ({ title: t('cases.documents.tooLargeTitle'), detail: t('cases.documents.tooLarge', { size: megabytes(file.size), limit: megabytes(MAX_DOCUMENT_BYTES) }) }),
  });

  const send = async (file: File) => {
    const url = `/api/cases/${detail.id}/documents?fileName=${encodeURIComponent(file.name)}&part=${part}`;
    const added = await upload.run(file, (chosen, onProgress, signal) => uploadFile<{ id: string }>({ url, file: chosen, onProgress, signal }));
    if (added) {
      notifications.show({ color: 'teal', message: t('cases.documents.added', { name: file.name }) });
      await queryClient.invalidateQueries({ queryKey: caseKeys.detail(detail.id) });
    }
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="case-documents">
      <Stack gap="sm">
        <Title order={2} size="h4" id="case-documents">
          {t('cases.documents.title')}
        </Title>
        {detail.documents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('cases.documents.none')}
          </Text>
        ) : (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.documents.file')}</Table.Th>
                <Table.Th scope="col">{t('cases.documents.part')}</Table.Th>
                <Table.Th scope="col">{t('cases.documents.size')}</Table.Th>
                <Table.Th scope="col">{t('cases.documents.addedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.documents.map((document) => (
                <Table.Tr key={document.id}>
                  <Table.Td>
                    <Anchor href={`/api/cases/${detail.id}/documents/${document.id}`} download={document.fileName} size="sm">
                      {document.fileName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`cases.code.part.${document.part}`)}</Table.Td>
                  <Table.Td>{megabytes(document.size)} MB</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {document.author}, <DateText value={document.createdAt} withTime />
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {detail.parts.length > 0 && (
          <Stack gap="xs">
            <NativeSelect
              label={t('cases.documents.part')}
              value={part}
              onChange={(event) => setPart(event.currentTarget.value as CasePart)}
              data={detail.parts.map((value) => ({ value, label: t(`cases.code.part.${value}`) }))}
            />
            <FileDropzone
              label={t('cases.documents.add')}
              hint={t('cases.documents.hint', { limit: megabytes(MAX_DOCUMENT_BYTES) })}
              accept={ACCEPTED}
              file={upload.file}
              progress={upload.progress}
              error={upload.error}
              uploadingLabel={t('cases.documents.uploading')}
              readingLabel={t('cases.documents.reading')}
              onFile={(file) => void send(file)}
            />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
