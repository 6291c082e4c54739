import { FastCheck, Schema, SchemaAST } from "effect";
import { describe, expect, it } from "vitest";
import type { Actor } from "../../shared/actor.js";
import { AttachmentId } from "../../shared/attachment.js";
import { chineseDaysCalendar } from "../../shared/calendar.js";
import { tagsOf } from "../../shared/command-table.js";
import { fold } from "../../shared/decider.js";
import { recorded, unread, whoDid } from "../../shared/operations/index.js";
import { cast, meta, units } from "../../shared/testing/fixtures.js";
import { histories, specify } from "../../shared/testing/given.js";
import { propertyRun } from "../../shared/testing/properties.js";
import {
  cmd,
  date,
  directorApproves,
  hash,
  headApproves,
  officerApproves,
  on,
  people,
  photo,
  published,
  reject,
  resubmit,
  scenario,
  toCentre,
  upload,
} from "../../shared/testing/scenarios/publication.js";
import {
  definition,
  type PublicationCommand,
  PublicationEvent,
  publication,
  stepOf,
  table,
} from "./index.js";

const { given } = specify(publication);
const { decider } = publication;
const { run, then, stateOf, actionsOf } = histories(publication);

// ── Test data: shared/testing/scenarios/publication.ts ─────────────────────────────────────────

const uploaded = run(cmd(people.enterer, 3, upload));
const headReviewed = then(uploaded, cmd(people.scienceHead, 3, headApproves));
const officerReviewed = then(headReviewed, cmd(people.officer, 4, officerApproves));
const approved = then(officerReviewed, cmd(people.director, 4, directorApproves));
const withCentre = then(approved, cmd(people.director, 5, toCentre));
const done = then(withCentre, cmd(people.director, 6, published));
const rejected = then(officerReviewed, cmd(people.director, 4, reject));
const drafted = then(uploaded, cmd(people.enterer, 3, { _tag: "Withdraw" }));
const cancelled = then(
  uploaded,
  cmd(people.enterer, 3, { _tag: "CancelItem", reason: "活动取消" }),
);

// ── One describe per status ──────────────────────────────────────────────────────────────────

describe("New (no item yet)", () => {
  it("上载至系统: the data-entry clerk enters the item; the 20 工作日 deadline is fixed", () => {
    const c = cmd(people.enterer, 3, upload);
    given([])
      .when(c)
      .then([
        {
          _tag: "ItemUploaded",
          ...recorded(c.meta),
          column: "工作动态",
          title: upload.title,
          body: upload.body,
          draftingUnit: { unitId: units.science, unitName: "科技处" },
          classification: "非密",
          formedOn: date("2026-03-02"),
          mustDisclose: true,
          deadline: {
            amount: 20,
            unit: "工作日",
            basis: "《中华人民共和国政府信息公开条例》第二十六条",
            start: date("2026-03-02"),
            due: date("2026-03-30"),
            calendar: chineseDaysCalendar.source,
          },
          attachments: [{ ...photo, version: 1 }],
        },
      ]);
  });
  it("the 20 工作日 skip the Spring Festival and count the 调休 Saturdays (golden)", () => {
    const { state } = given([])
      .when(cmd(people.enterer, 3, { ...upload, formedOn: date("2026-02-10") }))
      .thenAccepted();
    // 2/11–13, 2/14 (调休上班), 2/24–27, 2/28 (调休上班), 3/2–6, 3/9–13, 3/16.
    expect(state.deadline?.due).toBe("2026-03-16");
  });
  it("information not in the 主动公开 scope carries no deadline", () => {
    const { state } = given([])
      .when(cmd(people.enterer, 3, { ...upload, mustDisclose: false }))
      .thenAccepted();
    expect(state.deadline).toBeUndefined();
  });
  it("涉密: a 秘密/机密/绝密 item is never published — refused at entry", () => {
    for (const classification of ["秘密", "机密", "绝密"] as const) {
      given([])
        .when(cmd(people.enterer, 3, { ...upload, classification }))
        .thenFails("InvalidCommand");
    }
  });
  it("the information cannot be formed after it is entered", () => {
    given([])
      .when(cmd(people.enterer, 3, { ...upload, formedOn: date("2026-03-04") }))
      .thenFails("InvalidCommand");
  });
  it("a deadline beyond the calendar's data is refused, not guessed", () => {
    given([])
      .when({
        meta: meta(people.enterer, "2026-12-21T09:00:00+08:00"),
        payload: { ...upload, formedOn: date("2026-12-18") },
      })
      .thenFails("InvalidCommand");
  });
  it("only a data-entry clerk enters information", () => {
    given([])
      .when(cmd(cast.clerk, 3, upload))
      .thenFails("NotAuthorised");
    given([])
      .when(cmd(cast.scienceHead, 3, upload))
      .thenFails("NotAuthorised");
  });
  it("missing data (no title) is refused", () => {
    const { title: _title, ...noTitle } = upload;
    given([])
      .whenRaw(meta(people.enterer, on(3)), noTitle)
      .thenFails("InvalidCommand");
  });
  it("a column other than 工作动态 or 公告通知 is refused at the boundary", () => {
    given([])
      .whenRaw(meta(people.enterer, on(3)), { ...upload, column: "领导讲话" })
      .thenFails("InvalidCommand");
  });
  it("no other step applies before entry", () => {
    given([])
      .when(cmd(people.scienceHead, 3, headApproves))
      .thenFails("WrongStep");
  });
  it("the clerk may only enter information", () => {
    expect(actionsOf([], people.enterer)).toEqual(["UploadItem"]);
    expect(stepOf(stateOf([]))).toBeUndefined();
  });
});

