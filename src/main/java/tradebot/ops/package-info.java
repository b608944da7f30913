/** Running the bot as a service: health and readiness, Prometheus metrics, log settings, flood control. */
package tradebot.ops;
