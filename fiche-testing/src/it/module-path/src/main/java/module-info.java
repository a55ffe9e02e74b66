/** An application that uses bnc-fiche as modules. */
module com.example.modular {
  requires nl.bncfiche.testing;

  exports com.example.modular;
}
