import { Component, onWillDestroy, useEffect, useState } from "@odoo/owl";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { useDebounced } from "@web/core/utils/timing";
import { standardWidgetProps } from "@web/views/widgets/standard_widget_props";

// Notification type and channel of models/import_run_progress.py and models/ir_websocket.py
export const PROGRESS_NOTIFICATION = "clientjoy_intrix_import/progress";
const CHANNEL_PREFIX = "clientjoy_intrix_import.run_";
const RUN_MODEL = "clientjoy.intrix.run";

/**
 * Live progress of a run's long steps (staging, audit, import, verification, rollback) on the open
 * form: progress bar, state and counts per phase, from the bus, without reloading the page.
 *
 * Inline steps run in one transaction the form cannot read: their notifications carry the figures,
 * shown here as they arrive. Notifications marked `reload` were sent with a commit (a background job's
 * batch, the end of a step): the run form then reloads its record, so its own fields follow too.
 * On a run form the widget follows the run; on a form with a `run_id` (rollback wizard) that run; on
 * the upload wizard or a Clientjoy connection the steps started from that very record (`origin`).
 */
export class RunProgress extends Component {
    static template = "clientjoy_intrix_import.RunProgress";
    static props = { ...standardWidgetProps };

    setup() {
        this.busService = useService("bus_service");
        this.state = useState({ live: null });
        this.lastId = 0;
        this.reloadDebounced = useDebounced(() => this.reload(), 300);
        this.onProgress = this.onProgress.bind(this);
        this.busService.subscribe(PROGRESS_NOTIFICATION, this.onProgress);
        onWillDestroy(() => this.busService.unsubscribe(PROGRESS_NOTIFICATION, this.onProgress));
        useEffect(
            (runId) => {
                if (!runId) {
                    return;
                }
                const channel = CHANNEL_PREFIX + runId;
                this.busService.addChannel(channel);
                return () => this.busService.deleteChannel(channel);
            },
            () => [this.runId]
        );
    }

    get runId() {
        const record = this.props.record;
        if (record.resModel === RUN_MODEL) {
            return record.resId || false;
        }
        return (record.data.run_id && record.data.run_id.id) || false;
    }

    get live() {
        return this.state.live;
    }

    get percentText() {
        const percent = this.live && this.live.percent;
        return percent === null || percent === undefined ? "" : `${Math.floor(percent)} %`;
    }

    get barStyle() {
        const percent = this.live && this.live.percent;
        return `width: ${percent === null || percent === undefined ? 100 : percent}%`;
    }

    isMine(payload) {
        const record = this.props.record;
        if (payload.origin && payload.origin.model === record.resModel && payload.origin.id === record.resId) {
            return true;
        }
        return Boolean(this.runId) && payload.run_id === this.runId;
    }

    onProgress(payload, { id }) {
        if (!this.isMine(payload) || id <= this.lastId) {
            return;
        }
        this.lastId = id;
        this.state.live = payload.active ? payload : null;
        if (payload.reload) {
            this.reloadDebounced();
        }
    }

    async reload() {
        const record = this.props.record;
        // only a run form holds what changed; a form being edited keeps the user's changes
        if (record.resModel !== RUN_MODEL || !record.resId || (await record.isDirty())) {
            return;
        }
        await record.load();
    }
}

registry.category("view_widgets").add("cji_run_progress", { component: RunProgress });
