/** An application that uses bnc-fiche as modules. */
module com.example.modular {
  requires nl.bncfiche.testing;
  // for JakartaValidation, whose provider is optional in nl.bncfiche.validation
  requires org.hibernate.validator;

  exports com.example.modular;
}
