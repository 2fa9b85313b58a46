import { keepPreviousData, queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, queryString, type Page } from '../app/api';
import type {
  ActionItem,
  ActionItemFilters,
  ActionItemInput,
  AgendaInput,
  DecisionInput,
  Meeting,
  MeetingDetailsInput,
  MeetingFilters,
  MeetingList,
  OverdueActionItems,
  ParticipantsInput,
  ProgressInput,
} from './types';

export const MEETING_PAGE_SIZE = 50;
export const ACTION_ITEM_PAGE_SIZE = 50;
/** The largest page the server serves (a measure's items are read whole). */
const MAX_PAGE_SIZE = 200;

const enc = encodeURIComponent;

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (filters: MeetingFilters, page: number) => ['meetings', 'list', filters, page] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  actionItems: ['meetings', 'action-items'] as const,
  actionItemPage: (filters: ActionItemFilters, page: number) => ['meetings', 'action-items', 'page', filters, page] as const,
  measure: (measureId: string) => ['meetings', 'action-items', 'measure', measureId] as const,
  overdue: ['meetings', 'action-items', 'overdue'] as const,
};

export const meetingListQuery = (filters: MeetingFilters, page: number) =>
  queryOptions({
    queryKey: meetingKeys.list(filters, page),
    queryFn: ({ signal }) => api.get<MeetingList>(`/api/meetings${queryString({ ...filters, page, pageSize: MEETING_PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

export const meetingQuery = (id: string) =>
  queryOptions({
    queryKey: meetingKeys.detail(id),
    queryFn: ({ signal }) => api.get<Meeting>(`/api/meetings/${enc(id)}`, signal),
  });

export const actionItemPageQuery = (filters: ActionItemFilters, page: number) =>
  queryOptions({
    queryKey: meetingKeys.actionItemPage(filters, page),
    queryFn: ({ signal }) => api.get<Page<ActionItem>>(`/api/action-items${queryString({ ...filters, page, pageSize: ACTION_ITEM_PAGE_SIZE })}`, signal),
    placeholderData: keepPreviousData,
  });

/** The action items on one measure (through their decision's agenda item) that the reader may see. */
export const measureActionItemsQuery = (measureId: string) =>
  queryOptions({
    queryKey: meetingKeys.measure(measureId),
    queryFn: ({ signal }) => api.get<Page<ActionItem>>(`/api/action-items${queryString({ measureId, pageSize: MAX_PAGE_SIZE })}`, signal),
  });

export const overdueQuery = queryOptions({
  queryKey: meetingKeys.overdue,
  queryFn: ({ signal }) => api.get<OverdueActionItems>('/api/action-items/overdue?limit=8', signal),
});

export const minutesUrl = (meetingId: string) => `/api/meetings/${enc(meetingId)}/minutes.docx`;

/** After a change of a meeting: its own query holds the answer; lists and action items are read again. */
async function meetingChanged(queryClient: QueryClient, meeting: Meeting | undefined): Promise<void> {
  if (meeting) queryClient.setQueryData(meetingKeys.detail(meeting.id), meeting);
  await queryClient.invalidateQueries({ queryKey: meetingKeys.all, predicate: (q) => !meeting || q.queryKey[2] !== meeting.id });
}

function useMeetingMutation<TInput>(mutationFn: (input: TInput) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (meeting) => meetingChanged(queryClient, meeting) });
}

export const useCreateMeeting = () => useMeetingMutation((input: MeetingDetailsInput) => api.post<Meeting>('/api/meetings', input));

export const useSaveDetails = (id: string) =>
  useMeetingMutation((input: MeetingDetailsInput & { revision: number }) => api.put<Meeting>(`/api/meetings/${enc(id)}`, input));

export const useSaveParticipants = (id: string) =>
  useMeetingMutation((input: ParticipantsInput & { revision: number }) => api.put<Meeting>(`/api/meetings/${enc(id)}/participants`, input));

export const useSaveAgenda = (id: string) => useMeetingMutation((input: AgendaInput & { revision: number }) => api.put<Meeting>(`/api/meetings/${enc(id)}/agenda`, input));

export const useSaveMinutes = (id: string) =>
  useMeetingMutation((input: { minutes: string; revision: number }) => api.put<Meeting>(`/api/meetings/${enc(id)}/minutes`, input));

export function useDeleteMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/meetings/${enc(id)}`),
    onSuccess: async (_, id) => {
      queryClient.removeQueries({ queryKey: meetingKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    },
  });
}

export const useRecordDecision = (meetingId: string) =>
  useMeetingMutation((input: DecisionInput) => api.post<Meeting>(`/api/meetings/${enc(meetingId)}/decisions`, input));

export const useCorrectDecision = () => useMeetingMutation(({ id, ...input }: DecisionInput & { id: string }) => api.put<Meeting>(`/api/meeting-decisions/${enc(id)}`, input));

export const useDeleteDecision = () => useMeetingMutation((id: string) => api.delete<Meeting>(`/api/meeting-decisions/${enc(id)}`));

export const useCreateActionItem = () =>
  useMeetingMutation(({ decisionId, ...input }: ActionItemInput & { decisionId: string }) => api.post<Meeting>(`/api/meeting-decisions/${enc(decisionId)}/action-items`, input));

/** Changes of one action item: its meeting, lists, the measure sections and the dashboard are read again. */
function useActionItemMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }) });
}

export const useReportProgress = () => useActionItemMutation(({ id, ...input }: ProgressInput & { id: string }) => api.put<ActionItem>(`/api/action-items/${enc(id)}/progress`, input));

export const useEditActionItem = () =>
  useActionItemMutation(({ id, ...input }: ActionItemInput & ProgressInput & { id: string }) => api.put<ActionItem>(`/api/action-items/${enc(id)}`, input));

export const useDeleteActionItem = () => useActionItemMutation((id: string) => api.delete(`/api/action-items/${enc(id)}`));
