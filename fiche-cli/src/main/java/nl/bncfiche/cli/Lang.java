package nl.bncfiche.cli;

/** The language of messages: Dutch (default) or English. */
enum Lang {
  NL,
  EN;

  boolean dutch() {
    return this == NL;
  }
}
