// How the timeline names lanes and times in the UI's language.

import { locale, t } from '../../i18n';
import type { Lane } from '../../timeline/lanes';
import { dateFormat } from '../../timeline/ticks';

/** A lane's title: the device's name, else its model, else a word for what the lane is. */
export function laneName(lane: Lane): string {
  if (lane.kind === 'none') return t('timeline.lane.none');
  if (lane.kind === 'unlisted') return t('timeline.lane.unlisted', { id: lane.key });
  return lane.device?.name || lane.device?.model || t('timeline.lane.unnamed');
}

/** A lane's second line: the model, when the name is something else. */
export function laneModel(lane: Lane): string {
  const device = lane.device;
  if (!device) return '';
  const model = device.model || device.type || '';
  return model === laneName(lane) ? '' : model;
}

/** Date and time of an instant in the user's zone: "3 Mar 2024, 14:02". */
export function dateTime(ms: number, zone: string): string {
  return dateFormat(locale, zone, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** A date in the user's zone, without the time: "3 Mar 2024". */
export function date(ms: number, zone: string): string {
  return dateFormat(locale, zone, { dateStyle: 'medium' }).format(ms);
}