describe("DivisionReview (处长审核)", () => {
  it("the head of the drafting division approves, with an 审核意见 kept verbatim", () => {
    const c = cmd(people.scienceHead, 3, headApproves);
    given(uploaded)
      .when(c)
      .then([
        {
          _tag: "ApprovedByDivisionHead",
          ...recorded(c.meta),
          opinion: {
            kind: "审核意见",
            text: "内容属实，同意上载。",
            signer: recorded(c.meta).by,
            role: "division-head",
            at: c.meta.at,
          },
        },
      ]);
  });
  it("the head of another division cannot review it", () => {
    given(uploaded)
      .when(cmd(people.industryHead, 3, headApproves))
      .thenFails("NotAuthorised");
  });
  it("a handler of the drafting division is not its head", () => {
    given(uploaded)
      .when(cmd(cast.scienceHandler, 3, headApproves))
      .thenFails("NotAuthorised");
  });
  it("委托: a deputy reviews for the 处长; the record keeps both (「代」)", () => {
    const c = cmd(people.scienceDeputy, 3, headApproves, people.scienceHead);
    const { events, state } = given(uploaded).when(c).thenAccepted();
    expect(state.reviews.divisionHead?.onBehalfOf?.name).toBe("吴处长");
    const line = publication.history(events)[0];
    expect(line && whoDid(line).zh).toBe("杨副处长（代 吴处长）");
  });
  it("a blank opinion is refused", () => {
    given(uploaded)
      .when(cmd(people.scienceHead, 3, { _tag: "ReviewByDivisionHead", opinion: "  " }))
      .thenFails("InvalidCommand");
  });
  it("the information officer cannot review before the 处长", () => {
    given(uploaded)
      .when(cmd(people.officer, 3, officerApproves))
      .thenFails("WrongStep");
  });
  it("驳回至录入员: the 处长 rejects it with the grounds and the reason", () => {
    const c = cmd(people.scienceHead, 3, {
      _tag: "RejectToClerk",
      grounds: ["内容", "内容"],
      reason: "数据须核实",
    });
    given(uploaded)
      .when(c)
      .then([
        {
          _tag: "RejectedToClerk",
          ...recorded(c.meta),
          from: "DivisionReview",
          grounds: ["内容"],
          reason: "数据须核实",
        },
      ]);
  });
  it("only the 处长 of the drafting division may reject at this step", () => {
    given(uploaded)
      .when(cmd(people.director, 3, reject))
      .thenFails("NotAuthorised");
    given(uploaded)
      .when(cmd(people.industryHead, 3, reject))
      .thenFails("NotAuthorised");
  });
  it("a rejection needs at least one ground", () => {
    given(uploaded)
      .whenRaw(meta(people.scienceHead, on(3)), { _tag: "RejectToClerk", grounds: [], reason: "x" })
      .thenFails("InvalidCommand");
  });
  it("撤回: the clerk takes the item back while the 处长 has not acted; it becomes a draft", () => {
    const c = cmd(people.enterer, 3, { _tag: "Withdraw", reason: "漏传图片" });
    const { state } = given(uploaded)
      .when(c)
      .then([
        {
          _tag: "Withdrawn",
          ...recorded(c.meta),
          from: "DivisionReview",
          to: "Draft",
          reason: "漏传图片",
        },
      ]);
    expect(stepOf(state)).toBe("upload");
  });
  it("撤回 is for the clerk who sent it only", () => {
    given(uploaded)
      .when(cmd(people.enterer2, 3, { _tag: "Withdraw" }))
      .thenFails("NotAuthorised");
  });
  it("撤回 is no longer possible once the 处长 has acted (even only a comment)", () => {
    const commented = then(
      uploaded,
      cmd(people.scienceHead, 3, { _tag: "AddComment", text: "稍后审" }),
    );
    given(commented)
      .when(cmd(people.enterer, 3, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("撤回 stays possible when someone outside the drafting division acts", () => {
    const commented = then(
      uploaded,
      cmd(people.officer, 3, { _tag: "AddComment", text: "已知悉" }),
    );
    given(commented)
      .when(cmd(people.enterer, 3, { _tag: "Withdraw" }))
      .thenAccepted();
  });
  it("the content is frozen under review: no attachment is added or replaced", () => {
    given(uploaded)
      .when(
        cmd(people.enterer, 3, {
          _tag: "AttachFile",
          attachment: { ...photo, id: AttachmentId.make("x") },
        }),
      )
      .thenFails("WrongStep");
  });
  it("the 处长 sees 审核 and 驳回; the clerk sees 撤回 and 撤销", () => {
    expect(actionsOf(uploaded, people.scienceHead)).toEqual(
      expect.arrayContaining(["ReviewByDivisionHead", "RejectToClerk"]),
    );
    expect(actionsOf(uploaded, people.enterer)).toEqual(
      expect.arrayContaining(["Withdraw", "CancelItem"]),
    );
    expect(actionsOf(uploaded, people.industryHead)).not.toContain("ReviewByDivisionHead");
    expect(stepOf(stateOf(uploaded))).toBe("division-review");
  });
});

describe("OfficerReview (信息员审核)", () => {
  it("the information officer approves", () => {
    const { events, state } = given(headReviewed)
      .when(cmd(people.officer, 4, officerApproves))
      .thenAccepted();
    expect(events.map((e) => e._tag)).toEqual(["ApprovedByInformationOfficer"]);
    expect(state.status).toBe("DirectorReview");
    expect(state.reviews.informationOfficer?.role).toBe("information-officer");
  });
  it("only the information officer reviews at this step", () => {
    given(headReviewed)
      .when(cmd(people.director, 4, officerApproves))
      .thenFails("NotAuthorised");
    given(headReviewed)
      .when(cmd(people.scienceHead, 4, headApproves))
      .thenFails("WrongStep");
  });
  it("驳回至录入员: the information officer rejects it", () => {
    const { state } = given(headReviewed)
      .when(cmd(people.officer, 4, { ...reject, grounds: ["内容"] }))
      .thenAccepted();
    expect(state.status).toBe("Rejected");
    expect(state.lastRejection?.from).toBe("OfficerReview");
    expect(state.reviews.divisionHead).toBeUndefined();
  });
  it("the 处长 can no longer reject once it has passed on", () => {
    given(headReviewed)
      .when(cmd(people.scienceHead, 4, reject))
      .thenFails("NotAuthorised");
  });
  it("撤回: the 处长 takes the approval back before the information officer acts", () => {
    const { state } = given(headReviewed)
      .when(cmd(people.scienceHead, 4, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("DivisionReview");
    expect(state.reviews.divisionHead).toBeUndefined();
  });
  it("the clerk's own submission can no longer be taken back", () => {
    given(headReviewed)
      .when(cmd(people.enterer, 4, { _tag: "Withdraw" }))
      .thenFails("NotAuthorised");
  });
});

describe("DirectorReview (局办公室主任审核)", () => {
  it("the office director approves against the column's nature", () => {
    const c = cmd(people.director, 4, directorApproves);
    const { state } = given(officerReviewed)
      .when(c)
      .then([
        {
          _tag: "ApprovedByOfficeDirector",
          ...recorded(c.meta),
          opinion: {
            kind: "审核意见",
            text: "符合工作动态栏目要求，同意。",
            signer: recorded(c.meta).by,
            role: "office-director",
            at: c.meta.at,
          },
        },
      ]);
    expect(stepOf(state)).toBe("publish");
  });
  it("only the office director reviews at this step", () => {
    given(officerReviewed)
      .when(cmd(people.officer, 4, directorApproves))
      .thenFails("NotAuthorised");
  });
  it("驳回至录入员: the director rejects it; the round's approvals no longer count", () => {
    const { state } = given(officerReviewed)
      .when(cmd(people.director, 4, reject))
      .thenAccepted();
    expect(state.rejections).toBe(1);
    expect(state.reviews).toEqual({
      divisionHead: undefined,
      informationOfficer: undefined,
      officeDirector: undefined,
    });
  });
  it("the information officer can no longer reject once it has passed on", () => {
    given(officerReviewed)
      .when(cmd(people.officer, 4, reject))
      .thenFails("NotAuthorised");
  });
  it("撤回: the information officer takes the approval back before the director acts", () => {
    const { state } = given(officerReviewed)
      .when(cmd(people.officer, 4, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("OfficerReview");
    expect(state.reviews.informationOfficer).toBeUndefined();
    expect(state.reviews.divisionHead).toBeDefined();
  });
});

describe("refusals common to the reviewing steps", () => {
  it("a blank review opinion is refused at every review", () => {
    given(headReviewed)
      .when(cmd(people.officer, 4, { _tag: "ReviewByInformationOfficer", opinion: "" }))
      .thenFails("InvalidCommand");
    given(officerReviewed)
      .when(cmd(people.director, 4, { _tag: "ReviewByOfficeDirector", opinion: " " }))
      .thenFails("InvalidCommand");
  });
  it("a blank rejection reason is refused", () => {
    given(uploaded)
      .when(cmd(people.scienceHead, 3, { ...reject, reason: "  " }))
      .thenFails("InvalidCommand");
  });
  it("no review skips ahead of its step", () => {
    given(uploaded)
      .when(cmd(people.director, 3, directorApproves))
      .thenFails("WrongStep");
    given(officerReviewed)
      .when(cmd(people.director, 4, toCentre))
      .thenFails("WrongStep");
    given(uploaded)
      .when(cmd(people.enterer, 3, resubmit))
      .thenFails("WrongStep");
  });
  it("a resubmission without a body is refused", () => {
    const { body: _body, ...noBody } = resubmit;
    given(rejected)
      .whenRaw(meta(people.enterer, on(5)), noBody)
      .thenFails("InvalidCommand");
  });
  it("传阅 is the office's; circulating to someone already on the list records nothing", () => {
    const circulate: PublicationCommand = {
      _tag: "Circulate",
      readers: [{ userId: cast.principal.userId, name: cast.principal.name }],
    };
    given(uploaded)
      .when(cmd(people.scienceHead, 3, circulate))
      .thenFails("NotAuthorised");
    const c = then(uploaded, cmd(cast.clerk, 3, circulate));
    given(c)
      .when(cmd(people.director, 3, circulate))
      .thenNothing();
  });
});

describe("Approved (政务信息上载: awaiting submission to the information centre)", () => {
  it("the office director submits it to the information centre", () => {
    const c = cmd(people.director, 5, { _tag: "SubmitToInformationCentre", note: "请于今日上载" });
    const { state } = given(approved)
      .when(c)
      .then([{ _tag: "SubmittedToInformationCentre", ...recorded(c.meta), note: "请于今日上载" }]);
    expect(state.sentToCentreOn).toBe("2026-03-05");
  });
  it("only the office director submits to the centre", () => {
    given(approved)
      .when(cmd(cast.clerk, 5, toCentre))
      .thenFails("NotAuthorised");
  });
  it("the director may still reject it to the clerk", () => {
    given(approved)
      .when(cmd(people.director, 5, reject))
      .thenAccepted();
  });
  it("an approval that moved the item on cannot be withdrawn", () => {
    given(approved)
      .when(cmd(people.director, 5, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("publication cannot be recorded before it was submitted", () => {
    given(approved)
      .when(cmd(people.director, 6, published))
      .thenFails("WrongStep");
  });
});

describe("WithCentre (政务信息上载: with the information centre)", () => {
  it("the office records the publication date and address the centre gives", () => {
    const c = cmd(cast.clerk, 6, published);
    const { state } = given(withCentre)
      .when(c)
      .then([
        {
          _tag: "PublicationRecorded",
          ...recorded(c.meta),
          column: "工作动态",
          title: upload.title,
          publishedOn: date("2026-03-06"),
          url: published.url,
        },
      ]);
    expect(state.publication?.url).toBe(published.url);
    expect(state.status).toBe("Published");
  });
  it("the publication date cannot be in the future", () => {
    given(withCentre)
      .when(cmd(people.director, 6, { ...published, publishedOn: date("2026-03-07") }))
      .thenFails("InvalidCommand");
  });
  it("the publication date cannot be before the submission to the centre", () => {
    given(withCentre)
      .when(cmd(people.director, 6, { ...published, publishedOn: date("2026-03-04") }))
      .thenFails("InvalidCommand");
  });
  it("the address must be an http(s) URL", () => {
    given(withCentre)
      .whenRaw(meta(people.director, on(6)), { ...published, url: "kjj.wuhan.gov.cn" })
      .thenFails("InvalidCommand");
  });
  it("a division cannot record the publication", () => {
    given(withCentre)
      .when(cmd(people.scienceHead, 6, published))
      .thenFails("NotAuthorised");
  });
  it("撤回: the director takes it back from the centre before publication", () => {
    const { state } = given(withCentre)
      .when(cmd(people.director, 5, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Approved");
    expect(state.sentToCentreOn).toBeUndefined();
  });
  it("驳回: the director relays the centre's return (format) to the clerk", () => {
    const { state } = given(withCentre)
      .when(cmd(people.director, 6, { ...reject, reason: "信息中心：图片尺寸不符" }))
      .thenAccepted();
    expect(state.status).toBe("Rejected");
    expect(state.sentToCentreOn).toBeUndefined();
  });
  it("once with the centre the clerk cannot cancel it", () => {
    given(withCentre)
      .when(cmd(people.enterer, 6, { _tag: "CancelItem", reason: "r" }))
      .thenFails("WrongStep");
  });
});

describe("Rejected (驳回至录入员)", () => {
  it("the clerk revises and resubmits; the review starts again at 处长审核", () => {
    const c = cmd(people.enterer2, 5, resubmit);
    const { state } = given(rejected)
      .when(c)
      .then([
        {
          _tag: "ItemResubmitted",
          ...recorded(c.meta),
          column: "工作动态",
          title: resubmit.title,
          body: resubmit.body,
          note: resubmit.note,
        },
      ]);
    expect(state.status).toBe("DivisionReview");
    expect(state.item?.title).toBe(resubmit.title);
    expect(state.submissions).toBe(2);
    expect(state.rejections).toBe(1);
  });
  it("the clerk may move the item to the other column", () => {
    const { state } = given(rejected)
      .when(cmd(people.enterer, 5, { ...resubmit, column: "公告通知" }))
      .thenAccepted();
    expect(state.item?.column).toBe("公告通知");
  });
  it("only a data-entry clerk resubmits", () => {
    given(rejected)
      .when(cmd(people.scienceHead, 5, resubmit))
      .thenFails("NotAuthorised");
  });
  it("the reason and grounds are kept for the clerk", () => {
    expect(stateOf(rejected).lastRejection).toMatchObject({
      from: "DirectorReview",
      reason: reject.reason,
      grounds: ["格式"],
    });
    expect(stepOf(stateOf(rejected))).toBe("reject");
  });
  it("the clerk adds and replaces attachments while revising", () => {
    const extra = { ...photo, id: AttachmentId.make("att-2"), name: "图2.jpg", sha256: hash("b") };
    const added = then(rejected, cmd(people.enterer, 5, { _tag: "AttachFile", attachment: extra }));
    const { state } = given(added)
      .when(
        cmd(people.enterer, 5, {
          _tag: "ReplaceAttachment",
          attachment: { ...photo, sha256: hash("c") },
        }),
      )
      .thenAccepted();
    expect(state.handling.attachments.map((a) => [a.id, a.version])).toEqual([
      ["att-photo", 2],
      ["att-2", 1],
    ]);
  });
  it("a reviewer does not change the attachments", () => {
    given(rejected)
      .when(
        cmd(people.director, 5, {
          _tag: "ReplaceAttachment",
          attachment: { ...photo, sha256: hash("c") },
        }),
      )
      .thenFails("NotAuthorised");
  });
  it("nothing is reviewed until it is resubmitted", () => {
    given(rejected)
      .when(cmd(people.scienceHead, 5, headApproves))
      .thenFails("WrongStep");
    given(rejected)
      .when(cmd(people.director, 5, reject))
      .thenFails("WrongStep");
  });
  it("a rejection is not a hand-off: nobody withdraws it", () => {
    given(rejected)
      .when(cmd(people.director, 5, { _tag: "Withdraw" }))
      .thenFails("WrongStep");
  });
  it("撤回 after a resubmission goes back to the rejected item", () => {
    const again = then(rejected, cmd(people.enterer2, 5, resubmit));
    const { state } = given(again)
      .when(cmd(people.enterer2, 5, { _tag: "Withdraw" }))
      .thenAccepted();
    expect(state.status).toBe("Rejected");
  });
});

describe("Draft (taken back before the 处长 acted)", () => {
  it("the clerk attaches what was missing and submits it again", () => {
    const extra = { ...photo, id: AttachmentId.make("att-3"), sha256: hash("d") };
    const fixed = then(drafted, cmd(people.enterer, 3, { _tag: "AttachFile", attachment: extra }));
    const { state } = given(fixed)
      .when(cmd(people.enterer, 3, resubmit))
      .thenAccepted();
    expect(state.status).toBe("DivisionReview");
    expect(state.rejections).toBe(0);
  });
  it("an existing attachment is replaced, not added twice; same content is a no-op", () => {
    given(drafted)
      .when(cmd(people.enterer, 3, { _tag: "AttachFile", attachment: photo }))
      .thenFails("InvalidCommand");
    given(drafted)
      .when(cmd(people.enterer, 3, { _tag: "ReplaceAttachment", attachment: photo }))
      .thenNothing();
    given(drafted)
      .when(
        cmd(people.enterer, 3, {
          _tag: "ReplaceAttachment",
          attachment: { ...photo, id: AttachmentId.make("nope") },
        }),
      )
      .thenFails("InvalidCommand");
  });
  it("a draft is not entered a second time", () => {
    given(drafted)
      .when(cmd(people.enterer, 3, upload))
      .thenFails("CaseAlreadyExists");
  });
});

describe("Published (closed)", () => {
  it("every command is refused as CaseClosed (except a second entry)", () => {
    for (const tag of tagsOf(table)) {
      const payload = payloads.find((p) => p._tag === tag);
      if (payload === undefined || tag === "UploadItem") continue;
      given(done)
        .when(cmd(people.director, 7, payload))
        .thenFails("CaseClosed");
    }
    given(done)
      .when(cmd(people.enterer, 7, upload))
      .thenFails("CaseAlreadyExists");
  });
  it("nobody has anything to do", () => {
    for (const actor of Object.values(people)) expect(actionsOf(done, actor)).toEqual([]);
  });
});

describe("Cancelled (closed)", () => {
  it("the clerk cancels before publication, with a reason; the item is closed", () => {
    const c = cmd(people.enterer, 3, { _tag: "CancelItem", reason: "活动取消" });
    const { state } = given(uploaded)
      .when(c)
      .then([
        { _tag: "ItemCancelled", ...recorded(c.meta), from: "DivisionReview", reason: "活动取消" },
      ]);
    expect(stepOf(state)).toBe("cancel");
  });
  it("an approved item may still be cancelled before it goes to the centre", () => {
    given(approved)
      .when(cmd(people.enterer, 5, { _tag: "CancelItem", reason: "r" }))
      .thenAccepted();
  });
  it("only a data-entry clerk cancels", () => {
    given(uploaded)
      .when(cmd(people.director, 3, { _tag: "CancelItem", reason: "r" }))
      .thenFails("NotAuthorised");
  });
  it("a blank reason is refused", () => {
    given(uploaded)
      .when(cmd(people.enterer, 3, { _tag: "CancelItem", reason: " " }))
      .thenFails("InvalidCommand");
  });
  it("a cancelled item takes no more commands", () => {
    given(cancelled)
      .when(cmd(people.enterer, 4, resubmit))
      .thenFails("CaseClosed");
    expect(actionsOf(cancelled, people.enterer)).toEqual([]);
  });
});

describe("generic operations on an open item", () => {
  it("传阅: circulate to readers; each confirms once; a second confirmation records nothing", () => {
    const c = then(
      uploaded,
      cmd(cast.clerk, 3, {
        _tag: "Circulate",
        readers: [{ userId: cast.principal.userId, name: cast.principal.name }],
      }),
    );
    const read = then(c, cmd(cast.principal, 4, { _tag: "ConfirmRead" }));
    expect(unread(stateOf(read).handling)).toEqual([]);
    given(read)
      .when(cmd(cast.principal, 4, { _tag: "ConfirmRead" }))
      .thenNothing();
    given(c)
      .when(cmd(cast.leader, 4, { _tag: "ConfirmRead" }))
      .thenFails("NotAuthorised");
  });
  it("comments are recorded; an auditor changes nothing", () => {
    given(uploaded)
      .when(cmd(people.officer, 3, { _tag: "AddComment", text: "注意图片版权" }))
      .thenAccepted();
    given(uploaded)
      .when(cmd(cast.auditor, 3, { _tag: "AddComment", text: "x" }))
      .thenFails("NotAuthorised");
    expect(actionsOf(uploaded, cast.auditor)).toEqual([]);
  });
});

// ── The module, the diagram, the timeline ───────────────────────────────────────────────────

describe("definition", () => {
  it("every arrow is taken by a command of the table", () => {
    const tags: ReadonlyArray<string> = tagsOf(table);
    for (const t of definition.transitions) expect(tags).toContain(t.command);
  });
  it("every step the states are drawn at exists, and every arrow joins two steps", () => {
    const ids: ReadonlyArray<string> = definition.steps.map((s) => s.id);
    for (const step of Object.values(definition.stepOfStatus)) {
      if (step !== undefined) expect(ids).toContain(step);
    }
    for (const t of definition.transitions) {
      expect(ids).toContain(t.from);
      expect(ids).toContain(t.to);
    }
  });
  it("the steps keep the seed's Chinese names", () => {
    expect(definition.steps.map((s) => s.label.zh)).toEqual([
      "上载至系统",
      "处长审核",
      "信息员审核",
      "局办公室主任审核",
      "政务信息上载",
      "驳回至录入员",
      "撤销",
    ]);
  });
  it("every command schema carries a zh/en title", () => {
    for (const tag of tagsOf(table)) {
      const title = table[tag].schema.ast.annotations[Symbol.for("effect/annotation/Title")];
      expect(title, tag).toMatch(/ \/ /);
    }
  });
  it("every event tag has a schema version", () => {
    const union = PublicationEvent.members.map((m) => {
      const ast = m.ast;
      const tag = SchemaAST.isTypeLiteral(ast)
        ? ast.propertySignatures.find((p) => p.name === "_tag")?.type
        : undefined;
      return tag !== undefined && SchemaAST.isLiteral(tag) ? String(tag.literal) : "";
    });
    expect(Object.keys(publication.eventVersions).sort()).toEqual([...union].sort());
    expect(publication.upcast("ItemUploaded", 1, { a: 1 })).toEqual({ a: 1 });
  });
});

/** The one scenario through every branch: withdrawals, rejections at each review, publication. */
describe("scenario: one 工作动态 item from entry to the portal", () => {
  it("goes through every step and loop and reads back as a timeline", () => {
    const steps = scenario;
    const events = run(...steps);
    const state = stateOf(events);
    expect(state.status).toBe("Published");
    expect(state.rejections).toBe(3);
    expect(state.submissions).toBe(5);
    expect(state.item?.column).toBe("公告通知");
    expect(state.publication).toEqual({ publishedOn: "2026-03-13", url: published.url });
    // Published within the 20 工作日 (due 2026-03-30).
    expect(state.deadline?.due).toBe("2026-03-30");
    expect(Object.values(state.reviews).every((r) => r !== undefined)).toBe(true);
    // Every event survives the store: encode then decode gives it back.
    const codec = publication.eventSchema;
    for (const e of events)
      expect(Schema.decodeUnknownSync(codec)(Schema.encodeSync(codec)(e))).toEqual(e);
    const timeline = publication.history(events);
    expect(timeline).toHaveLength(events.length);
    const labels = timeline.map((l) => l.label.zh);
    expect(labels.filter((l) => l.startsWith("驳回至录入员"))).toEqual([
      "驳回至录入员（第1次）",
      "驳回至录入员（第2次）",
      "驳回至录入员（第3次）",
    ]);
    expect(labels).toContain("撤回");
    expect(labels).toContain("修改后重新提交");
    expect(labels.at(-1)).toBe("政务信息上载");
    expect(timeline.at(-1)?.details?.zh).toContain(published.url);
    expect(timeline.find((l) => l.onBehalfOf !== undefined)?.onBehalfOf).toBe("吴处长");
    for (const line of timeline) expect(line.label.en.length).toBeGreaterThan(0);
  });
  it("a cancelled item reads back too", () => {
    const timeline = publication.history(cancelled);
    expect(timeline.at(-1)?.label.zh).toBe("撤销");
    expect(timeline[0]?.details?.zh).toContain("2026-03-30");
    const noDeadline = run(cmd(people.enterer, 3, { ...upload, mustDisclose: false }));
    expect(publication.history(noDeadline)[0]?.details?.en).not.toContain("published by");
  });
});

// ── Properties ───────────────────────────────────────────────────────────────────────────────

const actors = Object.values(people);
const reader = (a: Actor) => ({ userId: a.userId, name: a.name });
const payloads: ReadonlyArray<PublicationCommand> = [
  upload,
  { ...upload, classification: "秘密" },
  { ...upload, draftingUnit: { unitId: units.industry, unitName: "产业处" }, mustDisclose: false },
  headApproves,
  officerApproves,
  directorApproves,
  reject,
  resubmit,
  toCentre,
  published,
  { ...published, publishedOn: date("2026-03-02") },
  { _tag: "CancelItem", reason: "r" },
  { _tag: "Withdraw" },
  { _tag: "Circulate", readers: [reader(cast.principal), reader(people.officer)] },
  { _tag: "ConfirmRead" },
  { _tag: "AddComment", text: "c" },
  {
    _tag: "AttachFile",
    attachment: { ...photo, id: AttachmentId.make("att-p"), sha256: hash("1") },
  },
  { _tag: "ReplaceAttachment", attachment: { ...photo, sha256: hash("2") } },
];

const step = FastCheck.record({
  payload: FastCheck.constantFrom(...payloads),
  actor: FastCheck.constantFrom(...actors),
  delegated: FastCheck.boolean(),
  day: FastCheck.integer({ min: 3, max: 25 }),
});

describe("properties over random command sequences", () => {
  it("decide never throws; refusals record nothing; the fold equals the live state; availableActions lists exactly the commands the guard lets through", () => {
    FastCheck.assert(
      FastCheck.property(FastCheck.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const { state, log } = propertyRun(
          publication,
          [],
          steps.map((s) => {
            // A deputy acts for the 处长: the 处长's authority is the one checked.
            const onBehalfOf =
              s.delegated && s.actor === people.scienceDeputy ? people.scienceHead : undefined;
            return cmd(s.actor, s.day, s.payload, onBehalfOf);
          }),
        );
        expect(fold(decider, log)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
