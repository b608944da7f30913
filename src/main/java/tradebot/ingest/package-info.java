/**
 * Articles in: {@code ingest} reads a text file (refusing what is not an article), extracts its
 * figures, and stores text, metadata and extraction in the database in one transaction; the
 * knowledge the core is built from is the seed data plus these articles, and a running bot
 * reloads it when they change.
 */
package tradebot.ingest;
