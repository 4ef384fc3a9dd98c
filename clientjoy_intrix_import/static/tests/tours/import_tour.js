import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_utils";

// Walks an admin through a whole migration: upload wizard (bundled sample exports), the field map
// screen (filters, a column mapped by hand, two columns in one field refused, confirmation), import,
// reconciliation, one-button rollback.
// A step that asks the test for a screenshot of the page as it is now (tests/test_tour.py keeps it as a
// test artefact: what the admin saw at that point of the journey).
function screenshot(name) {
    return {
        content: `Screenshot: ${name}`,
        trigger: "body",
        run() {
            console.log(`cji-screenshot:${name}`);
        },
    };
}

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
            content: "Open the field map screen",
            trigger: ".o_form_view .o_statusbar_buttons button[name=action_open_map]",
            run: "click",
        },
        {
            content: "Every column, grouped by object, with its first values",
            trigger: ".o_list_view .o_group_header:contains('Contacts')",
        },
        screenshot("field_map_screen"),
        {
            trigger: ".o_list_view .o_data_row:contains('Department'):contains('Management | Purchasing')",
        },
        {
            content: "Show the columns offered as new custom fields",
            trigger: ".o_control_panel_actions .o_searchview_dropdown_toggler",
            run: "click",
        },
        {
            trigger: ".o_filter_menu .o-dropdown-item:contains('New custom fields')",
            run: "click",
        },
        {
            // the list reloaded: the mapped columns are gone
            trigger: ".o_list_view:not(:has(.o_data_row:contains('Postal code'))) .o_data_row:contains('Department')",
        },
        {
            content: "Pick Job title for the Department column in the field picker",
            trigger: ".o_data_row:contains('Department') td[name=target_id]",
            run: "click",
        },
        {
            trigger: ".o_data_row.o_selected_row .o_field_widget[name=target_id] input",
            run: "edit Job title",
        },
        {
            trigger: ".o-autocomplete--dropdown-item:contains('Job title')",
            run: "click",
        },
        {
            trigger: ".o_list_button_save",
            run: "click",
        },
        {
            content: "The column is the admin's now",
            trigger: ".o_data_row:not(.o_selected_row):contains('Department'):contains('Set by you')",
        },
        {
            content: "Confirm the field map",
            trigger: ".o_control_panel button[name=action_confirm_from_screen]",
            run: "click",
        },
        {
            content: "Refused: Department would overwrite the job titles",
            trigger: ".modal:contains('\"Job title\" and \"Department\" go to Job title')",
        },
        screenshot("two_columns_one_field_refused"),
        {
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        {
            trigger: "body:not(:has(.modal))",
        },
        {
            content: "Only the columns I changed",
            trigger: ".o_searchview_facet:contains('New custom fields') .o_facet_remove",
            run: "click",
        },
        {
            trigger: ".o_list_view .o_data_row:contains('Postal code')",
        },
        {
            trigger: ".o_control_panel_actions .o_searchview_dropdown_toggler",
            run: "click",
        },
        {
            trigger: ".o_filter_menu .o-dropdown-item:contains('Changed by me')",
            run: "click",
        },
        {
            trigger: ".o_searchview_facet:contains('Changed by me')",
        },
        {
            trigger: ".o_list_view:not(:has(.o_data_row:contains('Postal code'))) .o_data_row:contains('Department')",
        },
        {
            content: "Do not import the Department column",
            trigger: ".o_data_row:contains('Department') button[name=action_map_ignore]",
            run: "click",
        },
        {
            trigger: ".o_data_row:contains('Department'):contains('Do not import')",
        },
        {
            content: "Confirm the field map",
            trigger: ".o_control_panel button[name=action_confirm_from_screen]",
            run: "click",
        },
        {
            content: "Back on the run, ready to import",
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
        screenshot("reconciliation"),
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
        screenshot("rollback_summary"),
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
        screenshot("rolled_back"),
    ],
});
