/** Delegations as `delegations.list` answers them, for the component tests' fake server. */

const ref = (userId: string, name: string, unitId: string) => ({ userId, name, unitId });

export const leader = ref("fenguan", "张副局长", "lingdao");
export const director = ref("zhuren", "李主任", "bangongshi");
export const chief = ref("juzhang", "陈局长", "lingdao");

export const grant = (
  grantId: string,
  principal: ReturnType<typeof ref>,
  deputy: ReturnType<typeof ref>,
  extra: { until?: string; revokedAt?: string; active?: boolean } = {},
) => ({
  grantId,
  principal,
  deputy,
  until: extra.until,
  grantedAt: "2026-11-20T09:00:00+08:00",
  revokedAt: extra.revokedAt,
  active: extra.active ?? extra.revokedAt === undefined,
});

/** 李主任 as `auth.me` answers: the deputy in these tests. */
export const directorMe = {
  userId: "zhuren",
  name: "李主任",
  unitId: "bangongshi",
  unitName: "局办公室",
  roles: ["office-director"],
  roleLabels: [{ zh: "局办公室主任", en: "Office director" }],
};
