/**
 * Types generated from the Keystone OpenAPI spec by `npm run generate:types`. Do not edit.
 * Query parameters with format date/date-time also accept `Date`; binary fields take a `Blob`.
 * @internal
 */
/* eslint-disable */
export interface paths {
    "/allocations/allocations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List resource allocations.
         * @description Returns a list of resource allocations. Non-staff users are only returned allocations belonging to teams where they hold membership. Staff users are returned all allocations.
         */
        get: operations["allocations_allocations_list"];
        put?: never;
        /**
         * Create a resource allocation.
         * @description Creates a new resource allocation. Write access is granted to staff users and team administrators. Non-staff users may only create allocations on clusters their team is permitted to use under the cluster's access mode.
         */
        post: operations["allocations_allocations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/allocations/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a resource allocation.
         * @description Returns a single resource allocation by ID. Read access is granted to staff users and team members.
         */
        get: operations["allocations_allocations_retrieve"];
        /**
         * Update a resource allocation.
         * @description Replaces an existing resource allocation with new values. Write access is restricted to staff users.
         */
        put: operations["allocations_allocations_update"];
        post?: never;
        /**
         * Delete a resource allocation.
         * @description Deletes a resource allocation by ID. Write access is restricted to staff users.
         */
        delete: operations["allocations_allocations_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update a resource allocation.
         * @description Partially updates an existing resource allocation with new values. Write access is restricted to staff users.
         */
        patch: operations["allocations_allocations_partial_update"];
        trace?: never;
    };
    "/allocations/attachments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List file attachments.
         * @description Returns a list of file attachments. Non-staff users are only returned attachments belonging to teams where they hold membership. Staff users are returned all attachments.
         */
        get: operations["allocations_attachments_list"];
        put?: never;
        /**
         * Create a file attachment.
         * @description Creates a new file attachment on an allocation request. Write access is granted to staff users and team administrators.
         */
        post: operations["allocations_attachments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/attachments/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a file attachment.
         * @description Returns a single file attachment by ID. Read access is granted to staff users and team members.
         */
        get: operations["allocations_attachments_retrieve"];
        /**
         * Update a file attachment.
         * @description Replaces an existing file attachment with new values. Write access is restricted to staff users.
         */
        put: operations["allocations_attachments_update"];
        post?: never;
        /**
         * Delete a file attachment.
         * @description Deletes a file attachment by ID. Write access is restricted to staff users.
         */
        delete: operations["allocations_attachments_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update a file attachment.
         * @description Partially updates an existing file attachment with new values. Write access is restricted to staff users.
         */
        patch: operations["allocations_attachments_partial_update"];
        trace?: never;
    };
    "/allocations/cluster-choices/access-mode/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve valid access mode options.
         * @description Returns valid choices for the request `access_mode` field mapped to human-readable labels.
         */
        get: operations["allocations_cluster_choices_access_mode_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/clusters/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List HPC clusters.
         * @description Returns a list of HPC clusters. Non-staff users are only returned clusters accessible based on each cluster's access mode (open, whitelist, or blacklist) and the user's team memberships. Staff users are returned all clusters.
         */
        get: operations["allocations_clusters_list"];
        put?: never;
        /**
         * Create an HPC cluster.
         * @description Creates a new HPC cluster. Write access is restricted to staff users.
         */
        post: operations["allocations_clusters_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/clusters/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an HPC cluster.
         * @description Returns a single HPC cluster by ID. Read access is granted to all users regardless of the cluster access policy.
         */
        get: operations["allocations_clusters_retrieve"];
        /**
         * Update an HPC cluster.
         * @description Replaces an existing HPC cluster with new values. Write access is restricted to staff users.
         */
        put: operations["allocations_clusters_update"];
        post?: never;
        /**
         * Delete an HPC cluster.
         * @description Deletes an HPC cluster by ID. Write access is restricted to staff users.
         */
        delete: operations["allocations_clusters_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update an HPC cluster.
         * @description Partially updates an existing HPC cluster with new values. Write access is restricted to staff users.
         */
        patch: operations["allocations_clusters_partial_update"];
        trace?: never;
    };
    "/allocations/comments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List comments.
         * @description Returns a list of comments made on allocation requests. Non-staff users are only returned public comments belonging to teams where they hold membership. Staff users are returned all comments, including private comments.
         */
        get: operations["allocations_comments_list"];
        put?: never;
        /**
         * Create a comment.
         * @description Creates a new comment on an allocation request. Write access is granted to staff users and team members. Only staff users may create comments marked as private.
         */
        post: operations["allocations_comments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/comments/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a comment.
         * @description Returns a single comment by ID. Read access is granted to staff users and team members for public comments. Private comments are only accessible to staff users.
         */
        get: operations["allocations_comments_retrieve"];
        /**
         * Update a comment.
         * @description Replaces an existing comment with new values. Write access is granted to staff users and team members for public comments. Only staff users may modify private comments.
         */
        put: operations["allocations_comments_update"];
        post?: never;
        /**
         * Delete a comment.
         * @description Deletes a comment by ID. Write access is granted to staff users and team members for public comments. Only staff users may delete private comments.
         */
        delete: operations["allocations_comments_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update a comment.
         * @description Partially updates an existing comment with new values. Write access is granted to staff users and team members for public comments. Only staff users may modify private comments.
         */
        patch: operations["allocations_comments_partial_update"];
        trace?: never;
    };
    "/allocations/request-choices/status/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve valid request status options.
         * @description Returns valid choices for the request `status` field mapped to human-readable labels.
         */
        get: operations["allocations_request_choices_status_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/requests/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List allocation requests.
         * @description Returns a list of allocation requests. Non-staff users are only returned requests belonging to teams where they hold membership. Staff users are returned all requests.
         */
        get: operations["allocations_requests_list"];
        put?: never;
        /**
         * Create an allocation request.
         * @description Creates a new allocation request. Write access is granted to staff users and team administrators.
         */
        post: operations["allocations_requests_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/requests/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an allocation request.
         * @description Returns a single allocation request by ID. Read access is granted to staff users and team members.
         */
        get: operations["allocations_requests_retrieve"];
        /**
         * Update an allocation request.
         * @description Replaces an existing allocation request with new values. Write access is restricted to staff users.
         */
        put: operations["allocations_requests_update"];
        post?: never;
        /**
         * Delete an allocation request.
         * @description Deletes a single allocation request by ID. Write access is restricted to staff users.
         */
        delete: operations["allocations_requests_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update an allocation request.
         * @description Partially updates an existing allocation request with new values. Write access is restricted to staff users.
         */
        patch: operations["allocations_requests_partial_update"];
        trace?: never;
    };
    "/allocations/review-choices/status/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve valid review status options.
         * @description Returns valid choices for the review `status` field mapped to human-readable labels.
         */
        get: operations["allocations_review_choices_status_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/reviews/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List allocation reviews.
         * @description Returns a list of allocation reviews. Non-staff users are only returned reviews belonging to teams where they hold membership. Staff users are returned all reviews.
         */
        get: operations["allocations_reviews_list"];
        put?: never;
        /**
         * Create an allocation review.
         * @description Creates a new allocation review. Write access is restricted to staff users. The `reviewer` field defaults to the authenticated user if not specified.
         */
        post: operations["allocations_reviews_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/reviews/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an allocation review.
         * @description Returns a single allocation review by ID. Read access is granted to staff users and team members.
         */
        get: operations["allocations_reviews_retrieve"];
        /**
         * Update an allocation review.
         * @description Replaces an existing allocation review with new values. Write access is restricted to staff users.
         */
        put: operations["allocations_reviews_update"];
        post?: never;
        /**
         * Delete an allocation review.
         * @description Deletes a single allocation review by ID. Write access is restricted to staff users.
         */
        delete: operations["allocations_reviews_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update an allocation review.
         * @description Partially updates an existing allocation review with new values. Write access is restricted to staff users.
         */
        patch: operations["allocations_reviews_partial_update"];
        trace?: never;
    };
    "/authentication/login/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authenticate a new user session.
         * @description Validates user provided credentials and returns new session/CSRF tokens as cookie data.
         */
        post: operations["authentication_login_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authentication/logout/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate an active user session.
         * @description Terminates the authenticated user session and invalidates the associated tokens.
         */
        post: operations["authentication_logout_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authentication/whoami/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve metadata for the authenticated user.
         * @description Returns metadata for the currently authenticated user, including personal data and team memberships. This endpoint can also be used to verify general authentication status.
         */
        get: operations["authentication_whoami_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batch/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a batch job.
         * @description Executes multiple HTTP operations sequentially within a single atomic transaction. If any step returns a 4xx or 5xx status, the job halts and all changes are rolled back. Steps may reference the response body of previous steps using @ref{alias.dotpath} tokens. File parts uploaded alongside the job definition may be referenced in step payloads using @file{name} tokens, where `name` is the multipart field name. When `dry_run` is true, all steps execute but no database changes are persisted.
         */
        post: operations["batch_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve application configuration.
         * @description Returns application settings relevant to the frontend client. Includes application metadata, file upload constraints, and session settings.
         */
        get: operations["config_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the current application health status.
         * @description Returns a 200 status if all application health checks pass and a 500 status otherwise. Health checks are performed on demand and cached for 60 seconds.
         */
        get: operations["health_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/json/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve health status as JSON.
         * @description Returns individual health check results in JSON format. Health checks are performed on demand and cached for 60 seconds. A `200` status code is returned regardless of whether individual health checks are passing.
         */
        get: operations["health_json_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/prom/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve health check results in Prometheus format.
         * @description Returns individual health check results in Prometheus format. Health checks are performed on demand and cached for 60 seconds. A `200` status code is returned regardless of whether individual health checks are passing.
         */
        get: operations["health_prom_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logs/audit/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit logs.
         * @description Returns a list of audit logs. Audit logs track changes to database records and are used for compliance and security auditing. Access is restricted to staff users.
         */
        get: operations["logs_audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logs/audit/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single audit log.
         * @description Returns a single audit log by its ID. Audit logs track changes to database records and are used for compliance and security auditing. Access is restricted to staff users.
         */
        get: operations["logs_audit_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logs/feed/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all log entries
         * @description Returns a reverse-chronological stream of normalised log entries merged across request logs, task results, and audit logs.
         */
        get: operations["logs_feed_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logs/requests/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List HTTP request logs.
         * @description Returns a list of HTTP request logs. Request logs track incoming API requests and their resulting HTTP responses. Access is restricted to staff users.
         */
        get: operations["logs_requests_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logs/requests/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single HTTP request log.
         * @description Returns a single HTTP request log by its ID. Request logs track incoming API requests and their resulting HTTP responses. Access is restricted to staff users.
         */
        get: operations["logs_requests_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logs/tasks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List background task results.
         * @description Returns a list of task logs. Task logs are collected from the Celery backend to track background task outcomes. Access is restricted to staff users.
         */
        get: operations["logs_tasks_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logs/tasks/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a single background task result.
         * @description Returns a single task log by its ID. Task logs are collected from the Celery backend to track background task outcomes. Access is restricted to staff users.
         */
        get: operations["logs_tasks_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/notification-choices/type/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve valid notification types.
         * @description Returns valid choices for the notification `type` field mapped to human-readable labels.
         */
        get: operations["notifications_notification_choices_type_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/notifications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notifications.
         * @description Returns a list of user notifications. Non-staff users are only returned their own notifications. Staff users are returned all notifications.
         */
        get: operations["notifications_notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/notifications/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a notification.
         * @description Returns a single notification by its ID. Read and patch access is limited to the notification owner.
         */
        get: operations["notifications_notifications_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Partially update a notification.
         * @description Updates the `read` status of a notification. Patch access is limited to the notification owner.
         */
        patch: operations["notifications_notifications_partial_update"];
        trace?: never;
    };
    "/notifications/preferences/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notification preferences.
         * @description Returns a list of notification preferences. Non-staff users are only returned their own preferences. Staff users are returned all preferences.
         */
        get: operations["notifications_preferences_list"];
        put?: never;
        /**
         * Create a custom notification preference.
         * @description Creates a custom notification preference in lieu of application defaults. The `user` field defaults to the authenticated user if not specified. Access is granted to staff users and the preference owner.
         */
        post: operations["notifications_preferences_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/preferences/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a notification preference.
         * @description Returns a single notification preference by its ID. Access is granted to staff users and the preference owner.
         */
        get: operations["notifications_preferences_retrieve"];
        /**
         * Update a notification preference.
         * @description Replaces an existing notification preference with new values. Access is granted to staff users and the preference owner.
         */
        put: operations["notifications_preferences_update"];
        post?: never;
        /**
         * Delete a notification preference.
         * @description Deletes a single notification preference by ID, restoring default settings. Access is granted to staff users and the preference owner.
         */
        delete: operations["notifications_preferences_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update a notification preference.
         * @description Partially updates an existing notification preference with new values. Access is granted to staff users and the preference owner.
         */
        patch: operations["notifications_preferences_partial_update"];
        trace?: never;
    };
    "/research/grants/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List funding grants.
         * @description Returns a list of funding grants. Non-staff users are only returned grants for teams where they hold membership. Staff users are returned all grants.
         */
        get: operations["research_grants_list"];
        put?: never;
        /**
         * Create a funding grant.
         * @description Creates a new funding grant. Write access is granted to staff users and members of the target team.
         */
        post: operations["research_grants_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/research/grants/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a funding grant.
         * @description Returns a single funding grant by ID. Non-staff users can only retrieve grants for teams where they hold membership.
         */
        get: operations["research_grants_retrieve"];
        /**
         * Update a funding grant.
         * @description Replaces an existing funding grant with new values. Write access is granted to staff users and members of the target team.
         */
        put: operations["research_grants_update"];
        post?: never;
        /**
         * Delete a funding grant.
         * @description Deletes a funding grant by ID. Write access is granted to staff users and members of the target team.
         */
        delete: operations["research_grants_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update a funding grant.
         * @description Partially updates an existing funding grant with new values. Write access is granted to staff users and members of the target team.
         */
        patch: operations["research_grants_partial_update"];
        trace?: never;
    };
    "/research/publications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List publications.
         * @description Returns a list of publications. Non-staff users are only returned publications for teams where they hold membership. Staff users are returned all publications.
         */
        get: operations["research_publications_list"];
        put?: never;
        /**
         * Create a publication.
         * @description Creates a new publication. Write access is granted to staff users and members of the target team.
         */
        post: operations["research_publications_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/research/publications/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a publication.
         * @description Returns a single publication by ID. Non-staff users can only retrieve publications for teams where they hold membership.
         */
        get: operations["research_publications_retrieve"];
        /**
         * Update a publication.
         * @description Replaces an existing publication with new values. Write access is granted to staff users and members of the target team.
         */
        put: operations["research_publications_update"];
        post?: never;
        /**
         * Delete a publication.
         * @description Deletes a publication by ID. Write access is granted to staff users and members of the target team.
         */
        delete: operations["research_publications_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update a publication.
         * @description Partially updates an existing publication with new values. Write access is granted to staff users and members of the target team.
         */
        patch: operations["research_publications_partial_update"];
        trace?: never;
    };
    "/stats/grants/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve aggregated grant statistics.
         * @description Returns cumulative grant statistics. Staff users are returned statistics across all teams. Non-staff users are returned statistics limited to teams where they hold membership.
         */
        get: operations["stats_grants_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/notifications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve aggregated user notification statistics.
         * @description Returns cumulative statistics for user notifications. Staff users are returned statistics across all users. Non-staff users are returned statistics limited to their own notifications.
         */
        get: operations["stats_notifications_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/publications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve aggregated publication statistics.
         * @description Returns cumulative publication statistics. Staff users are returned statistics across all teams. Non-staff users are returned statistics limited to teams where they hold membership.
         */
        get: operations["stats_publications_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/requests/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve aggregated allocation request statistics.
         * @description Returns cumulative statistics for allocation requests and awards. Staff users are returned statistics across all teams. Non-staff users are returned statistics limited to teams where they hold membership.
         */
        get: operations["stats_requests_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/membership-choices/role/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve valid team role options.
         * @description Returns valid choices for the team `role` field mapped to human-readable labels.
         */
        get: operations["users_membership_choices_role_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/memberships/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List team memberships.
         * @description Returns a list of team memberships. Non-staff users are only returned memberships for active teams. Staff users are returned all memberships.
         */
        get: operations["users_memberships_list"];
        put?: never;
        /**
         * Create a team membership.
         * @description Creates a new team membership. Write access is granted to staff users and owners/admins of the target team.
         */
        post: operations["users_memberships_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/memberships/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a team membership.
         * @description Returns a single team membership by ID. Non-staff users can only retrieve memberships for active teams.
         */
        get: operations["users_memberships_retrieve"];
        /**
         * Update a team membership.
         * @description Replaces an existing team membership with new values. Write access is granted to staff users and owners/admins of the target team.
         */
        put: operations["users_memberships_update"];
        post?: never;
        /**
         * Delete a team membership.
         * @description Deletes a team membership by ID. Write access is granted to staff users, team owners/admins, and users deleting their own membership.
         */
        delete: operations["users_memberships_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update a team membership.
         * @description Partially updates an existing team membership with new values. Write access is granted to staff users and owners/admins of the target team.
         */
        patch: operations["users_memberships_partial_update"];
        trace?: never;
    };
    "/users/teams/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams.
         * @description Returns a list of teams. Non-staff users are only returned active teams. Staff users are returned all teams.
         */
        get: operations["users_teams_list"];
        put?: never;
        /**
         * Create a team.
         * @description Creates a new team. All authenticated users can only create active teams. Inactive teams can only be created by staff users.
         */
        post: operations["users_teams_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/teams/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a team.
         * @description Returns a single team by ID. Non-staff users can only retrieve active teams.
         */
        get: operations["users_teams_retrieve"];
        /**
         * Update a team.
         * @description Replaces an existing team with new values. Write access is granted to staff users and team owners/admins.
         */
        put: operations["users_teams_update"];
        post?: never;
        /**
         * Delete a team.
         * @description Deletes a team by ID. Write access is granted to staff users and team owners/admins.
         */
        delete: operations["users_teams_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update a team.
         * @description Partially updates an existing team with new values. Write access is granted to staff users and team owners/admins.
         */
        patch: operations["users_teams_partial_update"];
        trace?: never;
    };
    "/users/users/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user accounts.
         * @description Returns a list of all user accounts. Staff users are returned records with all fields, including privileged values. Non-staff users are only returned restricted fields.
         */
        get: operations["users_users_list"];
        put?: never;
        /**
         * Create a user account.
         * @description Creates a new user account. Only staff users may create new accounts.
         */
        post: operations["users_users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/users/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a user account.
         * @description Returns a single user account by ID. Staff users are returned all record fields, including privileged values. Non-staff users are only returned restricted fields.
         */
        get: operations["users_users_retrieve"];
        /**
         * Update a user account.
         * @description Replaces an existing user account with new values. Write access is granted to staff users and the account owner. Non-staff users cannot modify privileged fields.
         */
        put: operations["users_users_update"];
        post?: never;
        /**
         * Delete a user account.
         * @description Deletes a user account by ID. Write access is granted to staff users and the account owner.
         */
        delete: operations["users_users_destroy"];
        options?: never;
        head?: never;
        /**
         * Partially update a user account.
         * @description Partially updates an existing user account with new values. Write access is granted to staff users and the account owner. Non-staff users cannot modify privileged fields.
         */
        patch: operations["users_users_partial_update"];
        trace?: never;
    };
    "/version/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the application version number.
         * @description Returns the application version number as a plain text response.
         */
        get: operations["version_retrieve"];
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
        /**
         * @description Object serializer for the `AllocationRequest` class.
         *
         *     Used for retrieve, list, update, and partial update operations.
         */
        AllocationRequest: {
            readonly id: number;
            /** submitter */
            readonly _submitter: components["schemas"]["UserSummary"];
            /** team */
            readonly _team: components["schemas"]["TeamSummary"];
            /** assignees */
            readonly _assignees: components["schemas"]["UserSummary"][];
            /** publications */
            readonly _publications: components["schemas"]["PublicationSummary"][];
            /** grants */
            readonly _grants: components["schemas"]["GrantSummary"][];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            /** allocations */
            readonly _allocations: components["schemas"]["ResourceAllocationSummary"][];
            /** attachments */
            readonly _attachments: components["schemas"]["AttachmentSummary"][];
            /** comments */
            readonly _comments: components["schemas"]["CommentSummary"][];
            title: string;
            description: string;
            /** Format: date-time */
            readonly submitted: string;
            /** Format: date */
            active: string | null;
            /** Format: date */
            expire: string | null;
            /**
             * @description * `PD` - Pending
             *     * `AP` - Approved
             *     * `DC` - Declined
             *     * `CR` - Changes Requested
             * @enum {string}
             */
            status: "PD" | "AP" | "DC" | "CR";
            submitter: number;
            team: number;
            assignees: number[];
            publications: number[];
            grants: number[];
        };
        /**
         * @description Object serializer for the `AllocationRequest` class.
         *
         *     Used for retrieve, list, update, and partial update operations.
         */
        AllocationRequestRequest: {
            title: string;
            description: string;
            /** Format: date */
            active?: string | null;
            /** Format: date */
            expire?: string | null;
            /**
             * @description * `PD` - Pending
             *     * `AP` - Approved
             *     * `DC` - Declined
             *     * `CR` - Changes Requested
             * @enum {string}
             */
            status?: "PD" | "AP" | "DC" | "CR";
            submitter: number;
            team: number;
            assignees?: number[];
            publications?: number[];
            grants?: number[];
        };
        /** @description Serializer for aggregated allocation requests statistics. */
        AllocationRequestStats: {
            request_count: number;
            request_pending_count: number;
            request_approved_count: number;
            request_declined_count: number;
            request_upcoming_count: number;
            request_active_count: number;
            request_expired_count: number;
            /** Format: double */
            su_pending_total: number;
            /** Format: double */
            su_declined_total: number;
            /** Format: double */
            su_approved_total: number;
            /** Format: double */
            su_upcoming_total: number;
            /** Format: double */
            su_active_total: number;
            /** Format: double */
            su_expired_total: number;
            /** Format: double */
            su_requested_total: number;
            /** Format: double */
            su_awarded_total: number;
            /** Format: double */
            su_finalized_total: number;
            /** Format: double */
            days_pending_average: number | null;
            /** Format: double */
            days_active_average: number | null;
        };
        AllocationRequestStatusChoices: {
            /** @default Pending */
            PD: string;
            /** @default Approved */
            AP: string;
            /** @default Declined */
            DC: string;
            /** @default Changes Requested */
            CR: string;
        };
        /** @description Serializer for summarizing allocation requests in nested responses. */
        AllocationRequestSummary: {
            readonly id: number;
            title: string;
            /**
             * @description * `PD` - Pending
             *     * `AP` - Approved
             *     * `DC` - Declined
             *     * `CR` - Changes Requested
             * @enum {string}
             */
            status?: "PD" | "AP" | "DC" | "CR";
            /** Format: date */
            active?: string | null;
            /** Format: date */
            expire?: string | null;
        };
        /** @description Serializer for summarizing allocation requests in nested responses. */
        AllocationRequestSummaryRequest: {
            title: string;
            /**
             * @description * `PD` - Pending
             *     * `AP` - Approved
             *     * `DC` - Declined
             *     * `CR` - Changes Requested
             * @enum {string}
             */
            status?: "PD" | "AP" | "DC" | "CR";
            /** Format: date */
            active?: string | null;
            /** Format: date */
            expire?: string | null;
        };
        /** @description Object serializer for the `AllocationReview` class. */
        AllocationReview: {
            readonly id: number;
            /** request */
            readonly _request: components["schemas"]["AllocationRequestSummary"];
            /** reviewer */
            readonly _reviewer: components["schemas"]["UserSummary"];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            /**
             * @description * `AP` - Approved
             *     * `DC` - Declined
             *     * `CR` - Changes Requested
             * @enum {string}
             */
            status: "AP" | "DC" | "CR";
            /** Format: date-time */
            readonly submitted: string;
            request: number;
            reviewer: number;
        };
        /** @description Object serializer for the `AllocationReview` class. */
        AllocationReviewRequest: {
            /**
             * @description * `AP` - Approved
             *     * `DC` - Declined
             *     * `CR` - Changes Requested
             * @enum {string}
             */
            status: "AP" | "DC" | "CR";
            request: number;
            reviewer?: number;
        };
        AllocationReviewStatusChoices: {
            /** @default Approved */
            AP: string;
            /** @default Declined */
            DC: string;
            /** @default Changes Requested */
            CR: string;
        };
        /** @description Object serializer for the `Attachment` class. */
        Attachment: {
            readonly id: number;
            file: string;
            name: string;
            /** request */
            readonly _request: components["schemas"]["AllocationRequestSummary"];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            /** Format: date-time */
            readonly uploaded: string;
            request: number;
        };
        /** @description Object serializer for the `Attachment` class. */
        AttachmentRequest: {
            /** Format: binary */
            file: Blob;
            name?: string;
            request: number;
        };
        /** @description Serializer for summarizing file attachments in nested responses. */
        AttachmentSummary: {
            file: string;
            name: string;
        };
        /** @description Serializer for summarizing file attachments in nested responses. */
        AttachmentSummaryRequest: {
            /** Format: binary */
            file: Blob;
            name: string;
        };
        /** @description Object serializer for the `AuditLog` class. */
        AuditLog: {
            readonly id: number;
            /** @description Return the changed record type as a human-readable string. */
            readonly record_name: string;
            record_id: number;
            /** @description Return the action type as a human-readable string. */
            readonly action: string;
            /** Change message */
            changes: unknown;
            /** Correlation ID */
            cid: string | null;
            /** Remote address */
            remote_addr: string | null;
            /** Format: int64 */
            remote_port: number | null;
            /** Format: date-time */
            timestamp: string;
            actor: number | null;
            /** actor */
            readonly _actor: components["schemas"]["UserSummary"] | null;
        };
        /** @description Serializer for summarizing auditlog information in nested representations. */
        AuditLogSummary: {
            readonly id: number;
            /** Format: date-time */
            timestamp?: string;
            /** @description Return the action type as a human-readable string. */
            readonly action: string;
            actor?: number | null;
            /** actor */
            readonly _actor: components["schemas"]["UserSummary"] | null;
            /** Change message */
            changes?: unknown;
        };
        /** @description Serializer for summarizing auditlog information in nested representations. */
        AuditLogSummaryRequest: {
            /** Format: date-time */
            timestamp?: string;
            actor?: number | null;
            /** Change message */
            changes?: unknown;
        };
        /** @description Object serializer for the `Cluster` class. */
        Cluster: {
            readonly id: number;
            /** access teams */
            readonly _access_teams: components["schemas"]["TeamSummary"][];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            name: string;
            description: string | null;
            enabled: boolean;
            /**
             * @description * `WL` - Whitelist
             *     * `BL` - Blacklist
             *     * `OP` - Open
             * @enum {string}
             */
            access_mode: "WL" | "BL" | "OP";
            access_teams: number[];
        };
        ClusterAccessModeChoices: {
            /** @default Whitelist */
            WL: string;
            /** @default Blacklist */
            BL: string;
            /** @default Open */
            OP: string;
        };
        /** @description Object serializer for the `Cluster` class. */
        ClusterRequest: {
            name: string;
            description?: string | null;
            enabled?: boolean;
            /**
             * @description * `WL` - Whitelist
             *     * `BL` - Blacklist
             *     * `OP` - Open
             * @enum {string}
             */
            access_mode?: "WL" | "BL" | "OP";
            access_teams?: number[];
        };
        /** @description Serializer for summarizing cluster names in nested responses. */
        ClusterSummary: {
            readonly id: number;
            name: string;
            enabled?: boolean;
        };
        /** @description Serializer for summarizing cluster names in nested responses. */
        ClusterSummaryRequest: {
            name: string;
            enabled?: boolean;
        };
        /** @description Object serializer for the `Comment` class. */
        Comment: {
            readonly id: number;
            user: number;
            /** user */
            readonly _user: components["schemas"]["UserSummary"];
            /** request */
            readonly _request: components["schemas"]["AllocationRequestSummary"];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            content: string;
            /** Format: date-time */
            readonly created: string;
            private: boolean;
            request: number;
        };
        /** @description Object serializer for the `Comment` class. */
        CommentRequest: {
            user?: number;
            content: string;
            private?: boolean;
            request: number;
        };
        /** @description Serializer for user comments in nested responses. */
        CommentSummary: {
            readonly id: number;
            user?: number;
            content: string;
            /** Format: date-time */
            readonly created: string;
            private?: boolean;
            /** user */
            readonly _user: components["schemas"]["UserSummary"];
        };
        /** @description Serializer for exposing application configuration to the frontend. */
        Config: {
            version: string;
            max_upload_size: number;
            max_upload_count: number;
            allowed_file_types: string[];
            session_age: number;
        };
        /** @description Object serializer for the `FeedEntry` class. */
        FeedEntry: {
            id: string;
            /** user */
            readonly _user: components["schemas"]["UserSummary"] | null;
            /** Format: int64 */
            record_id: number;
            /**
             * @description * `request` - Request
             *     * `task` - Task
             *     * `audit` - Audit
             * @enum {string}
             */
            record_type: "request" | "task" | "audit";
            /** Format: date-time */
            timestamp: string;
            summary?: string | null;
            cid?: string | null;
            status?: string | null;
            user?: number | null;
        };
        /** @description Object serializer for the `Grant` class. */
        Grant: {
            readonly id: number;
            /** team */
            readonly _team: components["schemas"]["TeamSummary"];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            title: string;
            agency: string;
            pi: string | null;
            /** Format: decimal */
            amount: string;
            grant_number: string | null;
            /** Format: date */
            start_date: string;
            /** Format: date */
            end_date: string | null;
            description: string | null;
            team: number;
        };
        /** @description Object serializer for the `Grant` class. */
        GrantRequest: {
            title: string;
            agency: string;
            pi?: string | null;
            /** Format: decimal */
            amount: string;
            grant_number?: string | null;
            /** Format: date */
            start_date: string;
            /** Format: date */
            end_date?: string | null;
            description?: string | null;
            team: number;
        };
        /** @description Serializer for aggregated grant statistics. */
        GrantStats: {
            grant_count: number;
            upcoming_count: number;
            active_count: number;
            expired_count: number;
            agency_count: number;
            /** Format: decimal */
            funding_total: string;
            /** Format: decimal */
            funding_upcoming: string;
            /** Format: decimal */
            funding_active: string;
            /** Format: decimal */
            funding_expired: string;
            /** Format: decimal */
            funding_average: string;
        };
        /** @description Serializer for summarizing grant information in nested representations. */
        GrantSummary: {
            readonly id: number;
            title: string;
            agency: string;
            pi?: string | null;
            /** Format: decimal */
            amount: string;
            grant_number?: string | null;
            /** Format: date */
            start_date: string;
            /** Format: date */
            end_date?: string | null;
            description?: string | null;
            readonly team: number;
        };
        /** @description Serializer for summarizing grant information in nested representations. */
        GrantSummaryRequest: {
            title: string;
            agency: string;
            pi?: string | null;
            /** Format: decimal */
            amount: string;
            grant_number?: string | null;
            /** Format: date */
            start_date: string;
            /** Format: date */
            end_date?: string | null;
            description?: string | null;
        };
        /** @description Job result serializer for jobs that fail with a `JobExecutionError`. */
        JobExecutionError: {
            detail: string;
            step: number;
            status: number;
            body: {
                [key: string]: unknown;
            };
        };
        /** @description Object serializer for user submitted jobs comprising one or more steps. */
        JobRequest: {
            /** @default false */
            dry_run?: boolean;
            actions: components["schemas"]["JobStepRequest"][];
        };
        /** @description Outer envelope serializer for batch job requests. */
        JobRequestRequest: {
            job: components["schemas"]["JobRequest"];
        };
        /** @description Object serializer for the outcome of a batch job. */
        JobResult: {
            results: components["schemas"]["JobStepResult"][];
        };
        /** @description Object serializer for a single step within a user submitted job. */
        JobStepRequest: {
            /** @default  */
            ref?: string;
            /**
             * @description * `GET` - GET
             *     * `POST` - POST
             *     * `PUT` - PUT
             *     * `PATCH` - PATCH
             *     * `DELETE` - DELETE
             * @enum {string}
             */
            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
            path: string;
            payload?: {
                [key: string]: unknown;
            };
            query_params?: {
                [key: string]: unknown;
            };
        };
        /** @description Object serializer for the outcome of a single job step. */
        JobStepResult: {
            ref: string | null;
            index: number;
            method: string;
            path: string;
            status: number;
            body: {
                [key: string]: unknown;
            };
        };
        /** @description Data serializer for validating user credentials. */
        LoginRequest: {
            username: string;
            password: string;
        };
        /** @description Object serializer for the `Membership` model. */
        Membership: {
            readonly id: number;
            /** user */
            readonly _user: components["schemas"]["UserSummary"];
            /** team */
            readonly _team: components["schemas"]["TeamSummary"];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            /**
             * @description * `OW` - Owner
             *     * `AD` - Admin
             *     * `MB` - Member
             * @enum {string}
             */
            role: "OW" | "AD" | "MB";
            user: number;
            team: number;
        };
        /** @description Object serializer for the `Membership` model. */
        MembershipRequest: {
            /**
             * @description * `OW` - Owner
             *     * `AD` - Admin
             *     * `MB` - Member
             * @enum {string}
             */
            role: "OW" | "AD" | "MB";
            user: number;
            team: number;
        };
        MembershipRoleChoices: {
            /** @default Owner */
            OW: string;
            /** @default Admin */
            AD: string;
            /** @default Member */
            MB: string;
        };
        /** @description Object serializer for the `Notification` class. */
        Notification: {
            readonly id: number;
            /** Format: date-time */
            readonly time: string;
            read: boolean;
            readonly subject: string;
            readonly message_html: string;
            /**
             * @description * `GM` - General Message
             *     * `RE` - Upcoming Request Expiration
             *     * `RD` - Request Past Expiration
             * @enum {string}
             */
            readonly notification_type: "GM" | "RE" | "RD";
            readonly user: number;
            /** user */
            readonly _user: components["schemas"]["UserSummary"];
        };
        /** @description Serializer for aggregated notification statistics. */
        NotificationStats: {
            total: number;
            unread: number;
        };
        NotificationTypeChoices: {
            /** @default General Message */
            GM: string;
            /** @default Upcoming Request Expiration */
            RE: string;
            /** @default Request Past Expiration */
            RD: string;
        };
        PaginatedAllocationRequestList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["AllocationRequest"][];
        };
        PaginatedAllocationReviewList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["AllocationReview"][];
        };
        PaginatedAttachmentList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["Attachment"][];
        };
        PaginatedAuditLogList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["AuditLog"][];
        };
        PaginatedClusterList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["Cluster"][];
        };
        PaginatedCommentList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["Comment"][];
        };
        PaginatedFeedEntryList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["FeedEntry"][];
        };
        PaginatedGrantList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["Grant"][];
        };
        PaginatedMembershipList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["Membership"][];
        };
        PaginatedNotificationList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["Notification"][];
        };
        PaginatedPreferenceList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["Preference"][];
        };
        PaginatedPublicationList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["Publication"][];
        };
        PaginatedRequestLogList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["RequestLog"][];
        };
        PaginatedResourceAllocationList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["ResourceAllocation"][];
        };
        PaginatedRestrictedUserList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["RestrictedUser"][];
        };
        PaginatedTaskResultList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["TaskResult"][];
        };
        PaginatedTeamList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=400&_limit=100
             */
            next: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?_offset=200&_limit=100
             */
            previous: string | null;
            results: components["schemas"]["Team"][];
        };
        /**
         * @description Object serializer for the `AllocationRequest` class.
         *
         *     Used for retrieve, list, update, and partial update operations.
         */
        PatchedAllocationRequestRequest: {
            title?: string;
            description?: string;
            /** Format: date */
            active?: string | null;
            /** Format: date */
            expire?: string | null;
            /**
             * @description * `PD` - Pending
             *     * `AP` - Approved
             *     * `DC` - Declined
             *     * `CR` - Changes Requested
             * @enum {string}
             */
            status?: "PD" | "AP" | "DC" | "CR";
            submitter?: number;
            team?: number;
            assignees?: number[];
            publications?: number[];
            grants?: number[];
        };
        /** @description Object serializer for the `AllocationReview` class. */
        PatchedAllocationReviewRequest: {
            /**
             * @description * `AP` - Approved
             *     * `DC` - Declined
             *     * `CR` - Changes Requested
             * @enum {string}
             */
            status?: "AP" | "DC" | "CR";
            request?: number;
            reviewer?: number;
        };
        /** @description Object serializer for the `Attachment` class. */
        PatchedAttachmentRequest: {
            /** Format: binary */
            file?: Blob;
            name?: string;
            request?: number;
        };
        /** @description Object serializer for the `Cluster` class. */
        PatchedClusterRequest: {
            name?: string;
            description?: string | null;
            enabled?: boolean;
            /**
             * @description * `WL` - Whitelist
             *     * `BL` - Blacklist
             *     * `OP` - Open
             * @enum {string}
             */
            access_mode?: "WL" | "BL" | "OP";
            access_teams?: number[];
        };
        /** @description Object serializer for the `Comment` class. */
        PatchedCommentRequest: {
            user?: number;
            content?: string;
            private?: boolean;
            request?: number;
        };
        /** @description Object serializer for the `Grant` class. */
        PatchedGrantRequest: {
            title?: string;
            agency?: string;
            pi?: string | null;
            /** Format: decimal */
            amount?: string;
            grant_number?: string | null;
            /** Format: date */
            start_date?: string;
            /** Format: date */
            end_date?: string | null;
            description?: string | null;
            team?: number;
        };
        /** @description Object serializer for the `Membership` model. */
        PatchedMembershipRequest: {
            /**
             * @description * `OW` - Owner
             *     * `AD` - Admin
             *     * `MB` - Member
             * @enum {string}
             */
            role?: "OW" | "AD" | "MB";
            user?: number;
            team?: number;
        };
        /** @description Object serializer for the `Notification` class. */
        PatchedNotificationRequest: {
            read?: boolean;
        };
        /** @description Object serializer for the `Preference` class. */
        PatchedPreferenceRequest: {
            request_expiry_thresholds?: unknown;
            notify_on_expiration?: boolean;
            user?: number;
        };
        /** @description Object serializer for the `User` model including sensitive fields. */
        PatchedPrivilegedUserRequest: {
            /**
             * Superuser status
             * @description Designates that this user has all permissions without explicitly assigning them.
             */
            is_superuser?: boolean;
            username?: string;
            password?: string;
            first_name?: string | null;
            last_name?: string | null;
            /** Format: email */
            email?: string | null;
            department?: string | null;
            role?: string | null;
            is_active?: boolean;
            /** Staff status */
            is_staff?: boolean;
            /** LDAP User */
            is_ldap_user?: boolean;
            /** @description The groups this user belongs to. A user will get all permissions granted to each of their groups. */
            groups?: number[];
            /** @description Specific permissions for this user. */
            user_permissions?: number[];
        };
        /** @description Object serializer for the `Publication` class. */
        PatchedPublicationRequest: {
            title?: string;
            abstract?: string | null;
            /** Format: date */
            published?: string | null;
            /** Format: date */
            submitted?: string | null;
            journal?: string | null;
            doi?: string | null;
            volume?: string | null;
            issue?: string | null;
            team?: number;
        };
        /** @description Object serializer for the `ResourceAllocation` class. */
        PatchedResourceAllocationRequest: {
            /** Format: int64 */
            requested?: number;
            /** Format: int64 */
            awarded?: number | null;
            /** Format: int64 */
            final?: number | null;
            cluster?: number;
            request?: number;
        };
        /** @description Object serializer for modifying existing `Team` records. */
        PatchedTeamUpdateRequest: {
            /** @default true */
            is_active?: boolean;
        };
        /** @description Object serializer for the `Preference` class. */
        Preference: {
            readonly id: number;
            /** user */
            readonly _user: components["schemas"]["UserSummary"];
            request_expiry_thresholds: unknown;
            notify_on_expiration: boolean;
            user: number;
        };
        /** @description Object serializer for the `Preference` class. */
        PreferenceRequest: {
            request_expiry_thresholds?: unknown;
            notify_on_expiration?: boolean;
            user?: number;
        };
        /** @description Object serializer for the `User` model including sensitive fields. */
        PrivilegedUserRequest: {
            /**
             * Superuser status
             * @description Designates that this user has all permissions without explicitly assigning them.
             */
            is_superuser?: boolean;
            username: string;
            password: string;
            first_name?: string | null;
            last_name?: string | null;
            /** Format: email */
            email?: string | null;
            department?: string | null;
            role?: string | null;
            is_active?: boolean;
            /** Staff status */
            is_staff?: boolean;
            /** LDAP User */
            is_ldap_user?: boolean;
            /** @description The groups this user belongs to. A user will get all permissions granted to each of their groups. */
            groups?: number[];
            /** @description Specific permissions for this user. */
            user_permissions?: number[];
        };
        /** @description Object serializer for the `Publication` class. */
        Publication: {
            readonly id: number;
            /** team */
            readonly _team: components["schemas"]["TeamSummary"];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            title: string;
            abstract: string | null;
            /** Format: date */
            published: string | null;
            /** Format: date */
            submitted: string | null;
            journal: string | null;
            doi: string | null;
            volume: string | null;
            issue: string | null;
            team: number;
        };
        /** @description Object serializer for the `Publication` class. */
        PublicationRequest: {
            title: string;
            abstract?: string | null;
            /** Format: date */
            published?: string | null;
            /** Format: date */
            submitted?: string | null;
            journal?: string | null;
            doi?: string | null;
            volume?: string | null;
            issue?: string | null;
            team: number;
        };
        /** @description Serializer for aggregated publication statistics. */
        PublicationStats: {
            publications_count: number;
            draft_count: number;
            submitted_count: number;
            accepted_count: number;
            journals_count: number;
            review_average: string | null;
        };
        /** @description Serializer for summarizing publication information in nested representations. */
        PublicationSummary: {
            readonly id: number;
            title: string;
            abstract?: string | null;
            /** Format: date */
            published?: string | null;
            /** Format: date */
            submitted?: string | null;
            journal?: string | null;
            doi?: string | null;
            volume?: string | null;
            issue?: string | null;
            readonly team: number;
        };
        /** @description Serializer for summarizing publication information in nested representations. */
        PublicationSummaryRequest: {
            title: string;
            abstract?: string | null;
            /** Format: date */
            published?: string | null;
            /** Format: date */
            submitted?: string | null;
            journal?: string | null;
            doi?: string | null;
            volume?: string | null;
            issue?: string | null;
        };
        /** @description Object serializer for the `RequestLog` class. */
        RequestLog: {
            readonly id: number;
            /** user */
            readonly _user: components["schemas"]["UserSummary"] | null;
            method: string;
            endpoint: string;
            /** Format: int64 */
            response_code: number;
            remote_address: string | null;
            /** Format: date-time */
            readonly timestamp: string;
            cid: string | null;
            user: number | null;
        };
        /** @description Object serializer for the `ResourceAllocation` class. */
        ResourceAllocation: {
            readonly id: number;
            /** cluster */
            readonly _cluster: components["schemas"]["ClusterSummary"];
            /** request */
            readonly _request: components["schemas"]["AllocationRequestSummary"];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            /** Format: int64 */
            requested: number;
            /** Format: int64 */
            awarded: number | null;
            /** Format: int64 */
            final: number | null;
            cluster: number;
            request: number;
        };
        /** @description Object serializer for the `ResourceAllocation` class. */
        ResourceAllocationRequest: {
            /** Format: int64 */
            requested: number;
            /** Format: int64 */
            awarded?: number | null;
            /** Format: int64 */
            final?: number | null;
            cluster: number;
            request: number;
        };
        /** @description Serializer for summarizing allocated service units in nested responses. */
        ResourceAllocationSummary: {
            readonly id: number;
            cluster: number;
            /** Format: int64 */
            requested: number;
            /** Format: int64 */
            awarded?: number | null;
            /** Format: int64 */
            final?: number | null;
            /** cluster */
            readonly _cluster: components["schemas"]["ClusterSummary"];
        };
        /** @description Serializer for summarizing allocated service units in nested responses. */
        ResourceAllocationSummaryRequest: {
            cluster: number;
            /** Format: int64 */
            requested: number;
            /** Format: int64 */
            awarded?: number | null;
            /** Format: int64 */
            final?: number | null;
        };
        /** @description Object serializer for the `User` class with sensitive fields marked as read only. */
        RestrictedUser: {
            readonly id: number;
            readonly display_name: string;
            readonly abbreviation: string;
            /** membership */
            readonly _membership: components["schemas"]["TeamRole"][];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            /**
             * Superuser status
             * @description Designates that this user has all permissions without explicitly assigning them.
             */
            is_superuser: boolean;
            username: string;
            first_name: string | null;
            last_name: string | null;
            /** Format: email */
            email: string | null;
            department: string | null;
            role: string | null;
            readonly is_active: boolean;
            /** Staff status */
            readonly is_staff: boolean;
            /** LDAP User */
            readonly is_ldap_user: boolean;
            /** Format: date-time */
            readonly date_joined: string;
            /** Format: date-time */
            readonly last_login: string | null;
            /** @description The groups this user belongs to. A user will get all permissions granted to each of their groups. */
            groups: number[];
            /** @description Specific permissions for this user. */
            user_permissions: number[];
        };
        /** @description Object serializer for the `TaskResult` class. */
        TaskResult: {
            readonly id: number;
            /** @description Celery ID for the Task that was run */
            task_id: string;
            /** @description Name of the Periodic Task which was run */
            periodic_task_name: string | null;
            /** @description Name of the Task which was run */
            task_name: string | null;
            /**
             * Task Positional Arguments
             * @description JSON representation of the positional arguments used with the task
             */
            task_args: string | null;
            /**
             * Task Named Arguments
             * @description JSON representation of the named arguments used with the task
             */
            task_kwargs: string | null;
            /**
             * Task State
             * @description Current state of the task being run
             */
            status: string;
            /** @description Worker that executes the task */
            worker: string | null;
            /**
             * Result Content Type
             * @description Content type of the result data
             */
            content_type: string;
            /**
             * Result Encoding
             * @description The encoding used to save the task result data
             */
            content_encoding: string;
            /**
             * Result Data
             * @description The data returned by the task.  Use content_encoding and content_type fields to read.
             */
            readonly result: string | null;
            /**
             * Created DateTime
             * Format: date-time
             * @description Datetime field when the task result was created in UTC
             */
            readonly date_created: string;
            /**
             * Started DateTime
             * Format: date-time
             * @description Datetime field when the task was started in UTC
             */
            date_started: string | null;
            /**
             * Completed DateTime
             * Format: date-time
             * @description Datetime field when the task was completed in UTC
             */
            readonly date_done: string;
            /** @description Text of the traceback if the task generated one */
            traceback: string | null;
            /**
             * Task Meta Information
             * @description JSON meta information about the task, such as information on child tasks
             */
            readonly meta: string | null;
        };
        /** @description Object serializer for the `Team` model. */
        Team: {
            readonly id: number;
            readonly slug: string;
            /** @default true */
            is_active: boolean;
            /** membership */
            readonly _membership: components["schemas"]["UserRole"][];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            name: string;
            readonly users: number[];
        };
        /** @description Object serializer for the `Team` model. */
        TeamRequest: {
            /** @default true */
            is_active?: boolean;
            name: string;
        };
        /** @description Serializer for summarizing team names and roles in nested responses. */
        TeamRole: {
            readonly id: number;
            team: number;
            /**
             * @description * `OW` - Owner
             *     * `AD` - Admin
             *     * `MB` - Member
             * @enum {string}
             */
            role: "OW" | "AD" | "MB";
            /** team */
            readonly _team: components["schemas"]["TeamSummary"];
        };
        /** @description Serializer for summarizing team names and roles in nested responses. */
        TeamRoleRequest: {
            team: number;
            /**
             * @description * `OW` - Owner
             *     * `AD` - Admin
             *     * `MB` - Member
             * @enum {string}
             */
            role: "OW" | "AD" | "MB";
        };
        /** @description Serializer for summarizing team records in nested responses. */
        TeamSummary: {
            readonly id: number;
            slug: string;
            name: string;
            is_active?: boolean;
        };
        /** @description Serializer for summarizing team records in nested responses. */
        TeamSummaryRequest: {
            slug: string;
            name: string;
            is_active?: boolean;
        };
        /** @description Object serializer for modifying existing `Team` records. */
        TeamUpdate: {
            readonly id: number;
            readonly slug: string;
            /** @default true */
            is_active?: boolean;
            /** membership */
            readonly _membership: components["schemas"]["UserRole"][];
            /** history */
            readonly _history: components["schemas"]["AuditLogSummary"][];
            readonly name: string;
            readonly users: number[];
        };
        /** @description Object serializer for modifying existing `Team` records. */
        TeamUpdateRequest: {
            /** @default true */
            is_active?: boolean;
        };
        /** @description Serializer for summarizing team member usernames and roles in nested responses. */
        UserRole: {
            readonly id: number;
            user: number;
            /**
             * @description * `OW` - Owner
             *     * `AD` - Admin
             *     * `MB` - Member
             * @enum {string}
             */
            role: "OW" | "AD" | "MB";
            /** user */
            readonly _user: components["schemas"]["UserSummary"];
        };
        /** @description Serializer for summarizing team member usernames and roles in nested responses. */
        UserRoleRequest: {
            user: number;
            /**
             * @description * `OW` - Owner
             *     * `AD` - Admin
             *     * `MB` - Member
             * @enum {string}
             */
            role: "OW" | "AD" | "MB";
        };
        /** @description Serializer for summarizing user records in nested responses. */
        UserSummary: {
            readonly id: number;
            username: string;
            first_name?: string | null;
            last_name?: string | null;
            readonly display_name: string;
            readonly abbreviation: string;
            /** Format: email */
            email?: string | null;
            department?: string | null;
            role?: string | null;
        };
        /** @description Serializer for summarizing user records in nested responses. */
        UserSummaryRequest: {
            username: string;
            first_name?: string | null;
            last_name?: string | null;
            /** Format: email */
            email?: string | null;
            department?: string | null;
            role?: string | null;
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
    allocations_allocations_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                awarded?: number;
                awarded__gt?: number;
                awarded__gte?: number;
                /** @description Multiple values may be separated by commas. */
                awarded__in?: number[];
                awarded__isnull?: boolean;
                awarded__lt?: number;
                awarded__lte?: number;
                awarded__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                awarded__not_in?: number[];
                cluster?: number;
                /** @description Multiple values may be separated by commas. */
                cluster__in?: number[];
                cluster__isnull?: boolean;
                cluster__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                cluster__not_in?: number[];
                final?: number;
                final__gt?: number;
                final__gte?: number;
                /** @description Multiple values may be separated by commas. */
                final__in?: number[];
                final__isnull?: boolean;
                final__lt?: number;
                final__lte?: number;
                final__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                final__not_in?: number[];
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                request?: number;
                /** @description Multiple values may be separated by commas. */
                request__in?: number[];
                request__isnull?: boolean;
                request__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                request__not_in?: number[];
                requested?: number;
                requested__gt?: number;
                requested__gte?: number;
                /** @description Multiple values may be separated by commas. */
                requested__in?: number[];
                requested__isnull?: boolean;
                requested__lt?: number;
                requested__lte?: number;
                requested__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                requested__not_in?: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResourceAllocationList"];
                };
            };
        };
    };
    allocations_allocations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceAllocationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ResourceAllocationRequest"];
                "multipart/form-data": components["schemas"]["ResourceAllocationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceAllocation"];
                };
            };
        };
    };
    allocations_allocations_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this resource allocation. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceAllocation"];
                };
            };
        };
    };
    allocations_allocations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this resource allocation. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResourceAllocationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ResourceAllocationRequest"];
                "multipart/form-data": components["schemas"]["ResourceAllocationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceAllocation"];
                };
            };
        };
    };
    allocations_allocations_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this resource allocation. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    allocations_allocations_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this resource allocation. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedResourceAllocationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedResourceAllocationRequest"];
                "multipart/form-data": components["schemas"]["PatchedResourceAllocationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResourceAllocation"];
                };
            };
        };
    };
    allocations_attachments_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                name?: string;
                name__contains?: string;
                name__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                name__in?: string[];
                name__isnull?: boolean;
                name__not_contains?: string;
                name__not_endswith?: string;
                name__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                name__not_in?: string[];
                name__not_startswith?: string;
                name__startswith?: string;
                request?: number;
                /** @description Multiple values may be separated by commas. */
                request__in?: number[];
                request__isnull?: boolean;
                request__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                request__not_in?: number[];
                uploaded?: string | Date;
                uploaded__day?: number;
                uploaded__gt?: string | Date;
                uploaded__gte?: string | Date;
                uploaded__hour?: number;
                /** @description Multiple values may be separated by commas. */
                uploaded__in?: (string | Date)[];
                uploaded__isnull?: boolean;
                uploaded__lt?: string | Date;
                uploaded__lte?: string | Date;
                uploaded__minute?: number;
                uploaded__month?: number;
                uploaded__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                uploaded__not_in?: (string | Date)[];
                uploaded__second?: number;
                uploaded__week?: number;
                uploaded__week_day?: number;
                uploaded__year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAttachmentList"];
                };
            };
        };
    };
    allocations_attachments_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AttachmentRequest"];
                "multipart/form-data": components["schemas"]["AttachmentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
        };
    };
    allocations_attachments_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this attachment. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
        };
    };
    allocations_attachments_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this attachment. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AttachmentRequest"];
                "multipart/form-data": components["schemas"]["AttachmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
        };
    };
    allocations_attachments_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this attachment. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    allocations_attachments_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this attachment. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedAttachmentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedAttachmentRequest"];
                "multipart/form-data": components["schemas"]["PatchedAttachmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
        };
    };
    allocations_cluster_choices_access_mode_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterAccessModeChoices"];
                };
            };
        };
    };
    allocations_clusters_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                /**
                 * @description * `WL` - Whitelist
                 *     * `BL` - Blacklist
                 *     * `OP` - Open
                 */
                access_mode?: "BL" | "OP" | "WL";
                access_mode__contains?: string;
                access_mode__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                access_mode__in?: string[];
                access_mode__isnull?: boolean;
                access_mode__not_contains?: string;
                access_mode__not_endswith?: string;
                /**
                 * @description * `WL` - Whitelist
                 *     * `BL` - Blacklist
                 *     * `OP` - Open
                 */
                access_mode__not_eq?: "BL" | "OP" | "WL";
                /** @description Multiple values may be separated by commas. */
                access_mode__not_in?: string[];
                access_mode__not_startswith?: string;
                access_mode__startswith?: string;
                description?: string;
                description__contains?: string;
                description__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                description__in?: string[];
                description__isnull?: boolean;
                description__not_contains?: string;
                description__not_endswith?: string;
                description__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                description__not_in?: string[];
                description__not_startswith?: string;
                description__startswith?: string;
                enabled?: boolean;
                /** @description Multiple values may be separated by commas. */
                enabled__in?: boolean[];
                enabled__isnull?: boolean;
                enabled__not_eq?: boolean;
                /** @description Multiple values may be separated by commas. */
                enabled__not_in?: boolean[];
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                name?: string;
                name__contains?: string;
                name__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                name__in?: string[];
                name__isnull?: boolean;
                name__not_contains?: string;
                name__not_endswith?: string;
                name__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                name__not_in?: string[];
                name__not_startswith?: string;
                name__startswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedClusterList"];
                };
            };
        };
    };
    allocations_clusters_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClusterRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ClusterRequest"];
                "multipart/form-data": components["schemas"]["ClusterRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
        };
    };
    allocations_clusters_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this cluster. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
        };
    };
    allocations_clusters_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this cluster. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClusterRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ClusterRequest"];
                "multipart/form-data": components["schemas"]["ClusterRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
        };
    };
    allocations_clusters_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this cluster. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    allocations_clusters_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this cluster. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedClusterRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedClusterRequest"];
                "multipart/form-data": components["schemas"]["PatchedClusterRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
        };
    };
    allocations_comments_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                content?: string;
                content__contains?: string;
                content__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                content__in?: string[];
                content__isnull?: boolean;
                content__not_contains?: string;
                content__not_endswith?: string;
                content__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                content__not_in?: string[];
                content__not_startswith?: string;
                content__startswith?: string;
                created?: string | Date;
                created__day?: number;
                created__gt?: string | Date;
                created__gte?: string | Date;
                created__hour?: number;
                /** @description Multiple values may be separated by commas. */
                created__in?: (string | Date)[];
                created__isnull?: boolean;
                created__lt?: string | Date;
                created__lte?: string | Date;
                created__minute?: number;
                created__month?: number;
                created__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                created__not_in?: (string | Date)[];
                created__second?: number;
                created__week?: number;
                created__week_day?: number;
                created__year?: number;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                private?: boolean;
                /** @description Multiple values may be separated by commas. */
                private__in?: boolean[];
                private__isnull?: boolean;
                private__not_eq?: boolean;
                /** @description Multiple values may be separated by commas. */
                private__not_in?: boolean[];
                request?: number;
                /** @description Multiple values may be separated by commas. */
                request__in?: number[];
                request__isnull?: boolean;
                request__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                request__not_in?: number[];
                user?: number;
                /** @description Multiple values may be separated by commas. */
                user__in?: number[];
                user__isnull?: boolean;
                user__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                user__not_in?: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCommentList"];
                };
            };
        };
    };
    allocations_comments_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CommentRequest"];
                "multipart/form-data": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
        };
    };
    allocations_comments_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this comment. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
        };
    };
    allocations_comments_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this comment. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CommentRequest"];
                "multipart/form-data": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
        };
    };
    allocations_comments_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this comment. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    allocations_comments_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this comment. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedCommentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedCommentRequest"];
                "multipart/form-data": components["schemas"]["PatchedCommentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
        };
    };
    allocations_request_choices_status_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationRequestStatusChoices"];
                };
            };
        };
    };
    allocations_requests_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                active?: string | Date;
                active__day?: number;
                active__gt?: string | Date;
                active__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                active__in?: (string | Date)[];
                active__isnull?: boolean;
                active__lt?: string | Date;
                active__lte?: string | Date;
                active__month?: number;
                active__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                active__not_in?: (string | Date)[];
                active__week?: number;
                active__week_day?: number;
                active__year?: number;
                description?: string;
                description__contains?: string;
                description__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                description__in?: string[];
                description__isnull?: boolean;
                description__not_contains?: string;
                description__not_endswith?: string;
                description__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                description__not_in?: string[];
                description__not_startswith?: string;
                description__startswith?: string;
                expire?: string | Date;
                expire__day?: number;
                expire__gt?: string | Date;
                expire__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                expire__in?: (string | Date)[];
                expire__isnull?: boolean;
                expire__lt?: string | Date;
                expire__lte?: string | Date;
                expire__month?: number;
                expire__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                expire__not_in?: (string | Date)[];
                expire__week?: number;
                expire__week_day?: number;
                expire__year?: number;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                /**
                 * @description * `PD` - Pending
                 *     * `AP` - Approved
                 *     * `DC` - Declined
                 *     * `CR` - Changes Requested
                 */
                status?: "AP" | "CR" | "DC" | "PD";
                status__contains?: string;
                status__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                status__in?: string[];
                status__isnull?: boolean;
                status__not_contains?: string;
                status__not_endswith?: string;
                /**
                 * @description * `PD` - Pending
                 *     * `AP` - Approved
                 *     * `DC` - Declined
                 *     * `CR` - Changes Requested
                 */
                status__not_eq?: "AP" | "CR" | "DC" | "PD";
                /** @description Multiple values may be separated by commas. */
                status__not_in?: string[];
                status__not_startswith?: string;
                status__startswith?: string;
                submitted?: string | Date;
                submitted__day?: number;
                submitted__gt?: string | Date;
                submitted__gte?: string | Date;
                submitted__hour?: number;
                /** @description Multiple values may be separated by commas. */
                submitted__in?: (string | Date)[];
                submitted__isnull?: boolean;
                submitted__lt?: string | Date;
                submitted__lte?: string | Date;
                submitted__minute?: number;
                submitted__month?: number;
                submitted__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                submitted__not_in?: (string | Date)[];
                submitted__second?: number;
                submitted__week?: number;
                submitted__week_day?: number;
                submitted__year?: number;
                submitter?: number;
                /** @description Multiple values may be separated by commas. */
                submitter__in?: number[];
                submitter__isnull?: boolean;
                submitter__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                submitter__not_in?: number[];
                team?: number;
                /** @description Multiple values may be separated by commas. */
                team__in?: number[];
                team__isnull?: boolean;
                team__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                team__not_in?: number[];
                title?: string;
                title__contains?: string;
                title__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                title__in?: string[];
                title__isnull?: boolean;
                title__not_contains?: string;
                title__not_endswith?: string;
                title__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                title__not_in?: string[];
                title__not_startswith?: string;
                title__startswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAllocationRequestList"];
                };
            };
        };
    };
    allocations_requests_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationRequestRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AllocationRequestRequest"];
                "multipart/form-data": components["schemas"]["AllocationRequestRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationRequest"];
                };
            };
        };
    };
    allocations_requests_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this allocation request. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationRequest"];
                };
            };
        };
    };
    allocations_requests_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this allocation request. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationRequestRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AllocationRequestRequest"];
                "multipart/form-data": components["schemas"]["AllocationRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationRequest"];
                };
            };
        };
    };
    allocations_requests_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this allocation request. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    allocations_requests_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this allocation request. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedAllocationRequestRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedAllocationRequestRequest"];
                "multipart/form-data": components["schemas"]["PatchedAllocationRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationRequest"];
                };
            };
        };
    };
    allocations_review_choices_status_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationReviewStatusChoices"];
                };
            };
        };
    };
    allocations_reviews_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                request?: number;
                /** @description Multiple values may be separated by commas. */
                request__in?: number[];
                request__isnull?: boolean;
                request__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                request__not_in?: number[];
                reviewer?: number;
                /** @description Multiple values may be separated by commas. */
                reviewer__in?: number[];
                reviewer__isnull?: boolean;
                reviewer__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                reviewer__not_in?: number[];
                /**
                 * @description * `AP` - Approved
                 *     * `DC` - Declined
                 *     * `CR` - Changes Requested
                 */
                status?: "AP" | "CR" | "DC";
                status__contains?: string;
                status__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                status__in?: string[];
                status__isnull?: boolean;
                status__not_contains?: string;
                status__not_endswith?: string;
                /**
                 * @description * `AP` - Approved
                 *     * `DC` - Declined
                 *     * `CR` - Changes Requested
                 */
                status__not_eq?: "AP" | "CR" | "DC";
                /** @description Multiple values may be separated by commas. */
                status__not_in?: string[];
                status__not_startswith?: string;
                status__startswith?: string;
                submitted?: string | Date;
                submitted__day?: number;
                submitted__gt?: string | Date;
                submitted__gte?: string | Date;
                submitted__hour?: number;
                /** @description Multiple values may be separated by commas. */
                submitted__in?: (string | Date)[];
                submitted__isnull?: boolean;
                submitted__lt?: string | Date;
                submitted__lte?: string | Date;
                submitted__minute?: number;
                submitted__month?: number;
                submitted__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                submitted__not_in?: (string | Date)[];
                submitted__second?: number;
                submitted__week?: number;
                submitted__week_day?: number;
                submitted__year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAllocationReviewList"];
                };
            };
        };
    };
    allocations_reviews_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationReviewRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AllocationReviewRequest"];
                "multipart/form-data": components["schemas"]["AllocationReviewRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationReview"];
                };
            };
        };
    };
    allocations_reviews_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this allocation review. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationReview"];
                };
            };
        };
    };
    allocations_reviews_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this allocation review. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationReviewRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AllocationReviewRequest"];
                "multipart/form-data": components["schemas"]["AllocationReviewRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationReview"];
                };
            };
        };
    };
    allocations_reviews_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this allocation review. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    allocations_reviews_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this allocation review. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedAllocationReviewRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedAllocationReviewRequest"];
                "multipart/form-data": components["schemas"]["PatchedAllocationReviewRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationReview"];
                };
            };
        };
    };
    authentication_login_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LoginRequest"];
                "multipart/form-data": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestrictedUser"];
                };
            };
        };
    };
    authentication_logout_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    authentication_whoami_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestrictedUser"];
                };
            };
        };
    };
    batch_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["JobRequestRequest"];
                "application/json": components["schemas"]["JobRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResult"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobExecutionError"];
                };
            };
        };
    };
    config_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Config"];
                };
            };
        };
    };
    health_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No response body */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    health_json_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Health check results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    health_prom_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus plain-text metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    logs_audit_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                /**
                 * @description * `0` - create
                 *     * `1` - update
                 *     * `2` - delete
                 *     * `3` - access
                 */
                action?: 0 | 1 | 2 | 3;
                action__gt?: number;
                action__gte?: number;
                /** @description Multiple values may be separated by commas. */
                action__in?: number[];
                action__isnull?: boolean;
                action__lt?: number;
                action__lte?: number;
                /**
                 * @description * `0` - create
                 *     * `1` - update
                 *     * `2` - delete
                 *     * `3` - access
                 */
                action__not_eq?: 0 | 1 | 2 | 3;
                /** @description Multiple values may be separated by commas. */
                action__not_in?: number[];
                actor?: number;
                /** @description Multiple values may be separated by commas. */
                actor__in?: number[];
                actor__isnull?: boolean;
                actor__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                actor__not_in?: number[];
                actor_email?: string;
                actor_email__contains?: string;
                actor_email__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                actor_email__in?: string[];
                actor_email__isnull?: boolean;
                actor_email__not_contains?: string;
                actor_email__not_endswith?: string;
                actor_email__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                actor_email__not_in?: string[];
                actor_email__not_startswith?: string;
                actor_email__startswith?: string;
                changes_text?: string;
                changes_text__contains?: string;
                changes_text__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                changes_text__in?: string[];
                changes_text__isnull?: boolean;
                changes_text__not_contains?: string;
                changes_text__not_endswith?: string;
                changes_text__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                changes_text__not_in?: string[];
                changes_text__not_startswith?: string;
                changes_text__startswith?: string;
                cid?: string;
                cid__contains?: string;
                cid__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                cid__in?: string[];
                cid__isnull?: boolean;
                cid__not_contains?: string;
                cid__not_endswith?: string;
                cid__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                cid__not_in?: string[];
                cid__not_startswith?: string;
                cid__startswith?: string;
                content_type?: number;
                /** @description Multiple values may be separated by commas. */
                content_type__in?: number[];
                content_type__isnull?: boolean;
                content_type__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                content_type__not_in?: number[];
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                object_id?: number;
                object_id__gt?: number;
                object_id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                object_id__in?: number[];
                object_id__isnull?: boolean;
                object_id__lt?: number;
                object_id__lte?: number;
                object_id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                object_id__not_in?: number[];
                object_pk?: string;
                object_pk__contains?: string;
                object_pk__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                object_pk__in?: string[];
                object_pk__isnull?: boolean;
                object_pk__not_contains?: string;
                object_pk__not_endswith?: string;
                object_pk__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                object_pk__not_in?: string[];
                object_pk__not_startswith?: string;
                object_pk__startswith?: string;
                object_repr?: string;
                object_repr__contains?: string;
                object_repr__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                object_repr__in?: string[];
                object_repr__isnull?: boolean;
                object_repr__not_contains?: string;
                object_repr__not_endswith?: string;
                object_repr__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                object_repr__not_in?: string[];
                object_repr__not_startswith?: string;
                object_repr__startswith?: string;
                remote_addr?: string;
                /** @description Multiple values may be separated by commas. */
                remote_addr__in?: string[];
                remote_addr__isnull?: boolean;
                remote_addr__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                remote_addr__not_in?: string[];
                remote_port?: number;
                remote_port__gt?: number;
                remote_port__gte?: number;
                /** @description Multiple values may be separated by commas. */
                remote_port__in?: number[];
                remote_port__isnull?: boolean;
                remote_port__lt?: number;
                remote_port__lte?: number;
                remote_port__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                remote_port__not_in?: number[];
                timestamp?: string | Date;
                timestamp__day?: number;
                timestamp__gt?: string | Date;
                timestamp__gte?: string | Date;
                timestamp__hour?: number;
                /** @description Multiple values may be separated by commas. */
                timestamp__in?: (string | Date)[];
                timestamp__isnull?: boolean;
                timestamp__lt?: string | Date;
                timestamp__lte?: string | Date;
                timestamp__minute?: number;
                timestamp__month?: number;
                timestamp__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                timestamp__not_in?: (string | Date)[];
                timestamp__second?: number;
                timestamp__week?: number;
                timestamp__week_day?: number;
                timestamp__year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAuditLogList"];
                };
            };
        };
    };
    logs_audit_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this audit log. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLog"];
                };
            };
        };
    };
    logs_feed_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                cid?: string;
                cid__contains?: string;
                cid__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                cid__in?: string[];
                cid__isnull?: boolean;
                cid__not_contains?: string;
                cid__not_endswith?: string;
                cid__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                cid__not_in?: string[];
                cid__not_startswith?: string;
                cid__startswith?: string;
                id?: string;
                id__contains?: string;
                id__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                id__in?: string[];
                id__isnull?: boolean;
                id__not_contains?: string;
                id__not_endswith?: string;
                id__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: string[];
                id__not_startswith?: string;
                id__startswith?: string;
                record_id?: number;
                record_id__gt?: number;
                record_id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                record_id__in?: number[];
                record_id__isnull?: boolean;
                record_id__lt?: number;
                record_id__lte?: number;
                record_id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                record_id__not_in?: number[];
                /**
                 * @description * `request` - Request
                 *     * `task` - Task
                 *     * `audit` - Audit
                 */
                record_type?: "audit" | "request" | "task";
                record_type__contains?: string;
                record_type__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                record_type__in?: string[];
                record_type__isnull?: boolean;
                record_type__not_contains?: string;
                record_type__not_endswith?: string;
                /**
                 * @description * `request` - Request
                 *     * `task` - Task
                 *     * `audit` - Audit
                 */
                record_type__not_eq?: "audit" | "request" | "task";
                /** @description Multiple values may be separated by commas. */
                record_type__not_in?: string[];
                record_type__not_startswith?: string;
                record_type__startswith?: string;
                status?: string;
                status__contains?: string;
                status__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                status__in?: string[];
                status__isnull?: boolean;
                status__not_contains?: string;
                status__not_endswith?: string;
                status__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                status__not_in?: string[];
                status__not_startswith?: string;
                status__startswith?: string;
                summary?: string;
                summary__contains?: string;
                summary__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                summary__in?: string[];
                summary__isnull?: boolean;
                summary__not_contains?: string;
                summary__not_endswith?: string;
                summary__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                summary__not_in?: string[];
                summary__not_startswith?: string;
                summary__startswith?: string;
                timestamp?: string | Date;
                timestamp__day?: number;
                timestamp__gt?: string | Date;
                timestamp__gte?: string | Date;
                timestamp__hour?: number;
                /** @description Multiple values may be separated by commas. */
                timestamp__in?: (string | Date)[];
                timestamp__isnull?: boolean;
                timestamp__lt?: string | Date;
                timestamp__lte?: string | Date;
                timestamp__minute?: number;
                timestamp__month?: number;
                timestamp__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                timestamp__not_in?: (string | Date)[];
                timestamp__second?: number;
                timestamp__week?: number;
                timestamp__week_day?: number;
                timestamp__year?: number;
                user?: number;
                /** @description Multiple values may be separated by commas. */
                user__in?: number[];
                user__isnull?: boolean;
                user__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                user__not_in?: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedFeedEntryList"];
                };
            };
        };
    };
    logs_requests_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                cid?: string;
                cid__contains?: string;
                cid__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                cid__in?: string[];
                cid__isnull?: boolean;
                cid__not_contains?: string;
                cid__not_endswith?: string;
                cid__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                cid__not_in?: string[];
                cid__not_startswith?: string;
                cid__startswith?: string;
                endpoint?: string;
                endpoint__contains?: string;
                endpoint__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                endpoint__in?: string[];
                endpoint__isnull?: boolean;
                endpoint__not_contains?: string;
                endpoint__not_endswith?: string;
                endpoint__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                endpoint__not_in?: string[];
                endpoint__not_startswith?: string;
                endpoint__startswith?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                method?: string;
                method__contains?: string;
                method__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                method__in?: string[];
                method__isnull?: boolean;
                method__not_contains?: string;
                method__not_endswith?: string;
                method__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                method__not_in?: string[];
                method__not_startswith?: string;
                method__startswith?: string;
                remote_address?: string;
                remote_address__contains?: string;
                remote_address__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                remote_address__in?: string[];
                remote_address__isnull?: boolean;
                remote_address__not_contains?: string;
                remote_address__not_endswith?: string;
                remote_address__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                remote_address__not_in?: string[];
                remote_address__not_startswith?: string;
                remote_address__startswith?: string;
                response_code?: number;
                response_code__gt?: number;
                response_code__gte?: number;
                /** @description Multiple values may be separated by commas. */
                response_code__in?: number[];
                response_code__isnull?: boolean;
                response_code__lt?: number;
                response_code__lte?: number;
                response_code__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                response_code__not_in?: number[];
                timestamp?: string | Date;
                timestamp__day?: number;
                timestamp__gt?: string | Date;
                timestamp__gte?: string | Date;
                timestamp__hour?: number;
                /** @description Multiple values may be separated by commas. */
                timestamp__in?: (string | Date)[];
                timestamp__isnull?: boolean;
                timestamp__lt?: string | Date;
                timestamp__lte?: string | Date;
                timestamp__minute?: number;
                timestamp__month?: number;
                timestamp__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                timestamp__not_in?: (string | Date)[];
                timestamp__second?: number;
                timestamp__week?: number;
                timestamp__week_day?: number;
                timestamp__year?: number;
                user?: number;
                /** @description Multiple values may be separated by commas. */
                user__in?: number[];
                user__isnull?: boolean;
                user__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                user__not_in?: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRequestLogList"];
                };
            };
        };
    };
    logs_requests_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this request log. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestLog"];
                };
            };
        };
    };
    logs_tasks_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                content_encoding?: string;
                content_encoding__contains?: string;
                content_encoding__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                content_encoding__in?: string[];
                content_encoding__isnull?: boolean;
                content_encoding__not_contains?: string;
                content_encoding__not_endswith?: string;
                content_encoding__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                content_encoding__not_in?: string[];
                content_encoding__not_startswith?: string;
                content_encoding__startswith?: string;
                content_type?: string;
                content_type__contains?: string;
                content_type__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                content_type__in?: string[];
                content_type__isnull?: boolean;
                content_type__not_contains?: string;
                content_type__not_endswith?: string;
                content_type__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                content_type__not_in?: string[];
                content_type__not_startswith?: string;
                content_type__startswith?: string;
                date_created?: string | Date;
                date_created__day?: number;
                date_created__gt?: string | Date;
                date_created__gte?: string | Date;
                date_created__hour?: number;
                /** @description Multiple values may be separated by commas. */
                date_created__in?: (string | Date)[];
                date_created__isnull?: boolean;
                date_created__lt?: string | Date;
                date_created__lte?: string | Date;
                date_created__minute?: number;
                date_created__month?: number;
                date_created__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                date_created__not_in?: (string | Date)[];
                date_created__second?: number;
                date_created__week?: number;
                date_created__week_day?: number;
                date_created__year?: number;
                date_done?: string | Date;
                date_done__day?: number;
                date_done__gt?: string | Date;
                date_done__gte?: string | Date;
                date_done__hour?: number;
                /** @description Multiple values may be separated by commas. */
                date_done__in?: (string | Date)[];
                date_done__isnull?: boolean;
                date_done__lt?: string | Date;
                date_done__lte?: string | Date;
                date_done__minute?: number;
                date_done__month?: number;
                date_done__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                date_done__not_in?: (string | Date)[];
                date_done__second?: number;
                date_done__week?: number;
                date_done__week_day?: number;
                date_done__year?: number;
                date_started?: string | Date;
                date_started__day?: number;
                date_started__gt?: string | Date;
                date_started__gte?: string | Date;
                date_started__hour?: number;
                /** @description Multiple values may be separated by commas. */
                date_started__in?: (string | Date)[];
                date_started__isnull?: boolean;
                date_started__lt?: string | Date;
                date_started__lte?: string | Date;
                date_started__minute?: number;
                date_started__month?: number;
                date_started__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                date_started__not_in?: (string | Date)[];
                date_started__second?: number;
                date_started__week?: number;
                date_started__week_day?: number;
                date_started__year?: number;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                meta?: string;
                meta__contains?: string;
                meta__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                meta__in?: string[];
                meta__isnull?: boolean;
                meta__not_contains?: string;
                meta__not_endswith?: string;
                meta__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                meta__not_in?: string[];
                meta__not_startswith?: string;
                meta__startswith?: string;
                periodic_task_name?: string;
                periodic_task_name__contains?: string;
                periodic_task_name__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                periodic_task_name__in?: string[];
                periodic_task_name__isnull?: boolean;
                periodic_task_name__not_contains?: string;
                periodic_task_name__not_endswith?: string;
                periodic_task_name__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                periodic_task_name__not_in?: string[];
                periodic_task_name__not_startswith?: string;
                periodic_task_name__startswith?: string;
                result?: string;
                result__contains?: string;
                result__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                result__in?: string[];
                result__isnull?: boolean;
                result__not_contains?: string;
                result__not_endswith?: string;
                result__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                result__not_in?: string[];
                result__not_startswith?: string;
                result__startswith?: string;
                status?: string;
                status__contains?: string;
                status__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                status__in?: string[];
                status__isnull?: boolean;
                status__not_contains?: string;
                status__not_endswith?: string;
                status__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                status__not_in?: string[];
                status__not_startswith?: string;
                status__startswith?: string;
                task_args?: string;
                task_args__contains?: string;
                task_args__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                task_args__in?: string[];
                task_args__isnull?: boolean;
                task_args__not_contains?: string;
                task_args__not_endswith?: string;
                task_args__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                task_args__not_in?: string[];
                task_args__not_startswith?: string;
                task_args__startswith?: string;
                task_id?: string;
                task_id__contains?: string;
                task_id__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                task_id__in?: string[];
                task_id__isnull?: boolean;
                task_id__not_contains?: string;
                task_id__not_endswith?: string;
                task_id__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                task_id__not_in?: string[];
                task_id__not_startswith?: string;
                task_id__startswith?: string;
                task_kwargs?: string;
                task_kwargs__contains?: string;
                task_kwargs__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                task_kwargs__in?: string[];
                task_kwargs__isnull?: boolean;
                task_kwargs__not_contains?: string;
                task_kwargs__not_endswith?: string;
                task_kwargs__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                task_kwargs__not_in?: string[];
                task_kwargs__not_startswith?: string;
                task_kwargs__startswith?: string;
                task_name?: string;
                task_name__contains?: string;
                task_name__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                task_name__in?: string[];
                task_name__isnull?: boolean;
                task_name__not_contains?: string;
                task_name__not_endswith?: string;
                task_name__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                task_name__not_in?: string[];
                task_name__not_startswith?: string;
                task_name__startswith?: string;
                traceback?: string;
                traceback__contains?: string;
                traceback__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                traceback__in?: string[];
                traceback__isnull?: boolean;
                traceback__not_contains?: string;
                traceback__not_endswith?: string;
                traceback__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                traceback__not_in?: string[];
                traceback__not_startswith?: string;
                traceback__startswith?: string;
                worker?: string;
                worker__contains?: string;
                worker__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                worker__in?: string[];
                worker__isnull?: boolean;
                worker__not_contains?: string;
                worker__not_endswith?: string;
                worker__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                worker__not_in?: string[];
                worker__not_startswith?: string;
                worker__startswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTaskResultList"];
                };
            };
        };
    };
    logs_tasks_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this task result. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResult"];
                };
            };
        };
    };
    notifications_notification_choices_type_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationTypeChoices"];
                };
            };
        };
    };
    notifications_notifications_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                message_html?: string;
                message_html__contains?: string;
                message_html__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                message_html__in?: string[];
                message_html__isnull?: boolean;
                message_html__not_contains?: string;
                message_html__not_endswith?: string;
                message_html__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                message_html__not_in?: string[];
                message_html__not_startswith?: string;
                message_html__startswith?: string;
                message_text?: string;
                message_text__contains?: string;
                message_text__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                message_text__in?: string[];
                message_text__isnull?: boolean;
                message_text__not_contains?: string;
                message_text__not_endswith?: string;
                message_text__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                message_text__not_in?: string[];
                message_text__not_startswith?: string;
                message_text__startswith?: string;
                /**
                 * @description * `GM` - General Message
                 *     * `RE` - Upcoming Request Expiration
                 *     * `RD` - Request Past Expiration
                 */
                notification_type?: "GM" | "RD" | "RE";
                notification_type__contains?: string;
                notification_type__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                notification_type__in?: string[];
                notification_type__isnull?: boolean;
                notification_type__not_contains?: string;
                notification_type__not_endswith?: string;
                /**
                 * @description * `GM` - General Message
                 *     * `RE` - Upcoming Request Expiration
                 *     * `RD` - Request Past Expiration
                 */
                notification_type__not_eq?: "GM" | "RD" | "RE";
                /** @description Multiple values may be separated by commas. */
                notification_type__not_in?: string[];
                notification_type__not_startswith?: string;
                notification_type__startswith?: string;
                read?: boolean;
                /** @description Multiple values may be separated by commas. */
                read__in?: boolean[];
                read__isnull?: boolean;
                read__not_eq?: boolean;
                /** @description Multiple values may be separated by commas. */
                read__not_in?: boolean[];
                subject?: string;
                subject__contains?: string;
                subject__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                subject__in?: string[];
                subject__isnull?: boolean;
                subject__not_contains?: string;
                subject__not_endswith?: string;
                subject__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                subject__not_in?: string[];
                subject__not_startswith?: string;
                subject__startswith?: string;
                time?: string | Date;
                time__day?: number;
                time__gt?: string | Date;
                time__gte?: string | Date;
                time__hour?: number;
                /** @description Multiple values may be separated by commas. */
                time__in?: (string | Date)[];
                time__isnull?: boolean;
                time__lt?: string | Date;
                time__lte?: string | Date;
                time__minute?: number;
                time__month?: number;
                time__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                time__not_in?: (string | Date)[];
                time__second?: number;
                time__week?: number;
                time__week_day?: number;
                time__year?: number;
                user?: number;
                /** @description Multiple values may be separated by commas. */
                user__in?: number[];
                user__isnull?: boolean;
                user__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                user__not_in?: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedNotificationList"];
                };
            };
        };
    };
    notifications_notifications_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this notification. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
        };
    };
    notifications_notifications_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this notification. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedNotificationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedNotificationRequest"];
                "multipart/form-data": components["schemas"]["PatchedNotificationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
        };
    };
    notifications_preferences_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                notify_on_expiration?: boolean;
                /** @description Multiple values may be separated by commas. */
                notify_on_expiration__in?: boolean[];
                notify_on_expiration__isnull?: boolean;
                notify_on_expiration__not_eq?: boolean;
                /** @description Multiple values may be separated by commas. */
                notify_on_expiration__not_in?: boolean[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedPreferenceList"];
                };
            };
        };
    };
    notifications_preferences_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PreferenceRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PreferenceRequest"];
                "multipart/form-data": components["schemas"]["PreferenceRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preference"];
                };
            };
        };
    };
    notifications_preferences_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this preference. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preference"];
                };
            };
        };
    };
    notifications_preferences_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this preference. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PreferenceRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PreferenceRequest"];
                "multipart/form-data": components["schemas"]["PreferenceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preference"];
                };
            };
        };
    };
    notifications_preferences_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this preference. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    notifications_preferences_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this preference. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedPreferenceRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedPreferenceRequest"];
                "multipart/form-data": components["schemas"]["PatchedPreferenceRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Preference"];
                };
            };
        };
    };
    research_grants_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                agency?: string;
                agency__contains?: string;
                agency__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                agency__in?: string[];
                agency__isnull?: boolean;
                agency__not_contains?: string;
                agency__not_endswith?: string;
                agency__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                agency__not_in?: string[];
                agency__not_startswith?: string;
                agency__startswith?: string;
                amount?: number;
                amount__gt?: number;
                amount__gte?: number;
                /** @description Multiple values may be separated by commas. */
                amount__in?: number[];
                amount__isnull?: boolean;
                amount__lt?: number;
                amount__lte?: number;
                amount__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                amount__not_in?: number[];
                description?: string;
                description__contains?: string;
                description__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                description__in?: string[];
                description__isnull?: boolean;
                description__not_contains?: string;
                description__not_endswith?: string;
                description__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                description__not_in?: string[];
                description__not_startswith?: string;
                description__startswith?: string;
                end_date?: string | Date;
                end_date__day?: number;
                end_date__gt?: string | Date;
                end_date__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                end_date__in?: (string | Date)[];
                end_date__isnull?: boolean;
                end_date__lt?: string | Date;
                end_date__lte?: string | Date;
                end_date__month?: number;
                end_date__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                end_date__not_in?: (string | Date)[];
                end_date__week?: number;
                end_date__week_day?: number;
                end_date__year?: number;
                grant_number?: string;
                grant_number__contains?: string;
                grant_number__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                grant_number__in?: string[];
                grant_number__isnull?: boolean;
                grant_number__not_contains?: string;
                grant_number__not_endswith?: string;
                grant_number__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                grant_number__not_in?: string[];
                grant_number__not_startswith?: string;
                grant_number__startswith?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                pi?: string;
                pi__contains?: string;
                pi__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                pi__in?: string[];
                pi__isnull?: boolean;
                pi__not_contains?: string;
                pi__not_endswith?: string;
                pi__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                pi__not_in?: string[];
                pi__not_startswith?: string;
                pi__startswith?: string;
                start_date?: string | Date;
                start_date__day?: number;
                start_date__gt?: string | Date;
                start_date__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                start_date__in?: (string | Date)[];
                start_date__isnull?: boolean;
                start_date__lt?: string | Date;
                start_date__lte?: string | Date;
                start_date__month?: number;
                start_date__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                start_date__not_in?: (string | Date)[];
                start_date__week?: number;
                start_date__week_day?: number;
                start_date__year?: number;
                team?: number;
                /** @description Multiple values may be separated by commas. */
                team__in?: number[];
                team__isnull?: boolean;
                team__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                team__not_in?: number[];
                title?: string;
                title__contains?: string;
                title__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                title__in?: string[];
                title__isnull?: boolean;
                title__not_contains?: string;
                title__not_endswith?: string;
                title__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                title__not_in?: string[];
                title__not_startswith?: string;
                title__startswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedGrantList"];
                };
            };
        };
    };
    research_grants_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["GrantRequest"];
                "multipart/form-data": components["schemas"]["GrantRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
        };
    };
    research_grants_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this grant. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
        };
    };
    research_grants_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this grant. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["GrantRequest"];
                "multipart/form-data": components["schemas"]["GrantRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
        };
    };
    research_grants_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this grant. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    research_grants_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this grant. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedGrantRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedGrantRequest"];
                "multipart/form-data": components["schemas"]["PatchedGrantRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Grant"];
                };
            };
        };
    };
    research_publications_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                abstract?: string;
                abstract__contains?: string;
                abstract__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                abstract__in?: string[];
                abstract__isnull?: boolean;
                abstract__not_contains?: string;
                abstract__not_endswith?: string;
                abstract__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                abstract__not_in?: string[];
                abstract__not_startswith?: string;
                abstract__startswith?: string;
                doi?: string;
                doi__contains?: string;
                doi__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                doi__in?: string[];
                doi__isnull?: boolean;
                doi__not_contains?: string;
                doi__not_endswith?: string;
                doi__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                doi__not_in?: string[];
                doi__not_startswith?: string;
                doi__startswith?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                issue?: string;
                issue__contains?: string;
                issue__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                issue__in?: string[];
                issue__isnull?: boolean;
                issue__not_contains?: string;
                issue__not_endswith?: string;
                issue__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                issue__not_in?: string[];
                issue__not_startswith?: string;
                issue__startswith?: string;
                journal?: string;
                journal__contains?: string;
                journal__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                journal__in?: string[];
                journal__isnull?: boolean;
                journal__not_contains?: string;
                journal__not_endswith?: string;
                journal__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                journal__not_in?: string[];
                journal__not_startswith?: string;
                journal__startswith?: string;
                published?: string | Date;
                published__day?: number;
                published__gt?: string | Date;
                published__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                published__in?: (string | Date)[];
                published__isnull?: boolean;
                published__lt?: string | Date;
                published__lte?: string | Date;
                published__month?: number;
                published__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                published__not_in?: (string | Date)[];
                published__week?: number;
                published__week_day?: number;
                published__year?: number;
                submitted?: string | Date;
                submitted__day?: number;
                submitted__gt?: string | Date;
                submitted__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                submitted__in?: (string | Date)[];
                submitted__isnull?: boolean;
                submitted__lt?: string | Date;
                submitted__lte?: string | Date;
                submitted__month?: number;
                submitted__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                submitted__not_in?: (string | Date)[];
                submitted__week?: number;
                submitted__week_day?: number;
                submitted__year?: number;
                team?: number;
                /** @description Multiple values may be separated by commas. */
                team__in?: number[];
                team__isnull?: boolean;
                team__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                team__not_in?: number[];
                title?: string;
                title__contains?: string;
                title__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                title__in?: string[];
                title__isnull?: boolean;
                title__not_contains?: string;
                title__not_endswith?: string;
                title__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                title__not_in?: string[];
                title__not_startswith?: string;
                title__startswith?: string;
                volume?: string;
                volume__contains?: string;
                volume__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                volume__in?: string[];
                volume__isnull?: boolean;
                volume__not_contains?: string;
                volume__not_endswith?: string;
                volume__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                volume__not_in?: string[];
                volume__not_startswith?: string;
                volume__startswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedPublicationList"];
                };
            };
        };
    };
    research_publications_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PublicationRequest"];
                "multipart/form-data": components["schemas"]["PublicationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
        };
    };
    research_publications_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this publication. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
        };
    };
    research_publications_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this publication. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PublicationRequest"];
                "multipart/form-data": components["schemas"]["PublicationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
        };
    };
    research_publications_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this publication. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    research_publications_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this publication. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedPublicationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedPublicationRequest"];
                "multipart/form-data": components["schemas"]["PatchedPublicationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
        };
    };
    stats_grants_retrieve: {
        parameters: {
            query?: {
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                agency?: string;
                agency__contains?: string;
                agency__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                agency__in?: string[];
                agency__isnull?: boolean;
                agency__not_contains?: string;
                agency__not_endswith?: string;
                agency__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                agency__not_in?: string[];
                agency__not_startswith?: string;
                agency__startswith?: string;
                amount?: number;
                amount__gt?: number;
                amount__gte?: number;
                /** @description Multiple values may be separated by commas. */
                amount__in?: number[];
                amount__isnull?: boolean;
                amount__lt?: number;
                amount__lte?: number;
                amount__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                amount__not_in?: number[];
                description?: string;
                description__contains?: string;
                description__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                description__in?: string[];
                description__isnull?: boolean;
                description__not_contains?: string;
                description__not_endswith?: string;
                description__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                description__not_in?: string[];
                description__not_startswith?: string;
                description__startswith?: string;
                end_date?: string | Date;
                end_date__day?: number;
                end_date__gt?: string | Date;
                end_date__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                end_date__in?: (string | Date)[];
                end_date__isnull?: boolean;
                end_date__lt?: string | Date;
                end_date__lte?: string | Date;
                end_date__month?: number;
                end_date__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                end_date__not_in?: (string | Date)[];
                end_date__week?: number;
                end_date__week_day?: number;
                end_date__year?: number;
                grant_number?: string;
                grant_number__contains?: string;
                grant_number__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                grant_number__in?: string[];
                grant_number__isnull?: boolean;
                grant_number__not_contains?: string;
                grant_number__not_endswith?: string;
                grant_number__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                grant_number__not_in?: string[];
                grant_number__not_startswith?: string;
                grant_number__startswith?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                pi?: string;
                pi__contains?: string;
                pi__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                pi__in?: string[];
                pi__isnull?: boolean;
                pi__not_contains?: string;
                pi__not_endswith?: string;
                pi__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                pi__not_in?: string[];
                pi__not_startswith?: string;
                pi__startswith?: string;
                start_date?: string | Date;
                start_date__day?: number;
                start_date__gt?: string | Date;
                start_date__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                start_date__in?: (string | Date)[];
                start_date__isnull?: boolean;
                start_date__lt?: string | Date;
                start_date__lte?: string | Date;
                start_date__month?: number;
                start_date__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                start_date__not_in?: (string | Date)[];
                start_date__week?: number;
                start_date__week_day?: number;
                start_date__year?: number;
                team?: number;
                /** @description Multiple values may be separated by commas. */
                team__in?: number[];
                team__isnull?: boolean;
                team__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                team__not_in?: number[];
                title?: string;
                title__contains?: string;
                title__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                title__in?: string[];
                title__isnull?: boolean;
                title__not_contains?: string;
                title__not_endswith?: string;
                title__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                title__not_in?: string[];
                title__not_startswith?: string;
                title__startswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantStats"];
                };
            };
        };
    };
    stats_notifications_retrieve: {
        parameters: {
            query?: {
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                message_html?: string;
                message_html__contains?: string;
                message_html__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                message_html__in?: string[];
                message_html__isnull?: boolean;
                message_html__not_contains?: string;
                message_html__not_endswith?: string;
                message_html__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                message_html__not_in?: string[];
                message_html__not_startswith?: string;
                message_html__startswith?: string;
                message_text?: string;
                message_text__contains?: string;
                message_text__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                message_text__in?: string[];
                message_text__isnull?: boolean;
                message_text__not_contains?: string;
                message_text__not_endswith?: string;
                message_text__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                message_text__not_in?: string[];
                message_text__not_startswith?: string;
                message_text__startswith?: string;
                /**
                 * @description * `GM` - General Message
                 *     * `RE` - Upcoming Request Expiration
                 *     * `RD` - Request Past Expiration
                 */
                notification_type?: "GM" | "RD" | "RE";
                notification_type__contains?: string;
                notification_type__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                notification_type__in?: string[];
                notification_type__isnull?: boolean;
                notification_type__not_contains?: string;
                notification_type__not_endswith?: string;
                /**
                 * @description * `GM` - General Message
                 *     * `RE` - Upcoming Request Expiration
                 *     * `RD` - Request Past Expiration
                 */
                notification_type__not_eq?: "GM" | "RD" | "RE";
                /** @description Multiple values may be separated by commas. */
                notification_type__not_in?: string[];
                notification_type__not_startswith?: string;
                notification_type__startswith?: string;
                read?: boolean;
                /** @description Multiple values may be separated by commas. */
                read__in?: boolean[];
                read__isnull?: boolean;
                read__not_eq?: boolean;
                /** @description Multiple values may be separated by commas. */
                read__not_in?: boolean[];
                subject?: string;
                subject__contains?: string;
                subject__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                subject__in?: string[];
                subject__isnull?: boolean;
                subject__not_contains?: string;
                subject__not_endswith?: string;
                subject__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                subject__not_in?: string[];
                subject__not_startswith?: string;
                subject__startswith?: string;
                time?: string | Date;
                time__day?: number;
                time__gt?: string | Date;
                time__gte?: string | Date;
                time__hour?: number;
                /** @description Multiple values may be separated by commas. */
                time__in?: (string | Date)[];
                time__isnull?: boolean;
                time__lt?: string | Date;
                time__lte?: string | Date;
                time__minute?: number;
                time__month?: number;
                time__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                time__not_in?: (string | Date)[];
                time__second?: number;
                time__week?: number;
                time__week_day?: number;
                time__year?: number;
                user?: number;
                /** @description Multiple values may be separated by commas. */
                user__in?: number[];
                user__isnull?: boolean;
                user__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                user__not_in?: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationStats"];
                };
            };
        };
    };
    stats_publications_retrieve: {
        parameters: {
            query?: {
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                abstract?: string;
                abstract__contains?: string;
                abstract__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                abstract__in?: string[];
                abstract__isnull?: boolean;
                abstract__not_contains?: string;
                abstract__not_endswith?: string;
                abstract__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                abstract__not_in?: string[];
                abstract__not_startswith?: string;
                abstract__startswith?: string;
                doi?: string;
                doi__contains?: string;
                doi__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                doi__in?: string[];
                doi__isnull?: boolean;
                doi__not_contains?: string;
                doi__not_endswith?: string;
                doi__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                doi__not_in?: string[];
                doi__not_startswith?: string;
                doi__startswith?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                issue?: string;
                issue__contains?: string;
                issue__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                issue__in?: string[];
                issue__isnull?: boolean;
                issue__not_contains?: string;
                issue__not_endswith?: string;
                issue__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                issue__not_in?: string[];
                issue__not_startswith?: string;
                issue__startswith?: string;
                journal?: string;
                journal__contains?: string;
                journal__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                journal__in?: string[];
                journal__isnull?: boolean;
                journal__not_contains?: string;
                journal__not_endswith?: string;
                journal__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                journal__not_in?: string[];
                journal__not_startswith?: string;
                journal__startswith?: string;
                published?: string | Date;
                published__day?: number;
                published__gt?: string | Date;
                published__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                published__in?: (string | Date)[];
                published__isnull?: boolean;
                published__lt?: string | Date;
                published__lte?: string | Date;
                published__month?: number;
                published__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                published__not_in?: (string | Date)[];
                published__week?: number;
                published__week_day?: number;
                published__year?: number;
                submitted?: string | Date;
                submitted__day?: number;
                submitted__gt?: string | Date;
                submitted__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                submitted__in?: (string | Date)[];
                submitted__isnull?: boolean;
                submitted__lt?: string | Date;
                submitted__lte?: string | Date;
                submitted__month?: number;
                submitted__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                submitted__not_in?: (string | Date)[];
                submitted__week?: number;
                submitted__week_day?: number;
                submitted__year?: number;
                team?: number;
                /** @description Multiple values may be separated by commas. */
                team__in?: number[];
                team__isnull?: boolean;
                team__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                team__not_in?: number[];
                title?: string;
                title__contains?: string;
                title__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                title__in?: string[];
                title__isnull?: boolean;
                title__not_contains?: string;
                title__not_endswith?: string;
                title__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                title__not_in?: string[];
                title__not_startswith?: string;
                title__startswith?: string;
                volume?: string;
                volume__contains?: string;
                volume__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                volume__in?: string[];
                volume__isnull?: boolean;
                volume__not_contains?: string;
                volume__not_endswith?: string;
                volume__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                volume__not_in?: string[];
                volume__not_startswith?: string;
                volume__startswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationStats"];
                };
            };
        };
    };
    stats_requests_retrieve: {
        parameters: {
            query?: {
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                active?: string | Date;
                active__day?: number;
                active__gt?: string | Date;
                active__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                active__in?: (string | Date)[];
                active__isnull?: boolean;
                active__lt?: string | Date;
                active__lte?: string | Date;
                active__month?: number;
                active__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                active__not_in?: (string | Date)[];
                active__week?: number;
                active__week_day?: number;
                active__year?: number;
                description?: string;
                description__contains?: string;
                description__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                description__in?: string[];
                description__isnull?: boolean;
                description__not_contains?: string;
                description__not_endswith?: string;
                description__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                description__not_in?: string[];
                description__not_startswith?: string;
                description__startswith?: string;
                expire?: string | Date;
                expire__day?: number;
                expire__gt?: string | Date;
                expire__gte?: string | Date;
                /** @description Multiple values may be separated by commas. */
                expire__in?: (string | Date)[];
                expire__isnull?: boolean;
                expire__lt?: string | Date;
                expire__lte?: string | Date;
                expire__month?: number;
                expire__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                expire__not_in?: (string | Date)[];
                expire__week?: number;
                expire__week_day?: number;
                expire__year?: number;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                /**
                 * @description * `PD` - Pending
                 *     * `AP` - Approved
                 *     * `DC` - Declined
                 *     * `CR` - Changes Requested
                 */
                status?: "AP" | "CR" | "DC" | "PD";
                status__contains?: string;
                status__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                status__in?: string[];
                status__isnull?: boolean;
                status__not_contains?: string;
                status__not_endswith?: string;
                /**
                 * @description * `PD` - Pending
                 *     * `AP` - Approved
                 *     * `DC` - Declined
                 *     * `CR` - Changes Requested
                 */
                status__not_eq?: "AP" | "CR" | "DC" | "PD";
                /** @description Multiple values may be separated by commas. */
                status__not_in?: string[];
                status__not_startswith?: string;
                status__startswith?: string;
                submitted?: string | Date;
                submitted__day?: number;
                submitted__gt?: string | Date;
                submitted__gte?: string | Date;
                submitted__hour?: number;
                /** @description Multiple values may be separated by commas. */
                submitted__in?: (string | Date)[];
                submitted__isnull?: boolean;
                submitted__lt?: string | Date;
                submitted__lte?: string | Date;
                submitted__minute?: number;
                submitted__month?: number;
                submitted__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                submitted__not_in?: (string | Date)[];
                submitted__second?: number;
                submitted__week?: number;
                submitted__week_day?: number;
                submitted__year?: number;
                submitter?: number;
                /** @description Multiple values may be separated by commas. */
                submitter__in?: number[];
                submitter__isnull?: boolean;
                submitter__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                submitter__not_in?: number[];
                team?: number;
                /** @description Multiple values may be separated by commas. */
                team__in?: number[];
                team__isnull?: boolean;
                team__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                team__not_in?: number[];
                title?: string;
                title__contains?: string;
                title__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                title__in?: string[];
                title__isnull?: boolean;
                title__not_contains?: string;
                title__not_endswith?: string;
                title__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                title__not_in?: string[];
                title__not_startswith?: string;
                title__startswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationRequestStats"];
                };
            };
        };
    };
    users_membership_choices_role_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipRoleChoices"];
                };
            };
        };
    };
    users_memberships_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                /**
                 * @description * `OW` - Owner
                 *     * `AD` - Admin
                 *     * `MB` - Member
                 */
                role?: "AD" | "MB" | "OW";
                role__contains?: string;
                role__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                role__in?: string[];
                role__isnull?: boolean;
                role__not_contains?: string;
                role__not_endswith?: string;
                /**
                 * @description * `OW` - Owner
                 *     * `AD` - Admin
                 *     * `MB` - Member
                 */
                role__not_eq?: "AD" | "MB" | "OW";
                /** @description Multiple values may be separated by commas. */
                role__not_in?: string[];
                role__not_startswith?: string;
                role__startswith?: string;
                team?: number;
                /** @description Multiple values may be separated by commas. */
                team__in?: number[];
                team__isnull?: boolean;
                team__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                team__not_in?: number[];
                user?: number;
                /** @description Multiple values may be separated by commas. */
                user__in?: number[];
                user__isnull?: boolean;
                user__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                user__not_in?: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedMembershipList"];
                };
            };
        };
    };
    users_memberships_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["MembershipRequest"];
                "multipart/form-data": components["schemas"]["MembershipRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
        };
    };
    users_memberships_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this membership. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
        };
    };
    users_memberships_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this membership. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["MembershipRequest"];
                "multipart/form-data": components["schemas"]["MembershipRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
        };
    };
    users_memberships_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this membership. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    users_memberships_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this membership. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedMembershipRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedMembershipRequest"];
                "multipart/form-data": components["schemas"]["PatchedMembershipRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
        };
    };
    users_teams_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                is_active?: boolean;
                /** @description Multiple values may be separated by commas. */
                is_active__in?: boolean[];
                is_active__isnull?: boolean;
                is_active__not_eq?: boolean;
                /** @description Multiple values may be separated by commas. */
                is_active__not_in?: boolean[];
                name?: string;
                name__contains?: string;
                name__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                name__in?: string[];
                name__isnull?: boolean;
                name__not_contains?: string;
                name__not_endswith?: string;
                name__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                name__not_in?: string[];
                name__not_startswith?: string;
                name__startswith?: string;
                slug?: string;
                slug__contains?: string;
                slug__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                slug__in?: string[];
                slug__isnull?: boolean;
                slug__not_contains?: string;
                slug__not_endswith?: string;
                slug__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                slug__not_in?: string[];
                slug__not_startswith?: string;
                slug__startswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTeamList"];
                };
            };
        };
    };
    users_teams_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TeamRequest"];
                "multipart/form-data": components["schemas"]["TeamRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
        };
    };
    users_teams_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this team. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
        };
    };
    users_teams_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this team. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TeamUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TeamUpdateRequest"];
                "multipart/form-data": components["schemas"]["TeamUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamUpdate"];
                };
            };
        };
    };
    users_teams_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this team. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    users_teams_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this team. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedTeamUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedTeamUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedTeamUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamUpdate"];
                };
            };
        };
    };
    users_users_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                _limit?: number;
                /** @description The initial index from which to return the results. */
                _offset?: number;
                /** @description Which field to use when ordering the results. */
                _order?: string;
                /** @description A search term. */
                _search?: string;
                date_joined?: string | Date;
                date_joined__day?: number;
                date_joined__gt?: string | Date;
                date_joined__gte?: string | Date;
                date_joined__hour?: number;
                /** @description Multiple values may be separated by commas. */
                date_joined__in?: (string | Date)[];
                date_joined__isnull?: boolean;
                date_joined__lt?: string | Date;
                date_joined__lte?: string | Date;
                date_joined__minute?: number;
                date_joined__month?: number;
                date_joined__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                date_joined__not_in?: (string | Date)[];
                date_joined__second?: number;
                date_joined__week?: number;
                date_joined__week_day?: number;
                date_joined__year?: number;
                department?: string;
                department__contains?: string;
                department__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                department__in?: string[];
                department__isnull?: boolean;
                department__not_contains?: string;
                department__not_endswith?: string;
                department__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                department__not_in?: string[];
                department__not_startswith?: string;
                department__startswith?: string;
                email?: string;
                email__contains?: string;
                email__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                email__in?: string[];
                email__isnull?: boolean;
                email__not_contains?: string;
                email__not_endswith?: string;
                email__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                email__not_in?: string[];
                email__not_startswith?: string;
                email__startswith?: string;
                first_name?: string;
                first_name__contains?: string;
                first_name__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                first_name__in?: string[];
                first_name__isnull?: boolean;
                first_name__not_contains?: string;
                first_name__not_endswith?: string;
                first_name__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                first_name__not_in?: string[];
                first_name__not_startswith?: string;
                first_name__startswith?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                /** @description Multiple values may be separated by commas. */
                id__in?: number[];
                id__isnull?: boolean;
                id__lt?: number;
                id__lte?: number;
                id__not_eq?: number;
                /** @description Multiple values may be separated by commas. */
                id__not_in?: number[];
                is_active?: boolean;
                /** @description Multiple values may be separated by commas. */
                is_active__in?: boolean[];
                is_active__isnull?: boolean;
                is_active__not_eq?: boolean;
                /** @description Multiple values may be separated by commas. */
                is_active__not_in?: boolean[];
                is_ldap_user?: boolean;
                /** @description Multiple values may be separated by commas. */
                is_ldap_user__in?: boolean[];
                is_ldap_user__isnull?: boolean;
                is_ldap_user__not_eq?: boolean;
                /** @description Multiple values may be separated by commas. */
                is_ldap_user__not_in?: boolean[];
                is_staff?: boolean;
                /** @description Multiple values may be separated by commas. */
                is_staff__in?: boolean[];
                is_staff__isnull?: boolean;
                is_staff__not_eq?: boolean;
                /** @description Multiple values may be separated by commas. */
                is_staff__not_in?: boolean[];
                is_superuser?: boolean;
                /** @description Multiple values may be separated by commas. */
                is_superuser__in?: boolean[];
                is_superuser__isnull?: boolean;
                is_superuser__not_eq?: boolean;
                /** @description Multiple values may be separated by commas. */
                is_superuser__not_in?: boolean[];
                last_login?: string | Date;
                last_login__day?: number;
                last_login__gt?: string | Date;
                last_login__gte?: string | Date;
                last_login__hour?: number;
                /** @description Multiple values may be separated by commas. */
                last_login__in?: (string | Date)[];
                last_login__isnull?: boolean;
                last_login__lt?: string | Date;
                last_login__lte?: string | Date;
                last_login__minute?: number;
                last_login__month?: number;
                last_login__not_eq?: string | Date;
                /** @description Multiple values may be separated by commas. */
                last_login__not_in?: (string | Date)[];
                last_login__second?: number;
                last_login__week?: number;
                last_login__week_day?: number;
                last_login__year?: number;
                last_name?: string;
                last_name__contains?: string;
                last_name__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                last_name__in?: string[];
                last_name__isnull?: boolean;
                last_name__not_contains?: string;
                last_name__not_endswith?: string;
                last_name__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                last_name__not_in?: string[];
                last_name__not_startswith?: string;
                last_name__startswith?: string;
                password?: string;
                password__contains?: string;
                password__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                password__in?: string[];
                password__isnull?: boolean;
                password__not_contains?: string;
                password__not_endswith?: string;
                password__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                password__not_in?: string[];
                password__not_startswith?: string;
                password__startswith?: string;
                role?: string;
                role__contains?: string;
                role__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                role__in?: string[];
                role__isnull?: boolean;
                role__not_contains?: string;
                role__not_endswith?: string;
                role__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                role__not_in?: string[];
                role__not_startswith?: string;
                role__startswith?: string;
                username?: string;
                username__contains?: string;
                username__endswith?: string;
                /** @description Multiple values may be separated by commas. */
                username__in?: string[];
                username__isnull?: boolean;
                username__not_contains?: string;
                username__not_endswith?: string;
                username__not_eq?: string;
                /** @description Multiple values may be separated by commas. */
                username__not_in?: string[];
                username__not_startswith?: string;
                username__startswith?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRestrictedUserList"];
                };
            };
        };
    };
    users_users_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivilegedUserRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PrivilegedUserRequest"];
                "multipart/form-data": components["schemas"]["PrivilegedUserRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestrictedUser"];
                };
            };
        };
    };
    users_users_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this user. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestrictedUser"];
                };
            };
        };
    };
    users_users_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this user. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivilegedUserRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PrivilegedUserRequest"];
                "multipart/form-data": components["schemas"]["PrivilegedUserRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestrictedUser"];
                };
            };
        };
    };
    users_users_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this user. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    users_users_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this user. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedPrivilegedUserRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedPrivilegedUserRequest"];
                "multipart/form-data": components["schemas"]["PatchedPrivilegedUserRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestrictedUser"];
                };
            };
        };
    };
    version_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
}
