package org.nkpetition.sign;

import static org.junit.jupiter.api.Assertions.*;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkpetition.localstack.LocalStack;

/** The sample events in events/ drive the handler as AWS would. */
class SignEventsTest {
    private static final String SAMPLE_TOKEN = "AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";
    private final SignFixture fixture = new SignFixture();

    @BeforeEach
    void reset() {
        fixture.reset();
    }

    @Test
    void jsonSignEventSignsAndItsConfirmEventConfirms() {
        APIGatewayV2HTTPResponse signed = fixture.invoke(LocalStack.httpEvent("sign-json.json"));
        assertEquals(202, signed.getStatusCode(), signed.getBody());
        String token = SignFixture.tokenIn(fixture.emailsTo("ana.garcia@example.org").get(0));

        APIGatewayV2HTTPEvent page = LocalStack.httpEvent("confirm-page.json");
        page.getQueryStringParameters().put("token", token);
        APIGatewayV2HTTPResponse button = fixture.invoke(page);
        assertEquals(200, button.getStatusCode());
        assertTrue(button.getBody().contains("<html lang=\"ko\">"), "the sample asks for Korean");

        APIGatewayV2HTTPEvent confirm = LocalStack.httpEvent("confirm.json");
        confirm.setBody(confirm.getBody().replace(SAMPLE_TOKEN, token));
        APIGatewayV2HTTPResponse confirmed = fixture.invoke(confirm);
        assertEquals(200, confirmed.getStatusCode(), confirmed.getBody());
        assertTrue(confirmed.getBody().contains("\"count\":1"));

        APIGatewayV2HTTPEvent withdraw = LocalStack.httpEvent("withdraw.json");
        withdraw.setBody(withdraw.getBody().replace(SAMPLE_TOKEN, token));
        APIGatewayV2HTTPResponse withdrawn = fixture.invoke(withdraw);
        assertEquals(200, withdrawn.getStatusCode(), withdrawn.getBody());
        assertTrue(withdrawn.getBody().contains("\"status\":\"withdrawn\""));
    }

    @Test
    void formSignEventAndFormConfirmEventAnswerWithPages() {
        APIGatewayV2HTTPResponse signed = fixture.invoke(LocalStack.httpEvent("sign-form.json"));
        assertEquals(202, signed.getStatusCode(), signed.getBody());
        assertTrue(signed.getBody().contains("이메일을 확인해 주세요"));
        String token = SignFixture.tokenIn(fixture.emailsTo("minji.kim@example.org").get(0));

        APIGatewayV2HTTPEvent confirm = LocalStack.httpEvent("confirm-form.json");
        String form = new String(Base64.getDecoder().decode(confirm.getBody()), StandardCharsets.UTF_8);
        confirm.setBody(Base64.getEncoder().encodeToString(form.replace(SAMPLE_TOKEN, token).getBytes(StandardCharsets.UTF_8)));
        APIGatewayV2HTTPResponse thanks = fixture.invoke(confirm);
        assertEquals(200, thanks.getStatusCode());
        assertTrue(thanks.getBody().contains("Gracias por firmar"));
    }

    @Test
    void theSampleTokensAsTheyAreAreRefusedPolitely() {
        assertEquals(404, fixture.invoke(LocalStack.httpEvent("confirm.json")).getStatusCode());
        APIGatewayV2HTTPResponse page = fixture.invoke(LocalStack.httpEvent("confirm-page.json"));
        assertEquals(404, page.getStatusCode());
        assertTrue(page.getBody().contains("유효하지 않은 링크입니다"));
    }
}
