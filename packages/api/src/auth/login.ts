import type { ApiDeps } from "../deps.js";
import { refuse } from "../errors.js";
import { recordSecurityEvent } from "../security-log.js";
import { instantOf } from "../time.js";
import type { CookieJar } from "../trpc.js";
import { decoyHash, verifyPassword } from "./password.js";

// One answer for every failure: unknown name, wrong password, deactivated user, locked out.
const failed = () => refuse("LoginFailed", "用户名或密码错误", "Wrong user name or password");

export const login = async (
  deps: ApiDeps,
  cookies: CookieJar,
  address: string,
  input: { readonly username: string; readonly password: string },
) => {
  const now = deps.now();
  const at = instantOf(now);
  const name = input.username.trim().toLowerCase();
  const fail = async () => {
    await deps.throttle.failed(name, address, now.getTime());
    await recordSecurityEvent(
      deps.store,
      { _tag: "LoginFailed", name: name.slice(0, 64), address },
      at,
      null,
    );
    return failed();
  };
  if (!(await deps.throttle.allowed(name, address, now.getTime()))) {
    // Verify against the decoy anyway so a lock costs the same time as a wrong password.
    await verifyPassword(await decoyHash(), input.password);
    throw await fail();
  }
  const user = deps.projector.directory().users.get(name);
  const stored = user?.active === true ? await deps.credentials.get(name) : undefined;
  const ok = await verifyPassword(stored ?? (await decoyHash()), input.password);
  if (user === undefined || stored === undefined || !ok) throw await fail();
  await deps.throttle.succeeded(name);
  // Rotation: whatever session the browser had is ended; the new one gets a fresh id.
  if (cookies.sessionId !== undefined) await deps.sessions.destroy(cookies.sessionId);
  const session = await deps.sessions.create(user.userId, now.getTime());
  cookies.setSession(session.id);
  await recordSecurityEvent(
    deps.store,
    { _tag: "LoginSucceeded", userId: user.userId, address },
    at,
    {
      userId: user.userId,
      name: user.name,
      unitId: user.unitId,
    },
  );
  return { userId: user.userId, name: user.name, unitId: user.unitId, roles: user.roles };
};
