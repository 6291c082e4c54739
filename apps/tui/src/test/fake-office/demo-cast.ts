import { type Actor, type Role, UnitId, UserId } from "@banli/kernel";

/** The invented people of the demo office (the same roles the kernel's tests use). */
const person = (id: string, name: string, unit: string, ...roles: ReadonlyArray<Role>): Actor => ({
  userId: UserId.make(id),
  name,
  unitId: UnitId.make(unit),
  roles,
});

export const demoUnits = {
  office: { unitId: UnitId.make("office"), unitName: "局办公室" },
  science: { unitId: UnitId.make("science"), unitName: "科技处" },
} as const;

export const demoCast = {
  clerk: person("u-clerk", "王经办", "office", "office-clerk"),
  director: person("u-director", "李主任", "office", "office-director"),
  leader: person("u-leader", "张局长", "leadership", "leader-in-charge"),
  scienceHandler: person("u-sci", "周科员", "science", "division-handler"),
} as const;

export const unitNames: Readonly<Record<string, string>> = {
  office: "局办公室",
  science: "科技处",
  leadership: "局领导",
};
