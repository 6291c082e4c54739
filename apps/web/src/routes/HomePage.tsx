import type { Label } from "@banli/kernel";
import { For } from "solid-js";
import { TrafficLight } from "../components/TrafficLight.jsx";
import { useI18n } from "../i18n/I18nProvider.jsx";
import { ui } from "../i18n/messages.js";
import { PlaceholderPage } from "./PlaceholderPage.jsx";

const boxes: ReadonlyArray<Label> = [
  { zh: "待办", en: "To do" },
  { zh: "已办", en: "Done" },
  { zh: "待阅", en: "To read" },
  { zh: "我发起的", en: "Started by me" },
];

/** 工作台: the four inboxes (counts arrive with the API) and what the lights mean. */
export const HomePage = () => {
  const { t } = useI18n();
  return (
    <PlaceholderPage title={ui.home}>
      <ul class="inbox-tiles">
        <For each={boxes}>
          {(box) => (
            <li class="inbox-tile">
              <span class="inbox-tile__label">{t(box)}</span>
              {/* A fixed-size slot: the count fills it without moving the page. */}
              <span class="inbox-tile__count" aria-hidden="true">
                —
              </span>
            </li>
          )}
        </For>
      </ul>
      <p class="legend">
        <TrafficLight light="green" /> <TrafficLight light="yellow" /> <TrafficLight light="red" />
      </p>
    </PlaceholderPage>
  );
};
