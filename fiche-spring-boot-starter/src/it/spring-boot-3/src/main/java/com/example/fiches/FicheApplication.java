package com.example.fiches;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A user's Spring Boot application. */
@SpringBootApplication
public class FicheApplication {
  public static void main(String[] args) {
    SpringApplication.run(FicheApplication.class, args);
  }
}
