import {
  type DraftGroup,
  type FieldError,
  makeEmptyDraft,
  makeFormModel,
  pathKey,
  toPayload,
  validateForm,
} from "@banli/client";
import type { AvailableAction } from "@banli/kernel";
import { Box, Text, useStdout } from "ink";
import { useMemo, useState } from "react";
import { useDataSource } from "../data/DataSourceContext.js";
import type { ActResult, Payload } from "../data/data-source.js";
import { useQuery } from "../data/use-query.js";
import {
  addEntry,
  firstLineOf,
  getAt,
  leavesOf,
  type PlacedLeaf,
  removeEntry,
  setInDraft,
} from "../forms/leaves.js";
import { bureauToday, cycleEntry, entriesFor, namePathFor, shiftDate } from "../forms/pickers.js";
import { windowAround } from "../forms/window.js";
import { useLocale } from "../i18n/LocaleContext.js";
import { keymap } from "../keymap.js";
import { useKeys } from "../navigation/use-keys.js";
import { editText } from "../text/edit-text.js";
import { useTheme } from "../theme/ThemeContext.js";
import { FormFieldRow } from "./FormFieldRow.js";

const isChoice = (leaf: PlacedLeaf) =>
  leaf.kind === "control" && (leaf.field.kind === "choice" || leaf.field.kind === "boolean");
const isTyped = (leaf: PlacedLeaf) => leaf.kind === "control" && !isChoice(leaf);
const referenceOf = (leaf: PlacedLeaf) =>
  leaf.kind === "control" && (leaf.field.kind === "text" || leaf.field.kind === "textarea")
    ? leaf.field.refersTo
    : undefined;

/**
 * A command's form, generated from its schema by `@banli/client`'s form model (the same one the
 * web console draws). The schema judges the draft first, by field; then the server (here the
 * kernel) decides, and a refusal is shown in its words.
 */
