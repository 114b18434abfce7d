// GENERATED FILE - DO NOT EDIT.
// TypeScript types of the Apache Flink 2.3.0 JobManager REST API,
// written by @flink-rest/codegen with openapi-typescript 7.13.0.
// Regenerate: npm run generate (flink-codegen generate --all)
//
// Spec: specs/flink-2.3/jobmanager-v1.yaml
//   sha256 d7d2ab3d0988097206ffbadefe6abd57c3138bca0e8f9430732244800d1cfdd8
// Overlays (specs/overlays/, 17 applied in this order):
//   sha256 8e2aff60d460d0b31dd79c6da43e710ec33921955f75414eba971b4dde066938
//   - aggregated-metrics-bare-array (none filed)
//   - application-id-hex (none filed)
//   - async-operation-results (none filed)
//   - checkpoint-mode-case (none filed)
//   - checkpoint-savepoint-format-nullable (none filed)
//   - custom-log-files (none filed)
//   - error-response-body (none filed)
//   - jar-entry-description-nullable (none filed)
//   - job-details-scheduler-type-nullable (none filed)
//   - latest-checkpoints-nullable (none filed)
//   - list-query-parameters (none filed)
//   - metric-collection-bare-array (FLINK-39422)
//   - query-enum-case (none filed)
//   - resource-id-free-form (none filed)
//   - serialized-throwable-fields (FLINK-39422)
//   - slot-sharing-group-id-hex (FLINK-39422)
//   - stats-summary-nan (none filed)

