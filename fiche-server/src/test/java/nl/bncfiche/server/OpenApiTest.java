package nl.bncfiche.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The API's OpenAPI 3.1 document, as served, read by swagger-parser: no error, every path. */
class OpenApiTest {
  @Test
  void theServedDocumentIsValidOpenApi31() {
    try (FicheServer server = FicheServer.builder().start()) {
      HttpResponse<String> r = new Http(server).get("/api/v1/openapi.json");
      assertThat(r.statusCode()).isEqualTo(200);
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setValidateInternalRefs(true);
      SwaggerParseResult result = new OpenAPIParser().readContents(r.body(), null, options);
      assertThat(result.getMessages()).isEmpty();
      OpenAPI api = result.getOpenAPI();
      assertThat(api.getOpenapi()).isEqualTo("3.1.0");
      assertThat(api.getPaths())
          .containsOnlyKeys(
              "/api/v1/validate", "/api/v1/render", "/api/v1/rules", "/api/v1/openapi.json");
      assertThat(api.getPaths().get("/api/v1/validate").getPost().getResponses())
          .containsKeys("200", "400", "413", "415", "422", "503");
    }
  }

  @Test
  void aBrokenDocumentIsReported() {
    // The check can fail: a reference to nothing and a wrong type are messages.
    String broken =
        "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"x\", \"version\": \"1\"}, \"paths\":"
            + " {\"/a\": {\"get\": {\"responses\": {\"200\": {\"$ref\":"
            + " \"#/components/responses/Nothing\"}}}}}, \"components\": {\"schemas\": {\"S\":"
            + " {\"type\": 7}}}}";
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    assertThat(new OpenAPIParser().readContents(broken, null, options).getMessages()).isNotEmpty();
  }
}
