package org.nkpetition.web;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.nkpetition.domain.Language;
import org.nkpetition.http.HttpFunction;
import org.nkpetition.http.HttpProblem;
import org.nkpetition.http.HttpRequest;
import org.nkpetition.http.HttpResponses;

/**
 * An HTTP function that serves pages: a refused browser request gets the site's error page in its
 * language (status and words as the JSON answer would have). Only functions that render pages extend
 * it, so only they ship the site's templates and assets.
 */
public abstract class PageFunction extends HttpFunction {
    @Override
    protected APIGatewayV2HTTPResponse problemPage(HttpRequest request, HttpProblem problem, Language language) {
        return HttpResponses.html(problem.status(), Pages.error(language, problem.message()));
    }
}
