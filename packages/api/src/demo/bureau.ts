import type { Role } from "@banli/kernel";

/**
 * The demo bureau (武汉市科学技术局 style): its units and one user per role, named in pinyin.
 * Every demo user's password is `demoPassword`; `banli seed --demo` prints them.
 */
export const demoPassword = "demo12345";

export const demoUnits = [
  { unitId: "bangongshi", name: "局办公室" },
  { unitId: "lingdao", name: "局领导" },
  { unitId: "chengguo", name: "成果转化处" },
  { unitId: "chanye", name: "产业发展处" },
  { unitId: "jiyaoshi", name: "局机要室" },
  { unitId: "wenyinshi", name: "局文印室" },
  { unitId: "jiandingzu", name: "局档案销毁鉴定小组" },
  { unitId: "shenjishi", name: "审计室" },
  { unitId: "xinxizhongxin", name: "信息中心" },
] as const;

export interface DemoUser {
  readonly userId: string;
  readonly name: string;
  readonly unitId: (typeof demoUnits)[number]["unitId"];
  readonly roles: ReadonlyArray<Role>;
}

export const demoUsers: ReadonlyArray<DemoUser> = [
  { userId: "bangongshi", name: "王经办", unitId: "bangongshi", roles: ["office-clerk"] },
  { userId: "zhuren", name: "李主任", unitId: "bangongshi", roles: ["office-director"] },
  { userId: "shenhe", name: "赵审核", unitId: "bangongshi", roles: ["office-reviewer"] },
  { userId: "xinxiyuan", name: "钱信息", unitId: "bangongshi", roles: ["information-officer"] },
  { userId: "fenguan", name: "张副局长", unitId: "lingdao", roles: ["leader-in-charge"] },
  { userId: "juzhang", name: "陈局长", unitId: "lingdao", roles: ["principal-leader"] },
  { userId: "chuzhang", name: "吴处长", unitId: "chengguo", roles: ["division-head"] },
  { userId: "chengban", name: "周科员", unitId: "chengguo", roles: ["division-handler"] },
  { userId: "jiyao", name: "孙机要", unitId: "jiyaoshi", roles: ["confidential-office"] },
  { userId: "wenyin", name: "郑文印", unitId: "wenyinshi", roles: ["print-room"] },
  { userId: "luru", name: "冯录入", unitId: "chengguo", roles: ["data-entry-clerk"] },
  { userId: "dangan", name: "何档案", unitId: "bangongshi", roles: ["archivist"] },
  { userId: "jianding", name: "许鉴定", unitId: "jiandingzu", roles: ["appraisal-group"] },
  { userId: "shenji", name: "吕审计", unitId: "shenjishi", roles: ["auditor"] },
  { userId: "admin", name: "系统管理员", unitId: "xinxizhongxin", roles: ["administrator"] },
];

/** The bureau's numbering configuration: its 机关代字, 全宗号 and 机构代码. */
export const demoRegisters = {
  agencyPrefixes: ["武科", "武科函", "武科办"],
  fonds: "Z109",
  orgCodes: ["BGS", "CGC", "CYC"],
} as const;
