import { createTestDatabase, type TestDatabase } from "@accord/db/testing";
import { runWrite } from "./transaction";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(() => db.drop());

describe("runWrite", () => {
  it("maps a unique violation to CONFLICT naming the fields, and rolls the whole write back", async () => {
    const actor = await db.prisma.actor.create({ data: { kind: "STATE", name: "Japan" } });
    await db.prisma.actorIdentifier.create({ data: { actorId: actor.id, scheme: "iso3166-1-alpha2", value: "JP" } });
    const attempt = runWrite(db.prisma, async (tx) => {
      await tx.actor.update({ where: { id: actor.id }, data: { name: "Nippon" } });
      await tx.actorIdentifier.create({ data: { actorId: actor.id, scheme: "iso3166-1-alpha2", value: "JP" } });
    });
    await expect(attempt).rejects.toMatchObject({
      message: "another ActorIdentifier already has the same scheme_value",
      extensions: { code: "CONFLICT", field: "scheme_value" },
    });
    expect((await db.prisma.actor.findUniqueOrThrow({ where: { id: actor.id } })).name).toBe("Japan");
  });

  it("maps a missing reference to BAD_USER_INPUT", async () => {
    const attempt = runWrite(db.prisma, (tx) =>
      tx.participant.create({
        data: { engagementId: "00000000-0000-7000-8000-000000000000", actorId: "00000000-0000-7000-8000-000000000001" },
      }),
    );
    await expect(attempt).rejects.toMatchObject({
      message:
        "participant_engagement_id: the Participant refers to a record that does not exist, or is still referenced",
      extensions: { code: "BAD_USER_INPUT", field: "participant_engagement_id" },
    });
  });
});
