// A minimal HTTP server: GET /q1 … /q9 (q2, q8 and q9 take ?actor=<uuid>), /e1 … /e17 and /a_… (?p=<value>, the
// statement's parameters in order) runs one SQL statement and sends its JSON.
import http from "node:http";
import pg from "pg";
import { floorAnalyticsSql, floorAnalyticsSuiteSql } from "./floor-analytics-sql.mjs";
import { floorEverydaySql } from "./floor-everyday-sql.mjs";
import { floorSql } from "./floor-sql.mjs";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const sql = { ...floorSql, ...floorAnalyticsSql, ...floorAnalyticsSuiteSql, ...floorEverydaySql }[
    url.pathname.slice(1)
  ];
  if (!sql) {
    res.writeHead(404).end();
    return;
  }
  try {
    const params = url.searchParams.has("actor") ? [url.searchParams.get("actor")] : url.searchParams.getAll("p");
    const { rows } = await pool.query(sql, params);
    res.writeHead(200, { "content-type": "application/json" }).end(`{"data":${rows[0]?.body ?? "null"}}`);
  } catch (error) {
    res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
  }
});

server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`floor ready on ${process.env.PORT}`));
