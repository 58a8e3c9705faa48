// PostGraphile 5 (Amber preset, with @graphile/pg-aggregates for Q7 and Q9) over the benchmark database; run with Node 22.
import http from "node:http";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

const preset = {
  extends: [PostGraphileAmberPreset, PgAggregatesPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: Number(process.env.POOL_SIZE ?? 10) },
    }),
  ],
  grafserv: { graphqlPath: "/graphql", graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = http.createServer();
serv.addTo(server).catch((error) => {
  console.error(error);
  process.exit(1);
});
await pgl.getSchema();
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`postgraphile ready on ${process.env.PORT}`));
