package com.example.fiches;

import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.Collectors;
import nl.bncfiche.model.KamerstukDocument;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Takes fiches as a user's service does: a valid one is answered with itself. */
@RestController
public class FicheController {
  @PostMapping("/fiches")
  public KamerstukDocument receive(@Valid @RequestBody KamerstukDocument document) {
    return document;
  }

  /** The error codes of a binding, for the test: with the starter, our rule ids. */
  @PostMapping("/fiches/codes")
  public List<String> codes(@Valid @RequestBody KamerstukDocument document, BindingResult result) {
    return result.getAllErrors().stream()
        .map(ObjectError::getCode)
        .distinct()
        .sorted()
        .collect(Collectors.toList());
  }

  /** Unchecked: what Spring's mapper reads, written back as Spring's mapper writes it. */
  @PostMapping("/fiches/echo")
  public KamerstukDocument echo(@RequestBody KamerstukDocument document) {
    return document;
  }
}
