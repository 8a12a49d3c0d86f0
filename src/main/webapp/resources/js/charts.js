/*
 * Charts drawn one at a time, each when it comes into view (issue 14: the dashboard's total blocking time).
 *
 * PrimeFaces starts every widget of a page in one script at its end, so the page's four charts were laid out by
 * Chart.js in one long task right after the page arrived, visible or not. Here each chart widget's drawing waits
 * until its canvas is in (or near) the viewport and then runs in a task of its own; the widget itself, its canvas
 * and its label are there from the start as before. Loaded after PrimeFaces' chart script, only on pages with charts.
 */
(function () {
    "use strict";
    var Chart = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Chart;
    if (!Chart || Chart.prototype._drawnOneAtATime) {
        return;
    }
    var draw = Chart.prototype._render;
    Chart.prototype._drawnOneAtATime = true;
    Chart.prototype._render = function () {
        var widget = this;
        var turn = {};
        widget._turn = turn;
        var drawNow = function () {
            // Skipped when the widget was refreshed meanwhile (its newer turn draws) or its canvas left the page.
            if (widget._turn === turn && document.body.contains(widget.canvas[0])) {
                draw.call(widget);
            }
        };
        if (!("IntersectionObserver" in window)) {
            window.setTimeout(drawNow, 0);
            return;
        }
        var watch = new IntersectionObserver(function (entries) {
            for (var i = 0; i < entries.length; i++) {
                if (entries[i].isIntersecting) {
                    watch.disconnect();
                    window.setTimeout(drawNow, 0);
                    return;
                }
            }
        }, {rootMargin: "200px 0px"});
        watch.observe(widget.jq[0]);
    };
}());
