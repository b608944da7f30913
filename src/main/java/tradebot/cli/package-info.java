/** The command line (picocli): terminal chat, batch answers, listing facts. */
package tradebot.cli;
