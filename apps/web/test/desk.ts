import type { Locator, Page } from "playwright-core";
import type { FileToUpload } from "./journeys.js";

/** Every demo user's password (packages/api/src/demo/bureau.ts). */
const demoPassword = "demo12345";

const isFile = (value: unknown): value is FileToUpload =>
  typeof value === "object" && value !== null && "$file" in value;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What the case page shows after a step: its status (in words) and the outcome line. */
export interface Outcome {
  readonly status: string;
  readonly done: string;
}

/**
 * The step driver of the e2e journeys: it does what an office worker does in the console —
 * signs in as someone, opens a case, chooses an action, fills the generated form control by
 * control (found by the field's path, which each control carries as its `name`), sends it and
 * reads what the page says. Nothing here talks to the server except through the page.
 */
export class Desk {
  private user: string | undefined;

  constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  /** Signs in as `user` (signing whoever is in out first), through the login page. */
  async loginAs(user: string): Promise<void> {
    if (this.user === user) return;
    if (this.user !== undefined) await this.logout();
    await this.page.goto(`${this.url}login`);
    await this.page.getByLabel("用户名").fill(user);
    await this.page.getByLabel("密码").fill(demoPassword);
    await this.page.getByRole("button", { name: "登录" }).click();
    await this.page.locator(`.app-user__who[data-user="${user}"]`).waitFor();
    this.user = user;
  }

  async logout(): Promise<void> {
    await this.page.getByRole("button", { name: "退出登录" }).click();
    await this.page.locator(".app-user__login").waitFor();
    this.user = undefined;
  }

  /** Starts a case from 发起 with the first form filled; answers its id and shown number. */
  async start(
    process: string,
    command: Readonly<Record<string, unknown>>,
  ): Promise<{ caseId: string; message: string }> {
    await this.page.goto(`${this.url}cases/new`);
    await this.page.getByLabel("选择要发起的事项").selectOption(`${process}/${command._tag}`);
    const form = this.page.locator("form.command-form");
    await this.fill(form, command);
    await form.getByRole("button", { name: "提交" }).click();
    const opened = this.page.locator(".new-case__opened");
    await Promise.race([opened.waitFor(), this.failure(form)]);
    const href = (await opened.getByRole("link").getAttribute("href")) ?? "";
    return {
      caseId: decodeURIComponent(href.replace(/^\/cases\//, "")),
      message: (await opened.textContent()) ?? "",
    };
  }

  async open(caseId: string): Promise<void> {
    await this.page.goto(`${this.url}cases/${encodeURIComponent(caseId)}`);
    await this.page.locator("[data-field=status]").waitFor();
  }

  /** Chooses an available action of the open case, fills its form and sends it. */
  async act(command: Readonly<Record<string, unknown>>): Promise<Outcome> {
    const form = await this.choose(command);
    await form.getByRole("button", { name: "提交" }).click();
    const done = this.page.locator(".action-panel__done");
    await Promise.race([
      this.page.waitForFunction(
        () => (document.querySelector(".action-panel__done")?.textContent ?? "") !== "",
      ),
      this.failure(form),
    ]);
    return {
      status: (await this.page.locator("[data-field=status]").textContent()) ?? "",
      done: (await done.textContent()) ?? "",
    };
  }

  /** Like `act`, for a command the server refuses: answers the refusal as the form shows it. */
  async refused(command: Readonly<Record<string, unknown>>): Promise<string> {
    const form = await this.choose(command);
    await form.getByRole("button", { name: "提交" }).click();
    const refusal = form.locator(".command-form__refusal");
    await refusal.waitFor();
    return (await refusal.textContent()) ?? "";
  }

  /** The tags of the actions the open case offers this user. */
  async actions(): Promise<ReadonlyArray<string>> {
    const buttons = this.page.locator(".action-panel__buttons button[data-command]");
    return (
      await buttons.evaluateAll((all) => all.map((b) => b.getAttribute("data-command")))
    ).filter((tag): tag is string => tag !== null);
  }

  private async choose(command: Readonly<Record<string, unknown>>): Promise<Locator> {
    const tag = String(command._tag);
    const button = this.page.locator(`.action-panel__buttons button[data-command="${tag}"]`);
    if ((await button.count()) === 0) {
      throw new Error(
        `${this.user} is not offered ${tag}; offered: ${(await this.actions()).join(", ")}`,
      );
    }
    await button.click();
    const form = this.page.locator(`.action-panel__form[data-form="${tag}"] form`);
    await this.fill(form, command);
    return form;
  }

  /** Rejects with what the form says when it refuses (its checks or the server's). */
  private async failure(form: Locator): Promise<never> {
    const said = form.locator(".command-form__refusal, .command-form__summary:not([hidden])");
    await said.first().waitFor();
    throw new Error(`the form said: ${await said.first().textContent()}`);
  }

  /** Fills the controls of a payload, by path (`lead.dueOn`, `attachments.0.name` …). */
  async fill(form: Locator, value: unknown, path: ReadonlyArray<string | number> = []) {
    if (isRecord(value) && !isFile(value)) {
      for (const [key, inner] of Object.entries(value)) {
        if (key !== "_tag") await this.fill(form, inner, [...path, key]);
      }
      return;
    }
    const name = path.join(".");
    if (Array.isArray(value)) {
      const entries = form.locator(`fieldset[data-path="${name}"] > .repeat-entry`);
      while ((await entries.count()) < value.length) {
        await form.locator(`button[data-add="${name}"]`).click();
      }
      for (const [index, inner] of value.entries()) await this.fill(form, inner, [...path, index]);
      return;
    }
    if (isFile(value)) {
      const entry = form
        .locator(`fieldset[data-path="${path.slice(0, -1).join(".")}"] > .repeat-entry`)
        .nth(Number(path.at(-1)));
      await entry.locator(`[name="${name}.medium"]`).selectOption(value.medium);
      await entry.locator("input[type=file]").setInputFiles({
        name: value.$file.name,
        mimeType: value.$file.mimeType,
        buffer: Buffer.from(value.$file.text),
      });
      await entry.getByText(`已上传：${value.$file.name}`).waitFor();
      return;
    }
    // Unit and person pickers draw their names once the directory has loaded.
    await form.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
    const control = form.locator(`[name="${name}"]`);
    const kind = await control.evaluate((el) =>
      el instanceof HTMLSelectElement
        ? "select"
        : el instanceof HTMLInputElement
          ? el.readOnly
            ? "readonly"
            : el.type
          : "text",
    );
    // A name filled by the unit or person picked just before: it must be the one intended.
    if (kind === "readonly") {
      const filled = await control.inputValue();
      if (filled !== String(value))
        throw new Error(`${name} was filled as ${filled}, not ${value}`);
    } else if (kind === "select") await control.selectOption(String(value));
    else if (kind === "checkbox") await control.setChecked(value === true);
    else await control.fill(String(value));
  }
}
