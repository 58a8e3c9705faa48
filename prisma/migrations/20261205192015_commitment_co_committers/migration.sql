-- Accord: joint commitments. Actors who commit together with the committer (the seed's C3 is ROK and NATO
-- together); totals count a joint commitment once, under its committer.

-- CreateTable
CREATE TABLE "commitment_co_committer" (
    "commitment_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "commitment_co_committer_pkey" PRIMARY KEY ("commitment_id","actor_id")
);

-- CreateIndex
CREATE INDEX "commitment_co_committer_actor_id_idx" ON "commitment_co_committer"("actor_id");

-- AddForeignKey
ALTER TABLE "commitment_co_committer" ADD CONSTRAINT "commitment_co_committer_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_co_committer" ADD CONSTRAINT "commitment_co_committer_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