export const ActionFormScreen = ({
  action,
  submit,
  onDone,
  onCancel,
  active = true,
}: {
  action: AvailableAction;
  submit: (payload: Payload) => Promise<ActResult>;
  onDone: (result: Extract<ActResult, { ok: true }>) => void;
  onCancel: () => void;
  active?: boolean;
}) => {
  const theme = useTheme();
  const { t, l } = useLocale();
  const source = useDataSource();
  // Units and people for the pickers; a form without reference fields never waits for it.
  const directory = useQuery(() => source.directory(), [source]);
  const people = directory.state === "ready" ? directory.value : undefined;
  const model = useMemo(() => makeFormModel(action.schema), [action.schema]);
  const [draft, setDraft] = useState<DraftGroup>(() => makeEmptyDraft(model.fields));
  const leaves = leavesOf(model.fields, draft);
  const [focus, setFocus] = useState(0);
  const [errors, setErrors] = useState<ReadonlyArray<FieldError>>([]);
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const update = (leaf: PlacedLeaf, change: (value: unknown) => string | boolean | undefined) =>
    // Functional update: two keys in one tick must both land.
    setDraft((current) => {
      const next = change(getAt(current, leaf.path));
      return next === undefined ? current : setInDraft(current, leaf.path, next);
    });

  const send = () => {
    const result = validateForm(action.schema, model, draft);
    setRefusal(undefined);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    setBusy(true);
    submit({ ...toPayload(model, draft), _tag: model.tag }).then((answer) => {
      setBusy(false);
      if (answer.ok) onDone(answer);
      else setRefusal(l(answer.reason));
    });
  };

  /** ←/→ on a unit or person: the next one in the directory, its name filled in beside it. */
  const pick = (leaf: PlacedLeaf, step: 1 | -1) => {
    const refersTo = referenceOf(leaf);
    const entries = entriesFor(people, refersTo);
    if (refersTo === undefined || entries === undefined) return;
    setDraft((current) => {
      const typed = getAt(current, leaf.path);
      const next = cycleEntry(entries, typeof typed === "string" ? typed : "", step);
      if (next === undefined) return current;
      const withId = setInDraft(current, leaf.path, next.id);
      const namePath = namePathFor(leaf.path, refersTo);
      return namePath === undefined ? withId : setInDraft(withId, namePath, next.name);
    });
  };

  const addTo = (leaf: PlacedLeaf) => {
    const list = leaf.kind === "list" ? leaf : undefined;
    const owner = leaf.entry === undefined ? undefined : pathKey(leaf.entry.list);
    const target = list ?? leaves.find((l) => l.kind === "list" && pathKey(l.path) === owner);
    if (target === undefined || target.kind !== "list") return;
    const next = addEntry(draft, target.path, target.field);
    setDraft(next);
    const line = firstLineOf(leavesOf(model.fields, next), {
      list: target.path,
      index: target.count,
    });
    if (line !== -1) setFocus(line);
  };

  const cycle = (leaf: PlacedLeaf, step: number) => {
    const { field } = leaf;
    if (field.kind === "boolean") update(leaf, (value) => value !== true);
    if (field.kind === "choice") {
      // "" is "not answered": a choice starts there, as the web console's select does.
      const keys = ["", ...field.options.map((o) => o.key)];
      update(leaf, (value) => {
        const index = keys.indexOf(typeof value === "string" ? value : "");
        return keys[(index + step + keys.length) % keys.length] ?? "";
      });
    }
  };

  useKeys(
    (input, key) => {
      if (busy) return;
      const leaf = leaves[focus];
      if (keymap.cancel.matches(input, key)) onCancel();
      else if (keymap.submit.matches(input, key)) send();
      else if (keymap.prevField.matches(input, key)) setFocus(Math.max(0, focus - 1));
      else if (keymap.nextField.matches(input, key))
        setFocus(Math.min(leaves.length - 1, focus + 1));
      else if (leaf === undefined) return;
      else if (keymap.addEntry.matches(input, key)) addTo(leaf);
      else if (keymap.removeEntry.matches(input, key) && leaf.entry !== undefined) {
        const entry = leaf.entry;
        setDraft((current) => removeEntry(current, entry));
        setFocus(Math.max(0, focus - 1));
      } else if (isChoice(leaf)) {
        if (keymap.choose.matches(input, key)) cycle(leaf, key.leftArrow ? -1 : 1);
        else if (input === " ") cycle(leaf, 1);
      } else if (keymap.pick.matches(input, key) && referenceOf(leaf) !== undefined)
        pick(leaf, key.leftArrow ? -1 : 1);
      else if (keymap.pick.matches(input, key) && leaf.field.kind === "date")
        update(leaf, (value) =>
          shiftDate(typeof value === "string" ? value : "", key.leftArrow ? -1 : 1, bureauToday()),
        );
      else if (isTyped(leaf))
        update(leaf, (value) => editText(typeof value === "string" ? value : "", input, key));
    },
    { isActive: active },
  );

  // The frame's other lines (title, border, hints, status) and a line per error take ~16 rows.
  const { stdout } = useStdout();
  const window = windowAround(
    leaves.length,
    focus,
    stdout.rows === undefined ? undefined : stdout.rows - 16 - errors.length,
  );

  const errorAt = (leaf: PlacedLeaf) =>
    errors.find((e) => pathKey(e.path) === pathKey(leaf.path))?.message;
  const stray = errors.filter(
    (e) => !leaves.some((leaf) => pathKey(leaf.path) === pathKey(e.path)),
  );

  return (
    <Box flexDirection="column">
      <Text bold color={theme.accent}>
        {l(action.label)}
        {/* The schema's own title, when it says more than the action's name. */}
        {l(model.label) === l(action.label) ? null : (
          <Text color={theme.muted}> · {l(model.label)}</Text>
        )}
      </Text>
      {model.description === undefined ? null : (
        <Text color={theme.muted}>{l(model.description)}</Text>
      )}
      <Box flexDirection="column" marginY={1}>
        {window.start > 0 ? <Text color={theme.muted}> ↑ {window.start}</Text> : null}
        {leaves.slice(window.start, window.end).map((leaf, offset) => {
          const index = window.start + offset;
          const message = errorAt(leaf);
          return (
            <FormFieldRow
              key={pathKey(leaf.path)}
              leaf={leaf}
              value={getAt(draft, leaf.path)}
              focused={active && index === focus}
              error={message === undefined ? undefined : l(message)}
              choices={entriesFor(people, referenceOf(leaf))}
            />
          );
        })}
        {window.end < leaves.length ? (
          <Text color={theme.muted}> ↓ {leaves.length - window.end}</Text>
        ) : null}
      </Box>
      {errors.length > 0 ? (
        <Text color={theme.status.danger}>
          {t("invalid")}
          {stray.map((e) => `${t("colon")}${pathKey(e.path)} ${l(e.message)}`).join("")}
        </Text>
      ) : null}
      {refusal === undefined ? null : (
        <Text color={theme.status.danger} bold>
          {t("refused")}
          {t("colon")}
          {refusal}
        </Text>
      )}
      <Text color={theme.muted}>{busy ? t("loading") : t("submitHint")}</Text>
      {leaves.some((leaf) => leaf.kind === "list") ? (
        <Text color={theme.muted}>{t("listHint")}</Text>
      ) : null}
    </Box>
  );
};
