/** Who is signed in, as `auth.me` answers, for the back office's component tests. */

export const adminMe = {
  userId: "admin",
  name: "系统管理员",
  unitId: "bangongshi",
  unitName: "局办公室",
  roles: ["administrator"],
  roleLabels: [{ zh: "系统管理员", en: "Administrator" }],
};

export const auditorMe = {
  userId: "shenji",
  name: "吕审计",
  unitId: "shenji",
  unitName: "审计室",
  roles: ["auditor"],
  roleLabels: [{ zh: "审计", en: "Auditor" }],
};
