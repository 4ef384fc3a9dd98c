import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_utils";

// Walks an admin through a whole migration: upload wizard (bundled sample exports), field map
// confirmation, import, reconciliation, one-button rollback.
registry.category("web_tour.tours").add("clientjoy_intrix_import_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the CRM Import app",
            trigger: ".o_app[data-menu-xmlid='clientjoy_intrix_import.menu_root']",
            run: "click",
        },
        {
            content: "No 'New' on the runs: a run starts from its source",
            trigger: ".o_list_view:not(:has(.o_list_button_add))",
        },
        {
            content: "Open the Intrix upload wizard from the runs list",
            trigger: ".o_control_panel button:contains('Upload Intrix exports')",
            run: "click",
        },
        {
            content: "Use the bundled sample exports",
            trigger: ".modal .o_field_widget[name=use_samples] input",
            run: "click",
        },
        {
            content: "Pick a fallback owner for unknown owners",
            trigger: ".modal .o_field_widget[name=fallback_user_id] input",
            run: "edit Administrator",
        },
        {
            trigger: ".o-autocomplete--dropdown-item:contains('Administrator')",
            run: "click",
        },
        {
            content: "Upload and stage",
            trigger: ".modal button[name=action_upload]",
            run: "click",
        },
        {
            content: "The run is staged",
            trigger: ".o_statusbar_status .o_arrow_button_current:contains('Staged')",
            timeout: 60000,
        },
        {
            content: "Look at the proposed field map",
            trigger: ".o_notebook a.nav-link:contains('Field map')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=map_ids] .o_data_row:contains('Postal code')",
        },
        {
            content: "Confirm the field map",
            trigger: "button[name=action_confirm_map]",
            run: "click",
        },
        {
            trigger: ".o_statusbar_status .o_arrow_button_current:contains('Ready to import')",
        },
        {
            content: "Import",
            trigger: "button[name=action_import]",
            run: "click",
        },
        {
            content: "Confirm the import",
            trigger: ".modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "The run is done",
            timeout: 60000,  // a whole import / rollback: slow on a loaded 2-CPU CI machine
            trigger: ".o_statusbar_status .o_arrow_button_current:contains('Done')",
        },
        {
            content: "Read the per-phase reconciliation",
            trigger: ".o_notebook a.nav-link:contains('Reconciliation')",
            run: "click",
        },
        {
            trigger: ".o_field_widget[name=phase_ids] .o_data_row:contains('Opportunities')",
        },
        {
            content: "Roll the run back",
            trigger: "button[name=action_open_rollback_wizard]",
            run: "click",
        },
        {
            content: "The rollback summary is in words: kinds of records and counts, no technical model names",
            trigger: ".modal .o_field_widget[name=summary]:contains('Lead: '):contains('Contact: ')"
                + ":not(:contains('crm.lead')):not(:contains('res.partner'))",
        },
        {
            content: "Confirm the rollback",
            trigger: ".modal button[name=action_rollback]",
            run: "click",
        },
        {
            content: "The run is rolled back",
            timeout: 60000,  // a whole import / rollback: slow on a loaded 2-CPU CI machine
            trigger: ".o_statusbar_status .o_arrow_button_current:contains('Rolled back')",
        },
    ],
});