export interface paths {
    "/applications/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns an overview over all applications. */
        get: operations["getApplicationsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns details of an application. */
        get: operations["getApplicationDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationid}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Terminates an application. */
        post: operations["cancelApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationid}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns exception history for an application. */
        get: operations["getApplicationExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationid}/jobmanager/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the jobmanager's configuration of a specific application. */
        get: operations["getJobManagerApplicationConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cluster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Shuts down the cluster */
        delete: operations["shutdownCluster"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the configuration of the WebUI. */
        get: operations["getDashboardConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns all cluster data sets. */
        get: operations["getClusterDataSetList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets/delete/{triggerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the status for the delete operation of a cluster data set. */
        get: operations["getClusterDataSetDeleteStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datasets/{datasetid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Triggers the deletion of a cluster data set. This async operation would return a 'triggerid' for further query identifier. */
        delete: operations["deleteClusterDataSet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns a list of all jars previously uploaded via '/jars/upload'. */
        get: operations["getJarList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * @description Uploads a jar to the cluster. The jar must be sent as multi-part data. Make sure that the "Content-Type" header is set to "application/x-java-archive", as some http libraries do not add the header by default.
         *     Using 'curl' you can upload a jar via 'curl -X POST -H "Expect:" -F "jarfile=@path/to/flink-job.jar" http://hostname:port/jars/upload'.
         */
        post: operations["uploadJar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars/{jarid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Deletes a jar previously uploaded via '/jars/upload'. */
        delete: operations["deleteJar"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars/{jarid}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the dataflow plan of a job contained in a jar previously uploaded via '/jars/upload'. Program arguments can be passed both via the JSON request (recommended) or query parameters. */
        get: operations["getJarPlanGet"];
        put?: never;
        /** @description Returns the dataflow plan of a job contained in a jar previously uploaded via '/jars/upload'. Program arguments can be passed both via the JSON request (recommended) or query parameters. */
        post: operations["generatePlanFromJar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars/{jarid}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Submits a job by running a jar previously uploaded via '/jars/upload'. Program arguments can be passed both via the JSON request (recommended) or query parameters. */
        post: operations["submitJobFromJar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jars/{jarid}/run-application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Submits an application by running a jar previously uploaded via '/jars/upload'. */
        post: operations["submitApplicationFromJar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the cluster configuration. */
        get: operations["getClusterConfigurationInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/environment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the jobmanager environment. */
        get: operations["getJobManagerEnvironment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the list of log files on the JobManager; each is served as text at /jobmanager/logs/{filename}. */
        get: operations["getJobManagerLogList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provides access to job manager metrics. */
        get: operations["getJobManagerMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/thread-dump": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the thread dump of the JobManager. */
        get: operations["getJobManagerThreadDump"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns an overview over all jobs and their current state. */
        get: operations["getJobIdsWithStatusesOverview"];
        put?: never;
        /** @description Submits a job. This call is primarily intended to be used by the Flink client. This call expects a multipart/form-data request that consists of file uploads for the serialized JobGraph, jars and distributed cache artifacts and an attribute named "request" for the JSON payload. */
        post: operations["submitJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provides access to aggregated job metrics. */
        get: operations["getAggregatedJobMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns an overview over all jobs. */
        get: operations["getJobsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns details of a job. */
        get: operations["getJobDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Terminates a job. */
        patch: operations["cancelJob"];
        trace?: never;
    };
    "/jobs/{jobid}/accumulators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the accumulators for all tasks of a job, aggregated across the respective subtasks. */
        get: operations["getJobAccumulators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns checkpointing statistics for a job. */
        get: operations["getCheckpointingStatistics"];
        put?: never;
        /** @description Triggers a checkpoint. The 'checkpointType' parameter does not support 'INCREMENTAL' option for now. See FLINK-33723. This async operation would return a 'triggerid' for further query identifier. */
        post: operations["triggerCheckpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/checkpoints/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the checkpointing configuration. */
        get: operations["getCheckpointConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/checkpoints/details/{checkpointid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns details for a checkpoint. */
        get: operations["getCheckpointStatisticDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/checkpoints/details/{checkpointid}/subtasks/{vertexid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns checkpoint statistics for a task and its subtasks. */
        get: operations["getTaskCheckpointStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/checkpoints/{triggerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the status of a checkpoint trigger operation. */
        get: operations["getCheckpointStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/clientHeartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Report the jobClient's aliveness. */
        patch: operations["triggerHeartbeat"];
        trace?: never;
    };
    "/jobs/{jobid}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the configuration of a job. */
        get: operations["getJobConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/coordinators/{operatorUid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Send a request to a specified coordinator of the specified job and get the response. This API is for internal use only. */
        post: operations["postClientCoordination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the most recent exceptions that have been handled by Flink for this job. The 'exceptionHistory.truncated' flag defines whether exceptions were filtered out through the GET parameter. The backend collects only a specific amount of most recent exceptions per job. This can be configured through web.exception-history-size in the Flink configuration. The following first-level members are deprecated: 'root-exception', 'timestamp', 'all-exceptions', and 'truncated'. Use the data provided through 'exceptionHistory', instead. */
        get: operations["getJobExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/execution-result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the result of a job execution. Gives access to the execution time of the job and to all accumulators created by this job. */
        get: operations["getJobExecutionResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/jobmanager/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the jobmanager's configuration of a specific job. */
        get: operations["getJobManagerJobConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/jobmanager/environment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the jobmanager's environment of a specific job. */
        get: operations["getJobManagerJobEnvironment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/jobmanager/log-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the log url of jobmanager of a specific job. */
        get: operations["getJobManagerLogUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provides access to job metrics. */
        get: operations["getJobMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the dataflow plan of a job. */
        get: operations["getJobPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescales/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the job rescale configuration. */
        get: operations["getJobRescaleConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescales/details/{rescaleuuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Return a job rescale details. */
        get: operations["getJobRescaleDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescales/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Return job rescales history. */
        get: operations["getJobRescalesHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescales/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Return job rescales overview. */
        get: operations["getJobRescalesOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescales/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Return job rescales summary. */
        get: operations["getJobRescalesSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/rescaling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Triggers the rescaling of a job. This async operation would return a 'triggerid' for further query identifier. */
        patch: operations["rescaleJob"];
        trace?: never;
    };
    "/jobs/{jobid}/rescaling/{triggerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the status of a rescaling operation. */
        get: operations["getRescalingStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/resource-requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Request details on the job's resource requirements. */
        get: operations["getJobResourceRequirements"];
        /** @description Request to update job's resource requirements. */
        put: operations["updateJobResourceRequirements"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/savepoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Triggers a savepoint, and optionally cancels the job afterwards. This async operation would return a 'triggerid' for further query identifier. */
        post: operations["triggerSavepoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/savepoints/{triggerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the status of a savepoint operation. */
        get: operations["getSavepointStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the current status of a job execution. */
        get: operations["getJobStatusInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Stops a job with a savepoint. Optionally, it can also emit a MAX_WATERMARK before taking the savepoint to flush out any state waiting for timers to fire. This async operation would return a 'triggerid' for further query identifier. */
        post: operations["triggerStopWithSavepoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/taskmanagers/{taskmanagerid}/log-url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the log url of jobmanager of a specific job. */
        get: operations["getTaskManagerLogUrl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns details for a task, with a summary for each of its subtasks. */
        get: operations["getJobVertexDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/accumulators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns user-defined accumulators of a task, aggregated across all subtasks. */
        get: operations["getJobVertexAccumulators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/backpressure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns back-pressure information for a job, and may initiate back-pressure sampling if necessary. */
        get: operations["getJobVertexBackPressure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/flamegraph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns flame graph information for a vertex, and may initiate flame graph sampling if necessary. */
        get: operations["getJobVertexFlameGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/jm-operator-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provides access to jobmanager operator metrics. This is an operator that executes on the jobmanager and the coordinator for FLIP 27 sources is one example of such an operator. */
        get: operations["getJobManagerOperatorMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provides access to task metrics. */
        get: operations["getJobVertexMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/accumulators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns all user-defined accumulators for all subtasks of a task. */
        get: operations["getSubtasksAllAccumulators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provides access to aggregated subtask metrics. */
        get: operations["getAggregatedSubtaskMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns details of the current or latest execution attempt of a subtask. */
        get: operations["getSubtaskCurrentAttemptDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}/attempts/{attempt}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns details of an execution attempt of a subtask. Multiple execution attempts happen in case of failure/recovery. */
        get: operations["getSubtaskExecutionAttemptDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}/attempts/{attempt}/accumulators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the accumulators of an execution attempt of a subtask. Multiple execution attempts happen in case of failure/recovery. */
        get: operations["getSubtaskExecutionAttemptAccumulators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasks/{subtaskindex}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provides access to subtask metrics. */
        get: operations["getSubtaskMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/subtasktimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns time-related information for all subtasks of a task. */
        get: operations["getSubtasksTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/taskmanagers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns task information aggregated by task manager. */
        get: operations["getJobVertexTaskManagers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/{jobid}/vertices/{vertexid}/watermarks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the watermarks for all subtasks of a task. */
        get: operations["getJobVertexWatermarks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns an overview over the Flink cluster. */
        get: operations["getClusterOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/savepoint-disposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Triggers the desposal of a savepoint. This async operation would return a 'triggerid' for further query identifier. */
        post: operations["triggerSavepointDisposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/savepoint-disposal/{triggerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the status of a savepoint disposal operation. */
        get: operations["getSavepointDisposalStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns an overview over all task managers. */
        get: operations["getTaskManagers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provides access to aggregated task manager metrics. */
        get: operations["getAggregatedTaskManagerMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/{taskmanagerid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns details for a task manager. */
        get: operations["getTaskManagerDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/{taskmanagerid}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the list of log files on a TaskManager; each is served as text at /taskmanagers/{taskmanagerid}/logs/{filename}. */
        get: operations["getTaskManagerLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/{taskmanagerid}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Provides access to task manager metrics. */
        get: operations["getTaskManagerMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/{taskmanagerid}/thread-dump": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns the thread dump of the requested TaskManager. */
        get: operations["getTaskManagerThreadDump"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobmanager/logs/{filename}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns one log file of the JobManager, as text. */
        get: operations["getJobManagerCustomLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskmanagers/{taskmanagerid}/logs/{filename}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Returns one log file of a TaskManager, as text. */
        get: operations["getTaskManagerCustomLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AggregatedMetricsResponseBody: components["schemas"]["AggregatedMetric"][];
        AggregatedTaskDetailsInfo: {
            metrics?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            "status-duration"?: {
                [key: string]: {
                    [key: string]: number;
                };
            };
        };
        /** @enum {string} */
        AggregationMode: "min" | "max" | "sum" | "avg" | "skew" | "MIN" | "MAX" | "SUM" | "AVG" | "SKEW";
        ApplicationDetails: {
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            "end-time"?: number;
            id?: components["schemas"]["ApplicationID"];
            jobs?: {
                [key: string]: number;
            };
            name?: string;
            /** Format: int64 */
            "start-time"?: number;
            status?: string;
        };
        ApplicationDetailsInfo: {
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            "end-time"?: number;
            id?: components["schemas"]["ApplicationID"];
            jobs?: components["schemas"]["JobDetails"][];
            name?: string;
            /** Format: int64 */
            "start-time"?: number;
            status?: string;
            timestamps?: {
                [key: string]: number;
            };
        };
        ApplicationExceptionHistory: {
            entries?: components["schemas"]["ApplicationExceptionInfo"][];
        };
        ApplicationExceptionInfo: {
            exceptionName?: string;
            jobId?: components["schemas"]["JobID"];
            stacktrace?: string;
            /** Format: int64 */
            timestamp?: number;
        };
        ApplicationExceptionsInfoWithHistory: {
            exceptionHistory?: components["schemas"]["ApplicationExceptionHistory"];
        };
        ApplicationID: string;
        AsynchronousOperationInfo: {
            "failure-cause"?: components["schemas"]["SerializedThrowable"];
        };
        AsynchronousOperationResult: {
            operation?: components["schemas"]["AsynchronousOperationInfo"] | components["schemas"]["CheckpointInfo"] | components["schemas"]["SavepointInfo"];
            status?: components["schemas"]["QueueStatus"];
        };
        CheckpointAlignment: {
            /** Format: int64 */
            buffered?: number;
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            persisted?: number;
            /** Format: int64 */
            processed?: number;
        };
        CheckpointAlignmentSummary: {
            buffered?: components["schemas"]["StatsSummaryDto"];
            duration?: components["schemas"]["StatsSummaryDto"];
            persisted?: components["schemas"]["StatsSummaryDto"];
            processed?: components["schemas"]["StatsSummaryDto"];
        };
        CheckpointConfigInfo: {
            /** Format: int64 */
            aligned_checkpoint_timeout?: number;
            /** Format: int64 */
            changelog_periodic_materialization_interval?: number;
            changelog_storage?: string;
            checkpoint_storage?: string;
            checkpoints_after_tasks_finish?: boolean;
            externalization?: components["schemas"]["ExternalizedCheckpointInfo"];
            /** Format: int64 */
            interval?: number;
            /** Format: int64 */
            max_concurrent?: number;
            /** Format: int64 */
            min_pause?: number;
            mode?: components["schemas"]["ProcessingMode"];
            state_backend?: string;
            state_changelog_enabled?: boolean;
            /** Format: int64 */
            timeout?: number;
            /** Format: int32 */
            tolerable_failed_checkpoints?: number;
            unaligned_checkpoints?: boolean;
        };
        CheckpointDuration: {
            /** Format: int64 */
            async?: number;
            /** Format: int64 */
            sync?: number;
        };
        CheckpointDurationSummary: {
            async?: components["schemas"]["StatsSummaryDto"];
            sync?: components["schemas"]["StatsSummaryDto"];
        };
        CheckpointInfo: {
            /** Format: int64 */
            checkpointId?: number;
            failureCause?: components["schemas"]["SerializedThrowable"];
        };
        CheckpointStatistics: {
            /** Format: int64 */
            alignment_buffered?: number;
            checkpoint_type?: components["schemas"]["RestAPICheckpointType"];
            /** Format: int64 */
            checkpointed_size?: number;
            className: string;
            /** Format: int64 */
            end_to_end_duration?: number;
            /** Format: int64 */
            id?: number;
            is_savepoint?: boolean;
            /** Format: int64 */
            latest_ack_timestamp?: number;
            /** Format: int32 */
            num_acknowledged_subtasks?: number;
            /** Format: int32 */
            num_subtasks?: number;
            /** Format: int64 */
            persisted_data?: number;
            /** Format: int64 */
            processed_data?: number;
            savepointFormat?: string | null;
            /** Format: int64 */
            state_size?: number;
            status?: components["schemas"]["CheckpointStatsStatus"];
            tasks?: {
                [key: string]: components["schemas"]["TaskCheckpointStatistics"];
            };
            /** Format: int64 */
            trigger_timestamp?: number;
        };
        CheckpointStatisticsSummary: {
            alignment_buffered?: components["schemas"]["StatsSummaryDto"];
            checkpointed_size?: components["schemas"]["StatsSummaryDto"];
            end_to_end_duration?: components["schemas"]["StatsSummaryDto"];
            persisted_data?: components["schemas"]["StatsSummaryDto"];
            processed_data?: components["schemas"]["StatsSummaryDto"];
            state_size?: components["schemas"]["StatsSummaryDto"];
        };
        /** @enum {string} */
        CheckpointStatsStatus: "IN_PROGRESS" | "COMPLETED" | "FAILED";
        CheckpointTriggerRequestBody: {
            checkpointType?: components["schemas"]["CheckpointType"];
            triggerId?: components["schemas"]["TriggerId"];
        };
        /** @enum {string} */
        CheckpointType: "CONFIGURED" | "FULL" | "INCREMENTAL";
        CheckpointingStatistics: {
            counts?: components["schemas"]["Counts"];
            history?: components["schemas"]["CheckpointStatistics"][];
            latest?: components["schemas"]["LatestCheckpoints"];
            summary?: components["schemas"]["CheckpointStatisticsSummary"];
        };
        ClientCoordinationRequestBody: {
            serializedCoordinationRequest?: components["schemas"]["SerializedValueCoordinationRequest"];
        };
        ClientCoordinationResponseBody: {
            serializedCoordinationResult?: components["schemas"]["SerializedValueCoordinationResponse"];
        };
        ClusterDataSetEntry: {
            id?: string;
            isComplete?: boolean;
        };
        ClusterDataSetListResponseBody: {
            dataSets?: components["schemas"]["ClusterDataSetEntry"][];
        };
        ClusterOverviewWithVersion: {
            "flink-commit"?: string;
            "flink-version"?: string;
            /** Format: int32 */
            "jobs-cancelled"?: number;
            /** Format: int32 */
            "jobs-failed"?: number;
            /** Format: int32 */
            "jobs-finished"?: number;
            /** Format: int32 */
            "jobs-running"?: number;
            /** Format: int32 */
            "slots-available"?: number;
            /** Format: int32 */
            "slots-free-and-blocked"?: number;
            /** Format: int32 */
            "slots-total"?: number;
            /** Format: int32 */
            taskmanagers?: number;
            /** Format: int32 */
            "taskmanagers-blocked"?: number;
        };
        CompletedCheckpointStatistics: Omit<components["schemas"]["CheckpointStatistics"], "className"> & {
            discarded?: boolean;
            external_path?: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            className: "completed";
        };
        CompletedSubtaskCheckpointStatistics: Omit<components["schemas"]["SubtaskCheckpointStatistics"], "className"> & {
            aborted?: boolean;
            /** Format: int64 */
            ack_timestamp?: number;
            alignment?: components["schemas"]["CheckpointAlignment"];
            checkpoint?: components["schemas"]["CheckpointDuration"];
            /** Format: int64 */
            checkpointed_size?: number;
            /** Format: int64 */
            end_to_end_duration?: number;
            /** Format: int64 */
            start_delay?: number;
            /** Format: int64 */
            state_size?: number;
            unaligned_checkpoint?: boolean;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            className: "completed";
        };
        ConfigurationInfo: components["schemas"]["ConfigurationInfoEntry"][];
        ConfigurationInfoEntry: {
            key?: string;
            value?: string;
        };
        Counts: {
            /** Format: int64 */
            completed?: number;
            /** Format: int64 */
            failed?: number;
            /** Format: int32 */
            in_progress?: number;
            /** Format: int64 */
            restored?: number;
            /** Format: int64 */
            total?: number;
        };
        DashboardConfiguration: {
            features?: components["schemas"]["Features"];
            "flink-revision"?: string;
            "flink-version"?: string;
            /** Format: int64 */
            "refresh-interval"?: number;
            "timezone-name"?: string;
            /** Format: int32 */
            "timezone-offset"?: number;
        };
        DistributedCacheFile: {
            entryName?: string;
            fileName?: string;
        };
        EnvironmentInfo: {
            classpath?: string[];
            jvm?: components["schemas"]["JVMInfo"];
        };
        ExceptionInfo: {
            endpoint?: string;
            exceptionName?: string;
            failureLabels?: {
                [key: string]: string;
            };
            stacktrace?: string;
            taskManagerId?: string;
            taskName?: string;
            /** Format: int64 */
            timestamp?: number;
        };
        ExecutionConfigInfo: {
            /** Format: int32 */
            "job-parallelism"?: number;
            "object-reuse-mode"?: boolean;
            "restart-strategy"?: string;
            "user-config"?: {
                [key: string]: string;
            };
        };
        /** @enum {string} */
        ExecutionState: "CREATED" | "SCHEDULED" | "DEPLOYING" | "RUNNING" | "FINISHED" | "CANCELING" | "CANCELED" | "FAILED" | "RECONCILING" | "INITIALIZING";
        ExternalizedCheckpointInfo: {
            delete_on_cancellation?: boolean;
            enabled?: boolean;
        };
        FailedCheckpointStatistics: Omit<components["schemas"]["CheckpointStatistics"], "className"> & {
            failure_message?: string;
            /** Format: int64 */
            failure_timestamp?: number;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            className: "failed";
        };
        FailureLabel: {
            key?: string;
            value?: string;
        };
        Features: {
            "web-cancel"?: boolean;
            "web-history"?: boolean;
            "web-rescale"?: boolean;
            "web-submit"?: boolean;
        };
        GarbageCollectorInfo: {
            /** Format: int64 */
            count?: number;
            name?: string;
            /** Format: int64 */
            time?: number;
        };
        HardwareDescription: {
            /** Format: int32 */
            cpuCores?: number;
            /** Format: int64 */
            freeMemory?: number;
            /** Format: int64 */
            managedMemory?: number;
            /** Format: int64 */
            physicalMemory?: number;
        };
        IOMetricsInfo: {
            /** Format: int64 */
            "accumulated-backpressured-time"?: number;
            /** Format: double */
            "accumulated-busy-time"?: number;
            /** Format: int64 */
            "accumulated-idle-time"?: number;
            /** Format: int64 */
            "read-bytes"?: number;
            "read-bytes-complete"?: boolean;
            /** Format: int64 */
            "read-records"?: number;
            "read-records-complete"?: boolean;
            /** Format: int64 */
            "write-bytes"?: number;
            "write-bytes-complete"?: boolean;
            /** Format: int64 */
            "write-records"?: number;
            "write-records-complete"?: boolean;
        };
        /** @enum {string} */
        Id: "IN_PROGRESS" | "COMPLETED";
        Input: {
            caching?: string;
            exchange?: string;
            id?: string;
            local_strategy?: string;
            /** Format: int64 */
            num?: number;
            ship_strategy?: string;
        };
        IntermediateDataSetID: string;
        JVMInfo: {
            arch?: string;
            options?: string[];
            version?: string;
        };
        JarEntryInfo: {
            description?: string | null;
            name?: string;
        };
        JarFileInfo: {
            entry?: components["schemas"]["JarEntryInfo"][];
            id?: string;
            name?: string;
            /** Format: int64 */
            uploaded?: number;
        };
        JarListInfo: {
            address?: string;
            files?: components["schemas"]["JarFileInfo"][];
        };
        JarPlanRequestBody: {
            entryClass?: string;
            flinkConfiguration?: {
                [key: string]: string;
            };
            jobId?: components["schemas"]["JobID"];
            /** Format: int32 */
            parallelism?: number;
            programArgsList?: string[];
        };
        JarRunApplicationRequestBody: {
            allowNonRestoredState?: boolean;
            applicationId?: components["schemas"]["ApplicationID"];
            claimMode?: components["schemas"]["RecoveryClaimMode"];
            entryClass?: string;
            flinkConfiguration?: {
                [key: string]: string;
            };
            jobId?: components["schemas"]["JobID"];
            /** Format: int32 */
            parallelism?: number;
            programArgsList?: string[];
            savepointPath?: string;
        };
        JarRunApplicationResponseBody: {
            applicationid?: components["schemas"]["ApplicationID"];
        };
        JarRunRequestBody: {
            allowNonRestoredState?: boolean;
            claimMode?: components["schemas"]["RecoveryClaimMode"];
            entryClass?: string;
            flinkConfiguration?: {
                [key: string]: string;
            };
            jobId?: components["schemas"]["JobID"];
            /** Format: int32 */
            parallelism?: number;
            programArgsList?: string[];
            restoreMode?: components["schemas"]["RecoveryClaimMode"];
            savepointPath?: string;
        };
        JarRunResponseBody: {
            applicationId?: components["schemas"]["ApplicationID"];
            jobid?: components["schemas"]["JobID"];
        };
        JarUploadResponseBody: {
            filename?: string;
            status?: components["schemas"]["UploadStatus"];
        };
        JobAccumulator: Record<string, never>;
        JobAccumulatorsInfo: {
            "job-accumulators"?: components["schemas"]["JobAccumulator"][];
            "serialized-user-task-accumulators"?: {
                [key: string]: components["schemas"]["SerializedValueOptionalFailureObject"];
            };
            "user-task-accumulators"?: components["schemas"]["UserTaskAccumulator"][];
        };
        JobClientHeartbeatRequestBody: {
            /** Format: int64 */
            expiredTimestamp?: number;
        };
        JobConfigInfo: {
            executionConfigInfo?: components["schemas"]["ExecutionConfigInfo"];
            jobId?: components["schemas"]["JobID"];
            jobName?: string;
        };
        JobDetails: {
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            "end-time"?: number;
            jid?: components["schemas"]["JobID"];
            jobType?: components["schemas"]["JobType"];
            /** Format: int64 */
            "last-modification"?: number;
            name?: string;
            /** Format: int32 */
            "pending-operators"?: number;
            schedulerType?: components["schemas"]["SchedulerType"] | null;
            /** Format: int64 */
            "start-time"?: number;
            state?: components["schemas"]["JobStatus"];
            tasks?: {
                [key: string]: number;
            };
        };
        JobDetailsInfo: {
            "application-id"?: components["schemas"]["ApplicationID"];
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            "end-time"?: number;
            isStoppable?: boolean;
            jid?: components["schemas"]["JobID"];
            "job-type"?: components["schemas"]["JobType"];
            /** Format: int64 */
            maxParallelism?: number;
            name?: string;
            /** Format: int64 */
            now?: number;
            /** Format: int32 */
            "pending-operators"?: number;
            plan?: components["schemas"]["Plan"];
            schedulerType?: components["schemas"]["SchedulerType"];
            /** Format: int64 */
            "start-time"?: number;
            state?: components["schemas"]["JobStatus"];
            "status-counts"?: {
                [key: string]: number;
            };
            "stream-graph"?: components["schemas"]["RawJson"];
            timestamps?: {
                [key: string]: number;
            };
            vertices?: components["schemas"]["JobDetailsVertexInfo"][];
        };
        JobDetailsVertexInfo: {
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            "end-time"?: number;
            id?: components["schemas"]["JobVertexID"];
            /** Format: int32 */
            maxParallelism?: number;
            metrics?: components["schemas"]["IOMetricsInfo"];
            name?: string;
            /** Format: int32 */
            parallelism?: number;
            slotSharingGroupId?: components["schemas"]["SlotSharingGroupId"];
            /** Format: int64 */
            "start-time"?: number;
            status?: components["schemas"]["ExecutionState"];
            tasks?: {
                [key: string]: number;
            };
        };
        JobExceptionHistory: {
            entries?: components["schemas"]["RootExceptionInfo"][];
            truncated?: boolean;
        };
        JobExceptionsInfoWithHistory: {
            exceptionHistory?: components["schemas"]["JobExceptionHistory"];
        };
        JobExecutionResultResponseBody: {
            "job-execution-result"?: components["schemas"]["JobResult"];
            status: components["schemas"]["QueueStatus"];
        };
        JobID: string;
        JobIdWithStatus: {
            id?: components["schemas"]["JobID"];
            status?: components["schemas"]["JobStatus"];
        };
        JobIdsWithStatusOverview: {
            jobs?: components["schemas"]["JobIdWithStatus"][];
        };
        JobPlanInfo: {
            plan?: components["schemas"]["Plan"];
        };
        JobRescaleConfigInfo: {
            /** Format: int64 */
            executingCooldownTimeoutInMillis?: number;
            /** Format: int64 */
            executingResourceStabilizationTimeoutInMillis?: number;
            /** Format: int64 */
            maximumDelayForTriggeringRescaleInMillis?: number;
            /** Format: int32 */
            rescaleHistoryMax?: number;
            /** Format: int32 */
            rescaleOnFailedCheckpointCount?: number;
            schedulerExecutionMode?: components["schemas"]["SchedulerExecutionMode"];
            /** Format: int64 */
            slotIdleTimeoutInMillis?: number;
            /** Format: int64 */
            submissionResourceStabilizationTimeoutInMillis?: number;
            /** Format: int64 */
            submissionResourceWaitTimeoutInMillis?: number;
        };
        JobRescaleDetails: {
            /** Format: int64 */
            endTimestampInMillis?: number;
            /** Format: int64 */
            rescaleAttemptId?: number;
            rescaleUuid?: string;
            resourceRequirementsUuid?: string;
            schedulerStates?: components["schemas"]["SchedulerStateSpan"][];
            slots?: {
                [key: string]: components["schemas"]["SlotSharingGroupRescaleInfo"];
            };
            /** Format: int64 */
            startTimestampInMillis?: number;
            terminalState?: components["schemas"]["TerminalState"];
            terminatedReason?: components["schemas"]["TerminatedReason"];
            triggerCause?: components["schemas"]["TriggerCause"];
            vertices?: {
                [key: string]: components["schemas"]["VertexParallelismRescaleInfo"];
            };
        };
        JobRescalesHistory: components["schemas"]["JobRescaleDetails"][];
        JobRescalesOverview: {
            latest?: components["schemas"]["LatestRescales"];
            rescalesCounts?: components["schemas"]["RescalesCounts"];
        };
        JobRescalesSummary: {
            completedRescalesDurationStatsInMillis?: components["schemas"]["StatsSummaryDto"];
            failedRescalesDurationStatsInMillis?: components["schemas"]["StatsSummaryDto"];
            ignoredRescalesDurationStatsInMillis?: components["schemas"]["StatsSummaryDto"];
            rescalesCounts?: components["schemas"]["RescalesCounts"];
            rescalesDurationStatsInMillis?: components["schemas"]["StatsSummaryDto"];
        };
        JobResourceRequirementsBody: {
            [key: string]: components["schemas"]["JobVertexResourceRequirements"];
        };
        JobResult: {
            accumulatorResults?: {
                [key: string]: components["schemas"]["SerializedValueOptionalFailureObject"];
            };
            applicationId?: components["schemas"]["ApplicationID"];
            /** Format: int64 */
            endTime?: number;
            jobId?: components["schemas"]["JobID"];
            jobName?: string;
            jobStatus?: components["schemas"]["JobStatus"];
            /** Format: int64 */
            netRuntime?: number;
            serializedThrowable?: components["schemas"]["SerializedThrowable"];
            /** Format: int64 */
            startTime?: number;
            success?: boolean;
        };
        /** @enum {string} */
        JobStatus: "INITIALIZING" | "CREATED" | "RUNNING" | "FAILING" | "FAILED" | "CANCELLING" | "CANCELED" | "FINISHED" | "RESTARTING" | "SUSPENDED" | "RECONCILING";
        JobStatusInfo: {
            status?: components["schemas"]["JobStatus"];
        };
        JobSubmitRequestBody: {
            executionPlanFileName?: string;
            jobArtifactFileNames: components["schemas"]["DistributedCacheFile"][];
            jobJarFileNames: string[];
        };
        JobSubmitResponseBody: {
            jobUrl?: string;
        };
        /** @enum {string} */
        JobType: "BATCH" | "STREAMING";
        JobVertexAccumulatorsInfo: {
            id?: string;
            "user-accumulators"?: components["schemas"]["UserAccumulator"][];
        };
        JobVertexBackPressureInfo: {
            backpressureLevel?: components["schemas"]["VertexBackPressureLevel"];
            /** Format: int64 */
            "end-timestamp"?: number;
            status?: components["schemas"]["VertexBackPressureStatus"];
            subtasks?: components["schemas"]["SubtaskBackPressureInfo"][];
        };
        JobVertexDetailsInfo: {
            aggregated?: components["schemas"]["AggregatedTaskDetailsInfo"];
            id?: components["schemas"]["JobVertexID"];
            /** Format: int32 */
            maxParallelism?: number;
            name?: string;
            /** Format: int64 */
            now?: number;
            /** Format: int32 */
            parallelism?: number;
            subtasks?: components["schemas"]["SubtaskExecutionAttemptDetailsInfo"][];
        };
        JobVertexID: string;
        JobVertexResourceRequirements: {
            parallelism?: components["schemas"]["Parallelism"];
        };
        JobVertexTaskManagerInfo: {
            aggregated?: components["schemas"]["AggregatedTaskDetailsInfo"];
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            "end-time"?: number;
            endpoint?: string;
            metrics?: components["schemas"]["IOMetricsInfo"];
            /** Format: int64 */
            "start-time"?: number;
            status?: components["schemas"]["ExecutionState"];
            "status-counts"?: {
                [key: string]: number;
            };
            "taskmanager-id"?: string;
        };
        JobVertexTaskManagersInfo: {
            id?: components["schemas"]["JobVertexID"];
            name?: string;
            /** Format: int64 */
            now?: number;
            taskmanagers?: components["schemas"]["JobVertexTaskManagerInfo"][];
        };
        LatestCheckpoints: {
            completed?: components["schemas"]["CompletedCheckpointStatistics"] | null;
            failed?: components["schemas"]["FailedCheckpointStatistics"] | null;
            restored?: components["schemas"]["RestoredCheckpointStatistics"] | null;
            savepoint?: components["schemas"]["CompletedCheckpointStatistics"] | null;
        };
        LatestRescales: {
            completed?: components["schemas"]["JobRescaleDetails"];
            failed?: components["schemas"]["JobRescaleDetails"];
            ignored?: components["schemas"]["JobRescaleDetails"];
        };
        LogInfo: {
            /** Format: int64 */
            mtime?: number;
            name?: string;
            /** Format: int64 */
            size?: number;
        };
        LogListInfo: {
            logs?: components["schemas"]["LogInfo"][];
        };
        LogUrlResponse: {
            url?: string;
        };
        Metric: {
            id: string;
            value?: string;
        };
        MetricCollectionResponseBody: components["schemas"]["Metric"][];
        MultipleApplicationsDetails: {
            applications?: components["schemas"]["ApplicationDetails"][];
        };
        MultipleJobsDetails: {
            jobs?: components["schemas"]["JobDetails"][];
        };
        Node: {
            children?: components["schemas"]["Node"][];
            name?: string;
            /** Format: int32 */
            value?: number;
        };
        Parallelism: {
            /** Format: int32 */
            lowerBound?: number;
            /** Format: int32 */
            upperBound?: number;
        };
        PendingCheckpointStatistics: Omit<components["schemas"]["CheckpointStatistics"], "className"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            className: "in_progress";
        };
        PendingSubtaskCheckpointStatistics: Omit<components["schemas"]["SubtaskCheckpointStatistics"], "className"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            className: "pending";
        };
        Plan: {
            jid?: string;
            name?: string;
            nodes?: components["schemas"]["PlanNode"][];
            type?: string;
        };
        PlanNode: {
            description?: string;
            id?: string;
            inputs?: components["schemas"]["Input"][];
            operator?: string;
            operator_strategy?: string;
            optimizer_properties?: components["schemas"]["RawJson"];
            /** Format: int64 */
            parallelism?: number;
        };
        /** @enum {string} */
        ProcessingMode: "at_least_once" | "exactly_once";
        QueueStatus: {
            id: components["schemas"]["Id"];
        };
        RawJson: Record<string, never>;
        /** @enum {string} */
        RecoveryClaimMode: "CLAIM" | "NO_CLAIM" | "LEGACY";
        RescaleUUID: {
            /** Format: byte */
            bytes?: string;
            /** Format: int64 */
            lowerPart?: number;
            /** Format: int64 */
            upperPart?: number;
        };
        RescalesCounts: {
            /** Format: int64 */
            completed?: number;
            /** Format: int64 */
            failed?: number;
            /** Format: int64 */
            ignored?: number;
            /** Format: int64 */
            inProgress?: number;
        };
        ResourceID: string;
        ResourceProfileInfo: {
            /** Format: double */
            cpuCores?: number;
            extendedResources?: {
                [key: string]: number;
            };
            /** Format: int32 */
            managedMemory?: number;
            /** Format: int32 */
            networkMemory?: number;
            /** Format: int32 */
            taskHeapMemory?: number;
            /** Format: int32 */
            taskOffHeapMemory?: number;
        };
        /** @enum {string} */
        RestAPICheckpointType: "CHECKPOINT" | "UNALIGNED_CHECKPOINT" | "SAVEPOINT" | "SYNC_SAVEPOINT";
        RestoredCheckpointStatistics: {
            external_path?: string;
            /** Format: int64 */
            id?: number;
            is_savepoint?: boolean;
            /** Format: int64 */
            restore_timestamp?: number;
        };
        RootExceptionInfo: {
            concurrentExceptions?: components["schemas"]["ExceptionInfo"][];
            endpoint?: string;
            exceptionName?: string;
            failureLabels?: {
                [key: string]: string;
            };
            stacktrace?: string;
            taskManagerId?: string;
            taskName?: string;
            /** Format: int64 */
            timestamp?: number;
        };
        SavepointDisposalRequest: {
            "savepoint-path"?: string;
        };
        /** @enum {string} */
        SavepointFormatType: "CANONICAL" | "NATIVE";
        SavepointInfo: {
            "failure-cause"?: components["schemas"]["SerializedThrowable"];
            location?: string;
        };
        SavepointTriggerRequestBody: {
            "cancel-job"?: boolean;
            formatType?: components["schemas"]["SavepointFormatType"];
            "target-directory"?: string;
            triggerId?: components["schemas"]["TriggerId"];
        };
        /** @enum {string} */
        SchedulerExecutionMode: "REACTIVE";
        SchedulerStateSpan: {
            /** Format: int64 */
            durationInMillis?: number;
            /** Format: int64 */
            enterTimestampInMillis?: number;
            /** Format: int64 */
            leaveTimestampInMillis?: number;
            state?: string;
            stringifiedException?: string;
        };
        /** @enum {string} */
        SchedulerType: "Default" | "Adaptive" | "AdaptiveBatch";
        SerializedThrowable: {
            /** @description Class name of the original exception. */
            class: string;
            /** @description The full stack trace, causes included. */
            "stack-trace": string;
            /**
             * Format: byte
             * @description The Java-serialized exception, base64.
             */
            "serialized-throwable": string;
        };
        SerializedValueCoordinationRequest: {
            /** Format: byte */
            byteArray?: string;
        };
        SerializedValueCoordinationResponse: {
            /** Format: byte */
            byteArray?: string;
        };
        SerializedValueOptionalFailureObject: {
            /** Format: byte */
            byteArray?: string;
        };
        SlotInfo: {
            /** Format: int32 */
            assignedTasks?: number;
            jobId?: components["schemas"]["JobID"];
            resource?: components["schemas"]["ResourceProfileInfo"];
        };
        SlotSharingGroupId: string;
        SlotSharingGroupRescaleInfo: {
            acquiredResourceProfile?: components["schemas"]["ResourceProfileInfo"];
            /** Format: int32 */
            desiredSlots?: number;
            /** Format: int32 */
            minimalRequiredSlots?: number;
            /** Format: int32 */
            postRescaleSlots?: number;
            /** Format: int32 */
            preRescaleSlots?: number;
            requestResourceProfile?: components["schemas"]["ResourceProfileInfo"];
            slotSharingGroupId?: components["schemas"]["SlotSharingGroupId"];
            slotSharingGroupName?: string;
        };
        StatsSummaryDto: {
            /** Format: int64 */
            avg?: number;
            /** Format: int64 */
            max?: number;
            /** Format: int64 */
            min?: number;
            p50?: number | "NaN";
            p90?: number | "NaN";
            p95?: number | "NaN";
            p99?: number | "NaN";
            p999?: number | "NaN";
        };
        StopWithSavepointRequestBody: {
            drain?: boolean;
            formatType?: components["schemas"]["SavepointFormatType"];
            targetDirectory?: string;
            triggerId?: components["schemas"]["TriggerId"];
        };
        SubtaskAccumulatorsInfo: {
            /** Format: int32 */
            attempt?: number;
            endpoint?: string;
            /** Format: int32 */
            subtask?: number;
            "user-accumulators"?: components["schemas"]["UserAccumulator"][];
        };
        SubtaskBackPressureInfo: {
            /** Format: int32 */
            "attempt-number"?: number;
            backpressureLevel?: components["schemas"]["VertexBackPressureLevel"];
            /** Format: double */
            busyRatio?: number;
            /** Format: double */
            idleRatio?: number;
            "other-concurrent-attempts"?: components["schemas"]["SubtaskBackPressureInfo"][];
            /** Format: double */
            ratio?: number;
            /** Format: int32 */
            subtask?: number;
        };
        SubtaskCheckpointStatistics: {
            className: string;
            /** Format: int32 */
            index?: number;
            status?: string;
        };
        SubtaskExecutionAttemptAccumulatorsInfo: {
            /** Format: int32 */
            attempt?: number;
            id?: string;
            /** Format: int32 */
            subtask?: number;
            "user-accumulators"?: components["schemas"]["UserAccumulator"][];
        };
        SubtaskExecutionAttemptDetailsInfo: {
            /** Format: int32 */
            attempt?: number;
            /** Format: int64 */
            duration?: number;
            /** Format: int64 */
            "end-time"?: number;
            endpoint?: string;
            metrics?: components["schemas"]["IOMetricsInfo"];
            "other-concurrent-attempts"?: components["schemas"]["SubtaskExecutionAttemptDetailsInfo"][];
            /** Format: int64 */
            "start-time"?: number;
            status?: components["schemas"]["ExecutionState"];
            "status-duration"?: {
                [key: string]: number;
            };
            /** Format: int32 */
            subtask?: number;
            "taskmanager-id"?: string;
        };
        SubtaskTimeInfo: {
            /** Format: int64 */
            duration?: number;
            endpoint?: string;
            /** Format: int32 */
            subtask?: number;
            timestamps?: {
                [key: string]: number;
            };
        };
        SubtasksAllAccumulatorsInfo: {
            id?: components["schemas"]["JobVertexID"];
            /** Format: int32 */
            parallelism?: number;
            subtasks?: components["schemas"]["SubtaskAccumulatorsInfo"][];
        };
        SubtasksTimesInfo: {
            id?: string;
            name?: string;
            /** Format: int64 */
            now?: number;
            subtasks?: components["schemas"]["SubtaskTimeInfo"][];
        };
        TaskCheckpointStatistics: {
            /** Format: int64 */
            alignment_buffered?: number;
            /** Format: int64 */
            checkpointed_size?: number;
            /** Format: int64 */
            end_to_end_duration?: number;
            /** Format: int64 */
            id?: number;
            /** Format: int64 */
            latest_ack_timestamp?: number;
            /** Format: int32 */
            num_acknowledged_subtasks?: number;
            /** Format: int32 */
            num_subtasks?: number;
            /** Format: int64 */
            persisted_data?: number;
            /** Format: int64 */
            processed_data?: number;
            /** Format: int64 */
            state_size?: number;
            status?: components["schemas"]["CheckpointStatsStatus"];
        };
        TaskCheckpointStatisticsWithSubtaskDetails: {
            /** Format: int64 */
            alignment_buffered?: number;
            /** Format: int64 */
            checkpointed_size?: number;
            /** Format: int64 */
            end_to_end_duration?: number;
            /** Format: int64 */
            id?: number;
            /** Format: int64 */
            latest_ack_timestamp?: number;
            /** Format: int32 */
            num_acknowledged_subtasks?: number;
            /** Format: int32 */
            num_subtasks?: number;
            /** Format: int64 */
            persisted_data?: number;
            /** Format: int64 */
            processed_data?: number;
            /** Format: int64 */
            state_size?: number;
            status?: components["schemas"]["CheckpointStatsStatus"];
            subtasks?: components["schemas"]["SubtaskCheckpointStatistics"][];
            summary?: components["schemas"]["TaskCheckpointStatisticsWithSubtaskDetailsSummary"];
        };
        TaskCheckpointStatisticsWithSubtaskDetailsSummary: {
            alignment?: components["schemas"]["CheckpointAlignmentSummary"];
            checkpoint_duration?: components["schemas"]["CheckpointDurationSummary"];
            checkpointed_size?: components["schemas"]["StatsSummaryDto"];
            end_to_end_duration?: components["schemas"]["StatsSummaryDto"];
            start_delay?: components["schemas"]["StatsSummaryDto"];
            state_size?: components["schemas"]["StatsSummaryDto"];
        };
        TaskExecutorMemoryConfiguration: {
            /** Format: int64 */
            frameworkHeap?: number;
            /** Format: int64 */
            frameworkOffHeap?: number;
            /** Format: int64 */
            jvmMetaspace?: number;
            /** Format: int64 */
            jvmOverhead?: number;
            /** Format: int64 */
            managedMemory?: number;
            /** Format: int64 */
            networkMemory?: number;
            /** Format: int64 */
            taskHeap?: number;
            /** Format: int64 */
            taskOffHeap?: number;
            /** Format: int64 */
            totalFlinkMemory?: number;
            /** Format: int64 */
            totalProcessMemory?: number;
        };
        TaskManagerDetailsInfo: {
            allocatedSlots?: components["schemas"]["SlotInfo"][];
            /** Format: int32 */
            assignedTasks?: number;
            blocked?: boolean;
            /** Format: int32 */
            dataPort?: number;
            freeResource?: components["schemas"]["ResourceProfileInfo"];
            /** Format: int32 */
            freeSlots?: number;
            hardware?: components["schemas"]["HardwareDescription"];
            id?: components["schemas"]["ResourceID"];
            /** Format: int32 */
            jmxPort?: number;
            memoryConfiguration?: components["schemas"]["TaskExecutorMemoryConfiguration"];
            metrics?: components["schemas"]["TaskManagerMetricsInfo"];
            path?: string;
            /** Format: int32 */
            slotsNumber?: number;
            /** Format: int64 */
            timeSinceLastHeartbeat?: number;
            totalResource?: components["schemas"]["ResourceProfileInfo"];
        };
        TaskManagerInfo: {
            /** Format: int32 */
            assignedTasks?: number;
            blocked?: boolean;
            /** Format: int32 */
            dataPort?: number;
            freeResource?: components["schemas"]["ResourceProfileInfo"];
            /** Format: int32 */
            freeSlots?: number;
            hardware?: components["schemas"]["HardwareDescription"];
            id?: components["schemas"]["ResourceID"];
            /** Format: int32 */
            jmxPort?: number;
            memoryConfiguration?: components["schemas"]["TaskExecutorMemoryConfiguration"];
            path?: string;
            /** Format: int32 */
            slotsNumber?: number;
            /** Format: int64 */
            timeSinceLastHeartbeat?: number;
            totalResource?: components["schemas"]["ResourceProfileInfo"];
        };
        TaskManagerMetricsInfo: {
            /** Format: int64 */
            directCount?: number;
            /** Format: int64 */
            directMax?: number;
            /** Format: int64 */
            directUsed?: number;
            garbageCollectors?: components["schemas"]["GarbageCollectorInfo"][];
            /** Format: int64 */
            heapCommitted?: number;
            /** Format: int64 */
            heapMax?: number;
            /** Format: int64 */
            heapUsed?: number;
            /** Format: int64 */
            mappedCount?: number;
            /** Format: int64 */
            mappedMax?: number;
            /** Format: int64 */
            mappedUsed?: number;
            /** Format: int64 */
            nettyShuffleMemoryAvailable?: number;
            /** Format: int64 */
            nettyShuffleMemorySegmentsAvailable?: number;
            /** Format: int64 */
            nettyShuffleMemorySegmentsTotal?: number;
            /** Format: int64 */
            nettyShuffleMemorySegmentsUsed?: number;
            /** Format: int64 */
            nettyShuffleMemoryTotal?: number;
            /** Format: int64 */
            nettyShuffleMemoryUsed?: number;
            /** Format: int64 */
            nonHeapCommitted?: number;
            /** Format: int64 */
            nonHeapMax?: number;
            /** Format: int64 */
            nonHeapUsed?: number;
        };
        TaskManagersInfo: {
            taskmanagers?: components["schemas"]["TaskManagerInfo"][];
        };
        /** @enum {string} */
        TerminalState: "COMPLETED" | "FAILED" | "IGNORED";
        /** @enum {string} */
        TerminatedReason: "SUCCEEDED" | "EXCEPTION_OCCURRED" | "RESOURCE_REQUIREMENTS_UPDATED" | "NO_RESOURCES_OR_PARALLELISMS_CHANGE" | "JOB_FINISHED" | "JOB_FAILED" | "JOB_CANCELED" | "JOB_FAILOVER_RESTARTING";
        /** @enum {string} */
        TerminationMode: "cancel" | "stop" | "CANCEL" | "STOP";
        ThreadDumpInfo: {
            threadInfos?: components["schemas"]["ThreadInfo"][];
        };
        ThreadInfo: {
            stringifiedThreadInfo?: string;
            threadName?: string;
        };
        /** @enum {string} */
        ThreadStates: "full" | "on_cpu" | "off_cpu" | "FULL" | "ON_CPU" | "OFF_CPU";
        /** @enum {string} */
        TriggerCause: "INITIAL_SCHEDULE" | "UPDATE_REQUIREMENT" | "NEW_RESOURCE_AVAILABLE" | "RECOVERABLE_FAILOVER";
        TriggerId: string;
        TriggerResponse: {
            "request-id"?: components["schemas"]["TriggerId"];
        };
        /** @enum {string} */
        UploadStatus: "success";
        UserAccumulator: {
            name?: string;
            type?: string;
            value?: string;
        };
        UserTaskAccumulator: {
            name?: string;
            type?: string;
            value?: string;
        };
        /** @enum {string} */
        VertexBackPressureLevel: "ok" | "low" | "high";
        /** @enum {string} */
        VertexBackPressureStatus: "deprecated" | "ok";
        VertexFlameGraph: {
            data?: components["schemas"]["Node"];
            /** Format: int64 */
            endTimestamp?: number;
        };
        VertexParallelismInformation: {
            /** Format: int32 */
            maxParallelism?: number;
            /** Format: int32 */
            minParallelism?: number;
            /** Format: int32 */
            parallelism?: number;
        };
        VertexParallelismRescaleInfo: {
            /** Format: int32 */
            desiredParallelism?: number;
            jobVertexId?: components["schemas"]["JobVertexID"];
            jobVertexName?: string;
            /** Format: int32 */
            postRescaleParallelism?: number;
            /** Format: int32 */
            preRescaleParallelism?: number;
            requiredParallelisms?: components["schemas"]["VertexParallelismInformation"];
            slotSharingGroupId?: components["schemas"]["SlotSharingGroupId"];
            slotSharingGroupName?: string;
            /** Format: int32 */
            sufficientParallelism?: number;
        };
        AggregatedMetric: {
            id: string;
            /** Format: double */
            min?: number;
            /** Format: double */
            max?: number;
            /** Format: double */
            avg?: number;
            /** Format: double */
            sum?: number;
            /** Format: double */
            skew?: number;
        };
        SavepointStatusResult: {
            status: components["schemas"]["QueueStatus"];
            operation?: components["schemas"]["SavepointInfo"] | null;
        };
        CheckpointStatusResult: {
            status: components["schemas"]["QueueStatus"];
            operation?: components["schemas"]["CheckpointInfo"] | null;
        };
        AsynchronousOperationStatusResult: {
            status: components["schemas"]["QueueStatus"];
            operation?: components["schemas"]["AsynchronousOperationInfo"] | null;
        };
        ErrorResponseBody: {
            errors: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApplicationsOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultipleApplicationsDetails"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getApplicationDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies an application. */
                applicationid: components["schemas"]["ApplicationID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetailsInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    cancelApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies an application. */
                applicationid: components["schemas"]["ApplicationID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getApplicationExceptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies an application. */
                applicationid: components["schemas"]["ApplicationID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationExceptionsInfoWithHistory"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobManagerApplicationConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies an application. */
                applicationid: components["schemas"]["ApplicationID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationInfoEntry"][];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    shutdownCluster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getDashboardConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardConfiguration"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getClusterDataSetList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterDataSetListResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getClusterDataSetDeleteStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string that identifies an asynchronous operation trigger ID. The ID was returned then the operation was triggered. */
                triggerid: components["schemas"]["TriggerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsynchronousOperationStatusResult"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    deleteClusterDataSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a cluster data set. */
                datasetid: components["schemas"]["IntermediateDataSetID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJarList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JarListInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    uploadJar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    jarfile: string;
                };
            };
        };
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JarUploadResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    deleteJar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description String value that identifies a jar. When uploading the jar a path is returned, where the filename is the ID. This value is equivalent to the `id` field in the list of uploaded jars (/jars). */
                jarid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJarPlanGet: {
        parameters: {
            query?: {
                /** @description Comma-separated list of program arguments. */
                programArg?: string;
                /** @description String value that specifies the fully qualified name of the entry point class. Overrides the class defined in the jar file manifest. */
                "entry-class"?: string;
                /** @description Positive integer value that specifies the desired parallelism for the job. */
                parallelism?: number;
            };
            header?: never;
            path: {
                /** @description String value that identifies a jar. When uploading the jar a path is returned, where the filename is the ID. This value is equivalent to the `id` field in the list of uploaded jars (/jars). */
                jarid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPlanInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    generatePlanFromJar: {
        parameters: {
            query?: {
                /** @description Comma-separated list of program arguments. */
                programArg?: string;
                /** @description String value that specifies the fully qualified name of the entry point class. Overrides the class defined in the jar file manifest. */
                "entry-class"?: string;
                /** @description Positive integer value that specifies the desired parallelism for the job. */
                parallelism?: number;
            };
            header?: never;
            path: {
                /** @description String value that identifies a jar. When uploading the jar a path is returned, where the filename is the ID. This value is equivalent to the `id` field in the list of uploaded jars (/jars). */
                jarid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JarPlanRequestBody"];
            };
        };
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPlanInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    submitJobFromJar: {
        parameters: {
            query?: {
                /** @description Boolean value that specifies whether the job submission should be rejected if the savepoint contains state that cannot be mapped back to the job. */
                allowNonRestoredState?: boolean;
                /** @description String value that specifies the path of the savepoint to restore the job from. */
                savepointPath?: string;
                /** @description Comma-separated list of program arguments. */
                programArg?: string;
                /** @description String value that specifies the fully qualified name of the entry point class. Overrides the class defined in the jar file manifest. */
                "entry-class"?: string;
                /** @description Positive integer value that specifies the desired parallelism for the job. */
                parallelism?: number;
            };
            header?: never;
            path: {
                /** @description String value that identifies a jar. When uploading the jar a path is returned, where the filename is the ID. This value is equivalent to the `id` field in the list of uploaded jars (/jars). */
                jarid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JarRunRequestBody"];
            };
        };
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JarRunResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    submitApplicationFromJar: {
        parameters: {
            query?: {
                /** @description Boolean value that specifies whether the job submission should be rejected if the savepoint contains state that cannot be mapped back to the job. */
                allowNonRestoredState?: boolean;
                /** @description String value that specifies the path of the savepoint to restore the job from. */
                savepointPath?: string;
                /** @description Comma-separated list of program arguments. */
                programArg?: string;
                /** @description String value that specifies the fully qualified name of the entry point class. Overrides the class defined in the jar file manifest. */
                "entry-class"?: string;
                /** @description Positive integer value that specifies the desired parallelism for the job. */
                parallelism?: number;
            };
            header?: never;
            path: {
                /** @description String value that identifies a jar. When uploading the jar a path is returned, where the filename is the ID. This value is equivalent to the `id` field in the list of uploaded jars (/jars). */
                jarid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JarRunApplicationRequestBody"];
            };
        };
        responses: {
            /** @description The request was successful. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JarRunApplicationResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getClusterConfigurationInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationInfoEntry"][];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobManagerEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobManagerLogList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogListInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobManagerMetrics: {
        parameters: {
            query?: {
                /** @description Comma-separated list of string values to select specific metrics. */
                get?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobManagerThreadDump: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDumpInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobIdsWithStatusesOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobIdsWithStatusOverview"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    submitJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    filename?: string[];
                    request?: components["schemas"]["JobSubmitRequestBody"];
                };
            };
        };
        responses: {
            /** @description The request was successful. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobSubmitResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getAggregatedJobMetrics: {
        parameters: {
            query?: {
                /** @description Comma-separated list of string values to select specific metrics. */
                get?: string[];
                /** @description Comma-separated list of aggregation modes which should be calculated. Available aggregations are: "min, max, sum, avg, skew". */
                agg?: components["schemas"]["AggregationMode"][];
                /** @description Comma-separated list of 32-character hexadecimal strings to select specific jobs. */
                jobs?: components["schemas"]["JobID"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatedMetricsResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobsOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultipleJobsDetails"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetailsInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    cancelJob: {
        parameters: {
            query?: {
                /** @description String value that specifies the termination mode. The only supported value is: "cancel". */
                mode?: components["schemas"]["TerminationMode"];
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobAccumulators: {
        parameters: {
            query?: {
                /** @description Boolean value that specifies whether serialized user task accumulators should be included in the response. */
                includeSerializedValue?: boolean;
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobAccumulatorsInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getCheckpointingStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointingStatistics"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    triggerCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CheckpointTriggerRequestBody"];
            };
        };
        responses: {
            /** @description The request was successful. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getCheckpointConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointConfigInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getCheckpointStatisticDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description Long value that identifies a checkpoint. */
                checkpointid: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointStatistics"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getTaskCheckpointStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description Long value that identifies a checkpoint. */
                checkpointid: number;
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCheckpointStatisticsWithSubtaskDetails"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getCheckpointStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string that identifies an asynchronous operation trigger ID. The ID was returned then the operation was triggered. */
                triggerid: components["schemas"]["TriggerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointStatusResult"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    triggerHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JobClientHeartbeatRequestBody"];
            };
        };
        responses: {
            /** @description The request was successful. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobConfigInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    postClientCoordination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description string value that identifies an operator. */
                operatorUid: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ClientCoordinationRequestBody"];
            };
        };
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientCoordinationResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobExceptions: {
        parameters: {
            query?: {
                /** @description Comma-separated list of integer values that specifies the upper limit of exceptions to return. */
                maxExceptions?: number;
                /** @description Collection of string values working as a filter in the form of `key:value` pairs allowing only exceptions with ALL of the specified failure labels to be returned. */
                failureLabelFilter?: components["schemas"]["FailureLabel"];
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobExceptionsInfoWithHistory"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobExecutionResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobExecutionResultResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobManagerJobConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationInfoEntry"][];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobManagerJobEnvironment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobManagerLogUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogUrlResponse"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobMetrics: {
        parameters: {
            query?: {
                /** @description Comma-separated list of string values to select specific metrics. */
                get?: string[];
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPlanInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobRescaleConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRescaleConfigInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobRescaleDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description String value that identifies a job rescale. */
                rescaleuuid: components["schemas"]["RescaleUUID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRescaleDetails"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobRescalesHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRescaleDetails"][];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobRescalesOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRescalesOverview"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobRescalesSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobRescalesSummary"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    rescaleJob: {
        parameters: {
            query: {
                /** @description Positive integer value that specifies the desired parallelism. */
                parallelism: number;
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getRescalingStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string that identifies an asynchronous operation trigger ID. The ID was returned then the operation was triggered. */
                triggerid: components["schemas"]["TriggerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsynchronousOperationStatusResult"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobResourceRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResourceRequirementsBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    updateJobResourceRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JobResourceRequirementsBody"];
            };
        };
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    triggerSavepoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SavepointTriggerRequestBody"];
            };
        };
        responses: {
            /** @description The request was successful. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getSavepointStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string that identifies an asynchronous operation trigger ID. The ID was returned then the operation was triggered. */
                triggerid: components["schemas"]["TriggerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavepointStatusResult"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobStatusInfo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobStatusInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    triggerStopWithSavepoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StopWithSavepointRequestBody"];
            };
        };
        responses: {
            /** @description The request was successful. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getTaskManagerLogUrl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string that identifies a task manager. */
                taskmanagerid: components["schemas"]["ResourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogUrlResponse"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobVertexDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobVertexDetailsInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobVertexAccumulators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobVertexAccumulatorsInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobVertexBackPressure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobVertexBackPressureInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobVertexFlameGraph: {
        parameters: {
            query?: {
                /** @description String value that specifies the Flame Graph type. Supported options are: "[FULL, ON_CPU, OFF_CPU]". */
                type?: components["schemas"]["ThreadStates"];
                /** @description Positive integer value that identifies a subtask. */
                subtaskindex?: number;
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VertexFlameGraph"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobManagerOperatorMetrics: {
        parameters: {
            query?: {
                /** @description Comma-separated list of string values to select specific metrics. */
                get?: string[];
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobVertexMetrics: {
        parameters: {
            query?: {
                /** @description Comma-separated list of string values to select specific metrics. */
                get?: string[];
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getSubtasksAllAccumulators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtasksAllAccumulatorsInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getAggregatedSubtaskMetrics: {
        parameters: {
            query?: {
                /** @description Comma-separated list of string values to select specific metrics. */
                get?: string[];
                /** @description Comma-separated list of aggregation modes which should be calculated. Available aggregations are: "min, max, sum, avg, skew". */
                agg?: components["schemas"]["AggregationMode"][];
                /** @description Comma-separated list of integer ranges (e.g. "1,3,5-9") to select specific subtasks. */
                subtasks?: string[];
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatedMetricsResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getSubtaskCurrentAttemptDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
                /** @description Positive integer value that identifies a subtask. */
                subtaskindex: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtaskExecutionAttemptDetailsInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getSubtaskExecutionAttemptDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
                /** @description Positive integer value that identifies a subtask. */
                subtaskindex: number;
                /** @description Positive integer value that identifies an execution attempt. */
                attempt: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtaskExecutionAttemptDetailsInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getSubtaskExecutionAttemptAccumulators: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
                /** @description Positive integer value that identifies a subtask. */
                subtaskindex: number;
                /** @description Positive integer value that identifies an execution attempt. */
                attempt: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtaskExecutionAttemptAccumulatorsInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getSubtaskMetrics: {
        parameters: {
            query?: {
                /** @description Comma-separated list of string values to select specific metrics. */
                get?: string[];
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
                /** @description Positive integer value that identifies a subtask. */
                subtaskindex: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getSubtasksTimes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubtasksTimesInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobVertexTaskManagers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobVertexTaskManagersInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobVertexWatermarks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string value that identifies a job. */
                jobid: components["schemas"]["JobID"];
                /** @description 32-character hexadecimal string value that identifies a job vertex. */
                vertexid: components["schemas"]["JobVertexID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getClusterOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterOverviewWithVersion"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    triggerSavepointDisposal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SavepointDisposalRequest"];
            };
        };
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerResponse"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getSavepointDisposalStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string that identifies an asynchronous operation trigger ID. The ID was returned then the operation was triggered. */
                triggerid: components["schemas"]["TriggerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsynchronousOperationStatusResult"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getTaskManagers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskManagersInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getAggregatedTaskManagerMetrics: {
        parameters: {
            query?: {
                /** @description Comma-separated list of string values to select specific metrics. */
                get?: string[];
                /** @description Comma-separated list of aggregation modes which should be calculated. Available aggregations are: "min, max, sum, avg, skew". */
                agg?: components["schemas"]["AggregationMode"][];
                /** @description Comma-separated list of 32-character hexadecimal strings to select specific task managers. */
                taskmanagers?: components["schemas"]["ResourceID"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatedMetricsResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getTaskManagerDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string that identifies a task manager. */
                taskmanagerid: components["schemas"]["ResourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskManagerDetailsInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getTaskManagerLogs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string that identifies a task manager. */
                taskmanagerid: components["schemas"]["ResourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogListInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getTaskManagerMetrics: {
        parameters: {
            query?: {
                /** @description Comma-separated list of string values to select specific metrics. */
                get?: string[];
            };
            header?: never;
            path: {
                /** @description 32-character hexadecimal string that identifies a task manager. */
                taskmanagerid: components["schemas"]["ResourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCollectionResponseBody"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getTaskManagerThreadDump: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 32-character hexadecimal string that identifies a task manager. */
                taskmanagerid: components["schemas"]["ResourceID"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successful. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDumpInfo"];
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getJobManagerCustomLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file name from /jobmanager/logs. */
                filename: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
    getTaskManagerCustomLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A TaskManager id from /taskmanagers. */
                taskmanagerid: components["schemas"]["ResourceID"];
                /** @description A file name from /taskmanagers/{taskmanagerid}/logs. */
                filename: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description An error; errors[0] is the message (for a handler exception, with its stack trace). */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseBody"];
                };
            };
        };
    };
}
