/** The server's machinery: Jetty set-up, routing, request bodies, problem details. */
package nl.bncfiche.server.internal;
