import { registry } from "@web/core/registry";

// Test connection on a Clientjoy connection form: the form shows the result of the test just made, not
// the one it read before the button (the last test failed with a wrong key; the right key is entered).
registry.category("web_tour.tours").add("clientjoy_intrix_import_connection_tour", {
    steps: () => [
        {
            content: "The previous test failed: its message is on the form",
            trigger: ".o_form_view .alert-danger:contains('401')",
        },
        {
            content: "Enter the right API key",
            trigger: ".o_form_view .o_field_widget[name=api_key] input",
            run: "edit cj-tour-KEY-5e1f",
        },
        {
            content: "Test the connection again",
            trigger: ".o_form_view button[name=action_test_connection]",
            run: "click",
        },
        {
            content: "The form shows this test's result",
            trigger: ".o_form_view .alert-success:contains('Connection OK')",
        },
        {
            content: "and no longer the previous failure",
            trigger: ".o_form_view:not(:has(.alert-danger:contains('401')))",
        },
    ],
});
