package nl.bncfiche.cli.internal;

import picocli.CommandLine;

/** The version from the jar's manifest, "development" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {
      "fiche " + (v == null ? "development" : v),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
