/**
 * The web page and HTTP API for BNC-fiches ({@code FicheServer}), and the JSON report and rule list
 * that the command line prints too ({@code nl.bncfiche.server.report}).
 *
 * <p>Both packages are API; {@code internal} is not exported. The page's files are resources of
 * this module, read by its own classes only.
 */
module nl.bncfiche.server {
  requires transitive nl.bncfiche.validation;
  requires transitive nl.bncfiche.rendering;
  requires nl.bncfiche.docx;
  requires com.fasterxml.jackson.core;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.io;
  requires org.eclipse.jetty.util;

  exports nl.bncfiche.server;
  exports nl.bncfiche.server.report;
}
