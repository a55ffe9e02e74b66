package nl.bncfiche.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * No Expression Language implementation or API is on the class path: nothing could evaluate ${…}.
 */
class NoExpressionLanguageTest {
  @Test
  void expressionFactoryIsNotLoadable() {
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
