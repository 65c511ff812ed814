/*
 * Suggestions in the search box, following the WAI-ARIA combobox pattern: the input is a
 * combobox that controls a listbox of page titles; arrow keys move through them, Enter
 * opens the chosen page, Escape closes the list. Without JavaScript the form submits as
 * usual, and it still does whenever no suggestion is chosen.
 */
(function () {
    "use strict";

    var MIN_LENGTH = 2;
    var DELAY_MS = 200;

    function setUp(form) {
        var input = form.querySelector("input[name='q']");
        var url = form.getAttribute("data-autocomplete-url");
        if (!input || !url || form.hasAttribute("data-autocomplete-ready")) {
            return;
        }
        form.setAttribute("data-autocomplete-ready", "");

        var listId = input.id + "-suggestions";
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "search-suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", form.querySelector("label").textContent);
        list.hidden = true;

        var status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");

        form.querySelector(".search-form__row").appendChild(list);
        form.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var suggestions = [];
        var active = -1;
        var timer = null;
        var pending = null;

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function highlight(index) {
            var options = list.querySelectorAll("[role='option']");
            options.forEach(function (option, i) {
                option.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function go(index) {
            if (suggestions[index] && suggestions[index].url) {
                window.location.assign(suggestions[index].url);
            }
        }

        function show(results) {
            suggestions = results;
            list.textContent = "";
            results.forEach(function (result, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.className = "search-suggestions__option";
                option.textContent = result.title;
                if (result.type) {
                    var kind = document.createElement("span");
                    kind.className = "search-suggestions__type";
                    kind.textContent = " " + result.type;
                    option.appendChild(kind);
                }
                // Mouse down, not click: the input's blur would close the list first.
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    go(i);
                });
                list.appendChild(option);
            });
            status.textContent = results.length
                ? (form.getAttribute("data-suggestions-count") || "%s").replace("%s", results.length)
                : "";
            if (results.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
                active = -1;
            } else {
                close();
            }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query.length < MIN_LENGTH) {
                show([]);
                return;
            }
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            fetch(url + "?q=" + encodeURIComponent(query), {
                headers: { Accept: "application/json" },
                signal: pending.signal,
            })
                .then(function (response) {
                    return response.ok ? response.json() : { results: [] };
                })
                .then(function (data) {
                    if (input.value.trim() === query) {
                        show(data.results || []);
                    }
                })
                .catch(function () {
                    /* An aborted or failed request leaves the plain search form working. */
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY_MS);
        });

        input.addEventListener("keydown", function (event) {
            var count = suggestions.length;
            if (event.key === "ArrowDown") {
                if (list.hidden && count) {
                    list.hidden = false;
                    input.setAttribute("aria-expanded", "true");
                }
                if (count) {
                    highlight((active + 1) % count);
                    event.preventDefault();
                }
            } else if (event.key === "ArrowUp") {
                if (count && !list.hidden) {
                    highlight(active <= 0 ? count - 1 : active - 1);
                    event.preventDefault();
                }
            } else if (event.key === "Escape") {
                if (!list.hidden) {
                    close();
                    event.preventDefault();
                }
            } else if (event.key === "Enter") {
                if (!list.hidden && active >= 0) {
                    event.preventDefault();
                    go(active);
                }
            }
        });

        input.addEventListener("blur", close);
    }

    function start() {
        document.querySelectorAll("form.search-form[data-autocomplete-url]").forEach(setUp);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
