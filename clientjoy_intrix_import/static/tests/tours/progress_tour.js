import { registry } from "@web/core/registry";

// The open run form follows an import in background jobs without a reload: the test performs the
// jobs one by one beside the browser (tests/test_progress.py), the form shows the live progress
// panel with growing counts, its state, and the end of the run.
registry.category("web_tour.tours").add("clientjoy_intrix_import_progress_tour", {
    steps: () => [
        {
            content: "The run is ready to import",
            trigger: ".o_form_view:has(.o_statusbar_status .o_arrow_button_current:contains('Ready to import'))",
            run() {
                // marks a page reload or a new form would lose
                document.body.dataset.cjiMark = "1";
                document.querySelector(".o_form_view").dataset.cjiMark = "1";
                // every count of records done the progress panel shows, in order
                window.cjiSeen = [];
                new MutationObserver(() => {
                    const panel = document.querySelector(".o_cji_run_progress[data-step=import]");
                    const done = panel && Number(panel.dataset.done);
                    if (panel && window.cjiSeen.at(-1) !== done) {
                        window.cjiSeen.push(done);
                    }
                }).observe(document.body, { subtree: true, childList: true, attributes: true });
            },
        },
        {
            content: "Import in background jobs",
            trigger: "button[name=action_import]",
            run: "click",
        },
        {
            content: "Confirm the import",
            trigger: ".modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "The form shows the progress of the batches as they are done, with the counts per phase",
            trigger: ".o_form_view[data-cji-mark] .o_cji_run_progress[data-step=import] .o_cji_progress_phases tr[data-object=clients]",
            timeout: 60000,
        },
        {
            content: "... and the state of the run",
            trigger: ".o_cji_run_progress .o_cji_progress_state:contains('Importing')",
        },
        {
            content: "The opportunities are being imported",
            trigger: ".o_form_view[data-cji-mark] .o_cji_run_progress tr[data-object=opportunities].fw-bold",
            timeout: 60000,
        },
        {
            content: "The run is done: the form followed without a reload",
            trigger: "body[data-cji-mark] .o_form_view[data-cji-mark] .o_statusbar_status .o_arrow_button_current:contains('Done')",
            timeout: 60000,
        },
        {
            content: "The reconciliation tab holds the counts of the end",
            trigger: ".o_form_view[data-cji-mark] .o_notebook a.nav-link:contains('Reconciliation')",
            run: "click",
        },
        {
            content: "The counts grew batch after batch",
            trigger: ".o_form_view[data-cji-mark] .o_field_widget[name=phase_ids] .o_data_row:contains('Opportunities')",
            run() {
                const seen = window.cjiSeen;
                const increasing = seen.every((done, index) => index === 0 || done > seen[index - 1]);
                if (seen.length < 3 || !increasing) {
                    throw new Error(`records done seen on the form: ${JSON.stringify(seen)}`);
                }
            },
        },
    ],
});
