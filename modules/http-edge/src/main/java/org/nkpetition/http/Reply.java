package org.nkpetition.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** A response and a short outcome word for the request log ("confirmed", "resent", ...). */
public record Reply(APIGatewayV2HTTPResponse response, String outcome) {
}
