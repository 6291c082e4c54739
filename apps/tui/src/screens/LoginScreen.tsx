import type { Label } from "@banli/kernel";
import { Box, Text } from "ink";
import { useState } from "react";
import { TextField } from "../components/TextField.js";
import { useLocale } from "../i18n/LocaleContext.js";
import type { MessageKey } from "../i18n/messages.js";
import { keymap } from "../keymap.js";
import { useKeys } from "../navigation/use-keys.js";
import { editText } from "../text/edit-text.js";
import { padToWidth } from "../text/width.js";
import { useTheme } from "../theme/ThemeContext.js";

export interface Credentials {
  readonly server: string;
  readonly username: string;
  readonly password: string;
}

type FieldName = keyof Credentials;

/**
 * Signing in: the server's URL (or, in local mode, the file, shown but fixed), user name and
 * password. The server judges the credentials; its refusal is shown in its words.
 */
export const LoginScreen = ({
  where,
  initial,
  login,
  onQuit,
  demo = false,
  notice,
}: {
  /** Remote: the URL is a field. Local: the file is fixed and only shown. */
  where: { readonly kind: "server" | "file"; readonly value: string };
  initial?: { readonly username?: string | undefined };
  login: (credentials: Credentials) => Promise<Label | undefined>;
  onQuit: () => void;
  demo?: boolean;
  /** Why the user is here again (their session ended). */
  notice?: string | undefined;
}) => {
  const theme = useTheme();
  const { t, l } = useLocale();
  const fields: ReadonlyArray<FieldName> =
    where.kind === "server" ? ["server", "username", "password"] : ["username", "password"];
  const [values, setValues] = useState<Credentials>({
    server: where.value,
    username: initial?.username ?? "",
    password: "",
  });
  const [focus, setFocus] = useState(initial?.username === undefined ? 0 : fields.length - 1);
  const [problem, setProblem] = useState<string | undefined>(notice);
  const [busy, setBusy] = useState(false);

  const submit = () => {
    if (values.username.trim() === "" || values.password === "") {
      setProblem(t("loginNeeds"));
      return;
    }
    setBusy(true);
    setProblem(undefined);
    login({ ...values, username: values.username.trim(), server: values.server.trim() }).then(
      (refusal) => {
        // On success this screen is replaced; only a refusal comes back here.
        if (refusal !== undefined) {
          setBusy(false);
          setProblem(l(refusal));
          setValues((v) => ({ ...v, password: "" }));
          setFocus(fields.indexOf("password"));
        }
      },
    );
  };

  useKeys(
    (input, key) => {
      if (busy) return;
      const field = fields[focus];
      if (key.escape) onQuit();
      else if (key.return) submit();
      else if (keymap.prevField.matches(input, key)) setFocus(Math.max(0, focus - 1));
      else if (keymap.nextField.matches(input, key))
        setFocus(Math.min(fields.length - 1, focus + 1));
      else if (field !== undefined)
        setValues((v) => ({ ...v, [field]: editText(v[field], input, key) ?? v[field] }));
    },
    { isActive: true },
  );

  const titles: Record<FieldName, MessageKey> = {
    server: "server",
    username: "username",
    password: "password",
  };
  return (
    <Box flexDirection="column">
      <Text bold color={theme.accent}>
        {t("loginTitle")}
      </Text>
      <Box flexDirection="column" marginY={1}>
        {where.kind === "file" ? (
          <Text>
            <Text color={theme.muted}>{padToWidth(`  ${t("localFile")}`, 16)}</Text>
            {where.value}
          </Text>
        ) : null}
        {fields.map((name, index) => {
          const focused = index === focus && !busy;
          const shown =
            name === "password" ? "•".repeat([...values.password].length) : values[name];
          return (
            <Box key={name}>
              <Text {...(focused ? { color: theme.focus, bold: true } : {})}>
                {padToWidth(`${focused ? "› " : "  "}${t(titles[name])}`, 16)}
              </Text>
              <TextField value={shown} focused={focused} />
            </Box>
          );
        })}
      </Box>
      {problem === undefined ? null : (
        <Text color={theme.status.danger} bold>
          {problem}
        </Text>
      )}
      <Text color={theme.muted}>{busy ? t("signingIn") : t("loginHint")}</Text>
      {where.kind === "server" ? <Text color={theme.muted}>{t("localHint")}</Text> : null}
      {demo ? <Text color={theme.muted}>{t("demoLogin")}</Text> : null}
    </Box>
  );
};
