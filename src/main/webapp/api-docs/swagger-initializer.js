// Starts Swagger UI on /api-docs (web/ApiDocsPage) with the document the server serves. A file, not an inline
// script, so that the page's content security policy allows no inline script at all.
window.addEventListener("load", function () {
    var container = document.getElementById("swagger-ui");
    window.ui = SwaggerUIBundle({
        url: container.getAttribute("data-document"),
        domNode: container,
        deepLinking: true,
        // No call to the public validator service: nothing leaves for another site.
        validatorUrl: null,
        // "Try it out" with the session cookie of a signed-in browser: changing requests must say so.
        requestInterceptor: function (request) {
            request.headers["X-Requested-With"] = "XMLHttpRequest";
            return request;
        }
    });
});
