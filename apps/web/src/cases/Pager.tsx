import { useI18n } from "../i18n/I18nProvider.jsx";
import { fill } from "../i18n/messages.js";
import { words } from "./words.js";

/** Previous/next over a server-side list (offset and limit); the count says where one is. */
export const Pager = (props: {
  readonly offset: number;
  readonly limit: number;
  readonly total: number | undefined;
  readonly onChange: (offset: number) => void;
}) => {
  const { t } = useI18n();
  const total = () => props.total ?? 0;
  const to = () => Math.min(props.offset + props.limit, total());
  return (
    <nav class="pager" aria-label={t(words.paging)}>
      <button
        type="button"
        disabled={props.offset === 0}
        onClick={() => props.onChange(Math.max(0, props.offset - props.limit))}
      >
        {t(words.previous)}
      </button>
      <span class="pager__where" aria-live="polite">
        {props.total === undefined
          ? "\u00a0"
          : fill(t(words.page), {
              from: total() === 0 ? 0 : props.offset + 1,
              to: to(),
              total: total(),
            })}
      </span>
      <button
        type="button"
        disabled={props.total === undefined || to() >= total()}
        onClick={() => props.onChange(props.offset + props.limit)}
      >
        {t(words.next)}
      </button>
    </nav>
  );
};
