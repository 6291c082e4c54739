import type { Label, TrafficLight as Light } from "@banli/kernel";
import { useI18n } from "../i18n/I18nProvider.jsx";

/**
 * The kernel's `trafficLightLabels`, repeated here because importing any value of the kernel
 * pulls effect and the holiday calendar into the first screen's bundle; a test keeps the two
 * equal.
 */
export const lightLabels: Record<Light, Label> = {
  green: { zh: "正常", en: "On track" },
  yellow: { zh: "临期", en: "Due soon" },
  red: { zh: "逾期", en: "Overdue" },
};

/** A distinct shape per light, so the state reads without telling colours apart. */
const shapes: Record<Light, string> = { green: "●", yellow: "▲", red: "■" };

/** A due date's traffic light (the kernel decides which; this only draws it), with its word. */
export const TrafficLight = (props: { readonly light: Light; readonly title?: string }) => {
  const { t } = useI18n();
  return (
    <span class={`traffic-light traffic-light--${props.light}`} title={props.title}>
      <span class="traffic-light__shape" aria-hidden="true">
        {shapes[props.light]}
      </span>
      {t(lightLabels[props.light])}
    </span>
  );
};
