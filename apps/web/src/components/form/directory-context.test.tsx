import { Operations, Supervision } from "@banli/kernel";
import { cleanup, fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { createSignal, Show } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { ApiProvider } from "../../api/ApiProvider.jsx";
import { SessionProvider } from "../../auth/SessionProvider.jsx";
import { clerk, fakeServer, renderWithI18n } from "../../test-support.jsx";
import { CommandForm } from "../CommandForm.jsx";
import { DirectoryProvider } from "./directory-context.jsx";

afterEach(cleanup);

const server = () =>
  fakeServer({
    "auth.me": () => clerk,
    "directory.units": () => [{ unitId: "chengguo", unitName: "成果转化处" }],
    "directory.people": () => [
      { userId: "fenguan", name: "张副局长", unitId: "lingdao", unitName: "局领导", roles: [] },
    ],
  });

describe("DirectoryProvider", () => {
  it("loads the directory once for the session, however many forms draw pickers", async () => {
    const fake = server();
    const [second, setSecond] = createSignal(false);
    renderWithI18n(() => (
      <ApiProvider client={fake.client}>
        <SessionProvider>
          <DirectoryProvider>
            <CommandForm schema={Supervision.AssignUnits} onSubmit={() => {}} />
            <Show when={second()}>
              <CommandForm schema={Operations.SubmitForInstruction} onSubmit={() => {}} />
            </Show>
          </DirectoryProvider>
        </SessionProvider>
      </ApiProvider>
    ));
    await waitFor(() => expect(screen.getAllByRole("option", { name: "成果转化处" })).toBeTruthy());
    const leaders = () => screen.getAllByRole("option", { name: "张副局长（局领导）" }).length;
    const before = leaders();
    setSecond(true);
    await waitFor(() => expect(leaders()).toBeGreaterThan(before));
    const asked = fake.calls.filter((call) => call.path.startsWith("directory."));
    expect(asked.map((call) => call.path).sort()).toEqual(["directory.people", "directory.units"]);
  });

  it("asks nothing while no form needs a picker", async () => {
    const fake = server();
    renderWithI18n(() => (
      <ApiProvider client={fake.client}>
        <SessionProvider>
          <DirectoryProvider>
            <CommandForm schema={Operations.AcceptAssignment} onSubmit={() => {}} />
          </DirectoryProvider>
        </SessionProvider>
      </ApiProvider>
    ));
    await waitFor(() => expect(fake.calls.some((call) => call.path === "auth.me")).toBe(true));
    fireEvent.click(screen.getByRole("button", { name: "提交" }));
    expect(fake.calls.some((call) => call.path.startsWith("directory."))).toBe(false);
  });
});
