/**
 * Generated from the OpenAPI document by openapi-typescript: do not edit.
 * Run `npm run contract:types` after changing a validator, a response schema or a path.
 */
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process answers (liveness) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process answers (liveness; same as /health) */
        get: operations["getHealthLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready for traffic: the database and Redis answer and the process is not stopping; 503 naming why not
         * @description Also reports the queue backlog (jobs waiting in the queues and in the outbox, `backlog` when one waits over 5 minutes) and whether a scheduler ticked in the last 3 minutes; those do not make the process unready.
         */
        get: operations["getHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/db": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers */
        get: operations["getHealthDb"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/redis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redis answers, and this process uses it (503 while it runs on its in-memory fallback) */
        get: operations["getHealthRedis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which optional features are on */
        get: operations["getFeatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This process's metrics in Prometheus text format
         * @description For an admin access token, or `Authorization: Bearer <METRICS_TOKEN>` when the server sets METRICS_TOKEN (a scraper needs no account). METRICS_PORT opens the same metrics on a listener of their own, without a token.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This documentation as an interactive console (Swagger UI): authorize once, then "Try it out" on this server */
        get: operations["getDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This documentation as a static, script-free HTML page */
        get: operations["getDocsReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/assets/swagger-ui.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of the console page (swagger-ui.css), served from the server's own packages */
        get: operations["getDocsAssetsSwaggerUiCss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/assets/swagger-ui-bundle.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of the console page (swagger-ui-bundle.js), served from the server's own packages */
        get: operations["getDocsAssetsSwaggerUiBundleJs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/assets/api-console.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of the console page (api-console.js), served from the server's own packages */
        get: operations["getDocsAssetsApiConsoleJs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/docs/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This documentation as an OpenAPI 3.1 document (not enveloped) */
        get: operations["getDocsOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Brands (`sponsor`) must give `sponsorProfile.companyName` and start `pending` until approved. Sends a verification e-mail. 403 `E_FEATURE_DISABLED` when registration is disabled (ENABLE_REGISTRATION=false), whatever the body.
         */
        post: operations["postAuthSignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with e-mail and password
         * @description 401 on wrong credentials; 403 for blocked or rejected accounts.
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new token pair
         * @description Refresh tokens rotate. Every refusal is a 401 naming why: `E_INVALID_REFRESH_TOKEN` (unknown), `E_REFRESH_TOKEN_REUSED` (a spent token replayed: every token of its login is revoked), `E_REFRESH_TOKEN_REVOKED` (revoked by logout, a password change or an admin; the message says which), `E_REFRESH_TOKEN_EXPIRED`, `E_ACCOUNT_BLOCKED`, `E_ACCOUNT_REJECTED`.
         */
        post: operations["postAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a password-reset e-mail
         * @description Answers 202, in the same time, whether or not the address belongs to an account (the lookup and the e-mail happen in a background job).
         */
        post: operations["postAuthPasswordForgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token from the reset e-mail */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an e-mail address with the token from the verification e-mail */
        post: operations["postAuthVerifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out: revoke this session, and the session of `refreshToken` when given */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        /**
         * Delete your account (asks for your password)
         * @description Wrong password: 422 on `password`. Admin accounts cannot delete themselves (403). Afterwards every token is revoked and logging in with the old e-mail fails. An audit row `account.delete` records it.
         */
        delete: operations["deleteAuthMe"];
        options?: never;
        head?: never;
        /**
         * Update own name, own role profile and privacy settings
         * @description `email`, `password` and `role` are refused (422 on that field, saying why): the e-mail and role of an account do not change, the password changes with `PUT /auth/password`. Two concurrent first saves of a role profile: the later one answers 409 `E_CONFLICT`.
         */
        patch: operations["patchAuthMe"];
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change password (signs out every other session) */
        put: operations["putAuthPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the verification e-mail again */
        post: operations["postAuthVerifyEmailResend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influencers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the influencer directory
         * @description Approved brands and admins only. Public profiles only (`followers` and `private` profiles are left out); hidden fields are null. Pages are cached for up to 5 minutes (a sign-up, profile, privacy or block change drops them); `meta.computedAt` says when.
         */
        get: operations["getInfluencers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search accounts */
        get: operations["getAdminUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/pending-sponsors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brands waiting for approval, oldest first */
        get: operations["getAdminUsersPendingSponsors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account */
        get: operations["getAdminUsersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A summary of a member's activity and of the reports by and about them */
        get: operations["getAdminUsersByIdActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending brand
         * @description Audited. 409 `E_INVALID_STATE` when it would change nothing. 409 `E_NOT_A_SPONSOR` for an account that is not a brand (admins included).
         */
        post: operations["postAdminUsersByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending brand
         * @description Audited. 409 `E_INVALID_STATE` when it would change nothing. 409 `E_NOT_A_SPONSOR` for an account that is not a brand (admins included).
         */
        post: operations["postAdminUsersByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block an account (revokes its tokens; not admins)
         * @description Audited. 409 `E_INVALID_STATE` when it would change nothing. 409 `E_ADMIN_ACCOUNT` on an admin account; 422 `E_SELF_MODERATION` on your own.
         */
        post: operations["postAdminUsersByIdBlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unblock an account
         * @description Audited. 409 `E_INVALID_STATE` when it would change nothing. 409 `E_ADMIN_ACCOUNT` on an admin account; 422 `E_SELF_MODERATION` on your own.
         */
        post: operations["postAdminUsersByIdUnblock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/flag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Flag an account for attention (not admins)
         * @description Audited. 409 `E_INVALID_STATE` when it would change nothing. 409 `E_ADMIN_ACCOUNT` on an admin account; 422 `E_SELF_MODERATION` on your own.
         */
        post: operations["postAdminUsersByIdFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/unflag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove the flag from an account
         * @description Audited. 409 `E_INVALID_STATE` when it would change nothing. 409 `E_ADMIN_ACCOUNT` on an admin account; 422 `E_SELF_MODERATION` on your own.
         */
        post: operations["postAdminUsersByIdUnflag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log of admin actions, newest first */
        get: operations["getAdminAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dashboard/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform figures: users by role and status, pending sponsors, campaigns, ad requests, plans, open reports, sales
         * @description `meta.computedAt` (ISO 8601) says when the figures were computed: answers are cached and every hit answers the same `computedAt`.
         */
        get: operations["getAdminDashboardStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dashboard/charts/user-growth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * New and cumulative accounts per day, week or month
         * @description `meta.computedAt` (ISO 8601) says when the figures were computed: answers are cached and every hit answers the same `computedAt`. `meta.from`, `meta.to` and `meta.bucket` echo the range. Every bucket of the range is listed, empty ones at zero.
         */
        get: operations["getAdminDashboardChartsUserGrowth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dashboard/charts/campaign-distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Campaigns by niche and by status, largest first
         * @description `meta.computedAt` (ISO 8601) says when the figures were computed: answers are cached and every hit answers the same `computedAt`.
         */
        get: operations["getAdminDashboardChartsCampaignDistribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dashboard/charts/ad-request-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ad requests per status
         * @description `meta.computedAt` (ISO 8601) says when the figures were computed: answers are cached and every hit answers the same `computedAt`.
         */
        get: operations["getAdminDashboardChartsAdRequestStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dashboard/charts/campaign-activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Campaigns and ad requests created, and ad requests accepted, per day, week or month
         * @description `meta.computedAt` (ISO 8601) says when the figures were computed: answers are cached and every hit answers the same `computedAt`. `meta.from`, `meta.to` and `meta.bucket` echo the range. Every bucket of the range is listed, empty ones at zero.
         */
        get: operations["getAdminDashboardChartsCampaignActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/dashboard/charts/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales and revenue per day, week or month
         * @description `meta.computedAt` (ISO 8601) says when the figures were computed: answers are cached and every hit answers the same `computedAt`. `meta.from`, `meta.to` and `meta.bucket` echo the range. Every bucket of the range is listed, empty ones at zero.
         */
        get: operations["getAdminDashboardChartsSales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/seed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Seed demo data as a background job
         * @description `demo`: the demo accounts and their content (as `node ace db:seed`: a category tree, 8 products, 2 campaigns, an ad request, 3 skill plans, follows and likes); `small`: demo + 200 users, 20 campaigns, 100 plans, 2,000 activities, 200 products; `large`: demo + 10,000 users, 100,000 activities, 5,000 products in a category tree, campaigns, ad requests and plans. Bulk accounts are `<profile>.<role>.<n>@seed.marquee.test` with the demo password; `<profile>.power@seed.marquee.test` follows the most creators. Only what is missing is written: existing accounts keep their passwords, status and details, and a profile already seeded is skipped. Progress: `GET /tasks/{id}` or the SSE channel `tasks/{taskId}`. In production the answer is 403 `E_SEED_IN_PRODUCTION` unless `force` is true, no admin is created, and created accounts get a random password that is shown nowhere (`node ace marquee:seed --force` prints it).
         */
        post: operations["postAdminSeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health for operators: readiness, batch runs, feed cache, moderation queue, job queues
         * @description What `GET /health/ready` checks, plus the last run of every scheduled task and which are overdue, the feed cache, the moderation queue (size, oldest unclaimed report) and each job queue (waiting, active, failed, oldest waiting). Answers 200 also when the process is not ready: `ready` says so.
         */
        get: operations["getAdminHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scheduled batch tasks with their last and next run, flagged when overdue
         * @description `meta.scheduler` says when a scheduler last ticked: tasks only run while one does.
         */
        get: operations["getAdminBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/batch/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History of batch runs, newest first */
        get: operations["getAdminBatchRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/batch/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One batch task */
        get: operations["getAdminBatchByName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/batch/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a batch task now, as a background job */
        post: operations["postAdminBatchByNameRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/batch/{name}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause the scheduled runs of a task (manual runs still work) */
        post: operations["postAdminBatchByNamePause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/batch/{name}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume the scheduled runs of a task */
        post: operations["postAdminBatchByNameResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cache/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hits, misses, hit ratio and keys per key family */
        get: operations["getAdminCacheStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cache/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cache layers: memory L1 and Redis L2 */
        get: operations["getAdminCacheHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cache/warm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Precompute the hot cached reads (dashboard, influencer directory, trending and leaderboard, popular profiles) */
        post: operations["postAdminCacheWarm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cache/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear the whole cache, or only the entries with the given tags */
        post: operations["postAdminCacheClear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/cache/invalidate-user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Drop one user's cached entries (profile, cart total, unread count) */
        post: operations["postAdminCacheInvalidateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__transmit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the event stream
         * @description A `text/event-stream` that stays open. Each frame is `data: <RealtimeEvent as JSON>`; a ping on channel `$$transmit/ping` comes every 25 s. A uid already streaming for another account is a 409.
         */
        get: operations["get__transmitEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__transmit/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe your stream to a channel
         * @description Send it to the server holding the stream (404 elsewhere). Channels you may not read are a 403.
         */
        post: operations["post__transmitSubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__transmit/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unsubscribe your stream from a channel */
        post: operations["post__transmitUnsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/test/broadcast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the event `test` to one account, to check real-time delivery end to end */
        post: operations["postAdminTestBroadcast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Browse public, active campaigns
         * @description Flagged campaigns and those of blocked, deleted or unapproved brands are left out. Influencers, brands and admins.
         */
        get: operations["getCampaigns"];
        put?: never;
        /**
         * Create a campaign (approved brands)
         * @description A brand still pending approval gets a 403.
         */
        post: operations["postCampaigns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The brand's own campaigns, newest first */
        get: operations["getCampaignsMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaign-exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a CSV export of the brand's campaigns
         * @description Returns a task id; poll the export, then download the file once it is completed.
         */
        post: operations["postCampaignExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaign-exports/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State of one of your exports */
        get: operations["getCampaignExportsByTaskId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaign-exports/{taskId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a completed export (text/csv) */
        get: operations["getCampaignExportsByTaskIdDownload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One campaign
         * @description Its brand and admins always; others while it is browsable or when they have an ad request on it.
         */
        get: operations["getCampaignsById"];
        put?: never;
        post?: never;
        /**
         * Delete your campaign
         * @description Refused (409) once an ad request on it is accepted or completed.
         */
        delete: operations["deleteCampaignsById"];
        options?: never;
        head?: never;
        /**
         * Update your campaign
         * @description Status moves draft → active, active ⇄ paused, active | paused → completed; completed is final (409). The budget cannot go below what accepted ad requests committed (409). The currency (with the budget, which stays the same number) changes only while the campaign has no ad request: afterwards their amounts are in it (409 `E_CURRENCY_LOCKED`).
         */
        patch: operations["patchCampaignsById"];
        trace?: never;
    };
    "/api/v1/campaigns/{id}/ad-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite an influencer (brand) or apply (influencer)
         * @description A brand invites `influencerId` to its campaign; an influencer applies to a browsable campaign (no `influencerId`). One ad request per influencer and campaign (409). The other party is notified. A blocked or deleted influencer is not invited (422 on `influencerId`); the campaigns of a blocked or deleted brand take no applications (404).
         */
        post: operations["postCampaignsByIdAdRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ad-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your ad requests (as brand or influencer), recently changed first */
        get: operations["getAdRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ad-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your ad requests */
        get: operations["getAdRequestsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the terms of a pending ad request (brand)
         * @description The brand only (403 for the influencer), while `pending` (409 `E_INVALID_TRANSITION` otherwise: once negotiating, make an offer). At least one term must change (422 `E_NOTHING_TO_CHANGE`). The new terms are the last offer (the influencer accepts them, the brand cannot), an `edit` step with the changes joins the history and the influencer is notified (in-app and e-mail). Accepting still checks the campaign budget. Nothing moves forward with a blocked or deleted party: 409 `E_COUNTERPART_BLOCKED` while the other party is blocked (until an admin unblocks it), 409 `E_COUNTERPART_DELETED` once it deleted its account.
         */
        patch: operations["patchAdRequestsById"];
        trace?: never;
    };
    "/api/v1/ad-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an ad request you created
         * @description Only the party that created it: the brand its invitation, the influencer its application (403 for the other party). While pending or negotiating; an accepted one is never withdrawn nor deleted (409 `E_AD_REQUEST_ACCEPTED`), a rejected, completed or withdrawn one answers 409 `E_INVALID_TRANSITION`. The request stays, `withdrawn`, with its history (a `withdraw` step carrying `reason`); the other party is notified. Allowed while the other party is blocked or deleted.
         */
        post: operations["postAdRequestsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ad-requests/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The negotiation history, oldest first (both parties only)
         * @description Offers, counter-offers, the brand’s edits of the terms (`edit`, with `changes`), accept, reject and withdrawal.
         */
        get: operations["getAdRequestsByIdOffers"];
        put?: never;
        /**
         * Make an offer or counter-offer
         * @description While pending or negotiating; the request becomes `negotiating` with this amount on the table. Nothing moves forward with a blocked or deleted party: 409 `E_COUNTERPART_BLOCKED` while the other party is blocked (until an admin unblocks it), 409 `E_COUNTERPART_DELETED` once it deleted its account.
         */
        post: operations["postAdRequestsByIdOffers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ad-requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the last offer
         * @description Only the party that did not make the last offer (409 `E_OWN_OFFER`). `agreedAmount` takes the last offer; the accepted total of a campaign never exceeds its budget (409 `E_BUDGET_EXCEEDED`), concurrent accepts included. Nothing moves forward with a blocked or deleted party: 409 `E_COUNTERPART_BLOCKED` while the other party is blocked (until an admin unblocks it), 409 `E_COUNTERPART_DELETED` once it deleted its account.
         */
        post: operations["postAdRequestsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ad-requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject the ad request
         * @description Either party, while pending or negotiating, also while the other party is blocked or deleted.
         */
        post: operations["postAdRequestsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ad-requests/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an accepted ad request completed
         * @description The brand only (403 for the influencer). Nothing moves forward with a blocked or deleted party: 409 `E_COUNTERPART_BLOCKED` while the other party is blocked (until an admin unblocks it), 409 `E_COUNTERPART_DELETED` once it deleted its account.
         */
        post: operations["postAdRequestsByIdComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your conversations with their unread counts, latest activity first */
        get: operations["getConversations"];
        put?: never;
        /**
         * Open (or get) the conversation with a brand or influencer
         * @description Only between a brand and an influencer who share an ad request (403 `E_NO_AD_REQUEST`). Opening twice returns the same one. Refused while the other party is blocked (409 `E_COUNTERPART_BLOCKED`) or after it deleted its account (409 `E_COUNTERPART_DELETED`).
         */
        post: operations["postConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages, newest first, with a cursor
         * @description Pass `meta.nextCursor` as `before` for older messages; it is null on the last page. The two parties and admins.
         */
        get: operations["getConversationsByIdMessages"];
        put?: never;
        /**
         * Send a message
         * @description The two parties only; the other party gets it over SSE (`message` on `users/{id}`) and a notification. Nothing moves forward with a blocked or deleted party: 409 `E_COUNTERPART_BLOCKED` while the other party is blocked (until an admin unblocks it), 409 `E_COUNTERPART_DELETED` once it deleted its account.
         */
        post: operations["postConversationsByIdMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the other party's messages read */
        post: operations["postConversationsByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every campaign, newest first */
        get: operations["getAdminCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/campaigns/{id}/flag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag a campaign: it disappears from browsing (audited) */
        post: operations["postAdminCampaignsByIdFlag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/campaigns/{id}/unflag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove the flag from a campaign (audited) */
        post: operations["postAdminCampaignsByIdUnflag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/ad-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every ad request, recently changed first */
        get: operations["getAdminAdRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description Grouped by state (active, waiting, delayed, failed, completed), then queue, most recent first.
         */
        get: operations["getAdminTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task */
        get: operations["getAdminTasksById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tasks/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed task again, with all its attempts */
        post: operations["postAdminTasksByIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/test/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue the test e-mail to an address, to check e-mail delivery end to end */
        post: operations["postAdminTestMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share a skill plan */
        post: operations["postPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The full plan with its tasks
         * @description Cached up to 30 minutes and dropped on any change (counters too); `meta.computedAt` says when it was computed. `likedByMe`, `myRating` and `downloadedByMe` are always current.
         */
        get: operations["getPlansById"];
        put?: never;
        post?: never;
        /** Delete your plan with everything on it */
        delete: operations["deletePlansById"];
        options?: never;
        head?: never;
        /**
         * Update your plan
         * @description `tasks` replaces every task. Shortening `durationDays` below a day that has tasks needs new `tasks` (422).
         */
        patch: operations["patchPlansById"];
        trace?: never;
    };
    "/api/v1/me/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your plans (unlisted and hidden included), newest first */
        get: operations["getMePlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's listed plans, newest first
         * @description Public, not hidden plans only; 404 for an unknown or blocked user. Part of the member's profile, so the profile's privacy applies: `followers` profiles answer 403 to non-followers, `private` ones 404 (except to the member and admins).
         */
        get: operations["getUsersByIdPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/like": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Like a plan (idempotent)
         * @description Not your own plan (403). The owner is notified.
         */
        post: operations["postPlansByIdLike"];
        /** Take your like back (idempotent) */
        delete: operations["deletePlansByIdLike"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download a plan: the full plan with its tasks
         * @description Counted once per user (`meta.counted` is true for the counting call; the owner is never counted). The owner is notified at 10, 100 and 1000 downloads.
         */
        post: operations["postPlansByIdDownload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rate a plan 1–5
         * @description One rating per user: rating again replaces your score. Not your own plan (403). The owner is notified of new ratings.
         */
        put: operations["putPlansByIdRating"];
        post?: never;
        /** Remove your rating (idempotent) */
        delete: operations["deletePlansByIdRating"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Comment threads, newest first
         * @description Top-level comments are paginated; replies nest oldest first, at most 3 levels deep. A deleted or hidden comment with visible replies shows as a "[deleted]" placeholder.
         */
        get: operations["getPlansByIdComments"];
        put?: never;
        /**
         * Comment, or reply to a comment
         * @description A reply below depth 3 is refused (422 `E_COMMENT_TOO_DEEP`). The plan's owner (plan.commented) and the parent's author (comment.replied) are notified.
         */
        post: operations["postPlansByIdComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete your comment (admins: any comment) */
        delete: operations["deleteCommentsById"];
        options?: never;
        head?: never;
        /**
         * Edit your comment
         * @description Only the text changes: `parentId` is refused (422 on that field), a reply stays under the comment it answers.
         */
        patch: operations["patchCommentsById"];
        trace?: never;
    };
    "/api/v1/plans/{id}/custom-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Community task suggestions, best score first, then oldest */
        get: operations["getPlansByIdCustomTasks"];
        put?: never;
        /**
         * Suggest a task for one of the plan's days
         * @description `day` within the plan's duration (422). The plan's owner is notified.
         */
        post: operations["postPlansByIdCustomTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-tasks/{id}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Vote on a suggestion (+1 or -1)
         * @description One vote per user: voting again replaces your vote and moves the score by the difference.
         */
        post: operations["postCustomTasksByIdVote"];
        /** Remove your vote (idempotent) */
        delete: operations["deleteCustomTasksByIdVote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's live room: how many are there now */
        get: operations["getPlansByIdPresence"];
        put?: never;
        /**
         * Join the plan's live room, or send a heartbeat
         * @description Whoever may open the plan joins; send it again every `heartbeatSeconds`: a member without a heartbeat for `ttlSeconds` leaves the room. Subscribing your stream to `channel` also ties your presence to it: when that subscription or the stream ends, you leave. Each arrival and departure is pushed as `count` on `channel` and `joined` / `left` on `visitorsChannel`.
         */
        post: operations["postPlansByIdPresence"];
        /** Leave the plan's live room (idempotent) */
        delete: operations["deletePlansByIdPresence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/presence/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is in the live room of your plan, latest heartbeat first
         * @description For the owner and admins (403 for others). Members the owner may not see named (private profiles, members who blocked them) are counted in the room but not listed.
         */
        get: operations["getPlansByIdPresenceMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Follow a member (idempotent)
         * @description Following twice counts once. Yourself: 422 `E_SELF_FOLLOW`. Admins and pending brands: 403. Unknown, blocked or inactive accounts, admins and private profiles answer 404 (except to the member themself and admins). The member is notified (`user.followed`).
         */
        post: operations["postUsersByIdFollow"];
        /** Unfollow a member (idempotent) */
        delete: operations["deleteUsersByIdFollow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/follow-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether you follow a member and they follow you
         * @description Unknown, blocked or inactive accounts, admins and private profiles answer 404 (except to the member themself and admins).
         */
        get: operations["getUsersByIdFollowStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's followers, most recent first
         * @description Only the members you may see named: public profiles, `followers` profiles you follow, yourself (admins: every visible member). 403 when the member hides their connections (`showFollowers: false`) or shows their profile to followers only and you are not one. Unknown, blocked or inactive accounts, admins and private profiles answer 404 (except to the member themself and admins).
         */
        get: operations["getUsersByIdFollowers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/following": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom a member follows, most recent first
         * @description Same privacy rules as the followers list.
         */
        get: operations["getUsersByIdFollowing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/follow-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom to follow next
         * @description Friends of friends, creators of listed plans in the categories of plans you liked, and the most followed members; never yourself, someone you follow, blocked accounts, admins or anyone you may not see named (`private` profiles, `followers` profiles). Ranked by score = 3 × mutualFollows + 2 × min(plansInYourCategories, 5) + log2(1 + followersCount), then followers, then id.
         */
        get: operations["getMeFollowSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block a member (idempotent)
         * @description From then on the member cannot follow you, see your profile or plans (404), comment on your plans, reply to your comments or message you (409 `E_COUNTERPART_UNAVAILABLE`), and you leave their lists, search results and feeds. Follows between you two end, both directions. They are never told. Yourself: 422 `E_SELF_BLOCK`. Admins can neither block nor be blocked (403 / 404); unknown, blocked or inactive accounts answer 404.
         */
        post: operations["postUsersByIdBlock"];
        /**
         * Unblock a member (idempotent)
         * @description They can reach you again; the follows the block ended stay ended.
         */
        delete: operations["deleteUsersByIdBlock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The members you blocked, most recent first
         * @description Private to you.
         */
        get: operations["getMeBlocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's public profile with stats
         * @description Stats count listed plans only. `profileVisibility: followers` answers 403 to non-followers; `showStats: false` gives `stats: null` and `showEmail: false` `email: null` (both always shown to the member and admins). Unknown, blocked or inactive accounts, admins and private profiles answer 404 (except to the member themself and admins). Stats are cached up to 30 minutes (dropped when follows change); `meta.computedAt` says when.
         */
        get: operations["getUsersByIdProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your own detailed stats
         * @description Totals over all your plans (unlisted and hidden included) and a page of per-plan figures, newest first; `meta` paginates the plans.
         */
        get: operations["getMeStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find members by name
         * @description Part of the full name, case-insensitive; most followed first. Only members you may see named: public profiles, `followers` profiles you follow, yourself (admins: every visible member); blocked and inactive accounts and admins never appear.
         */
        get: operations["getUsersSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members ranked by their community score
         * @description score = likes received × 3 + downloads × 2 + followers × 5 + plans × 10, over listed plans and visible followers; zero scores, blocked accounts and profiles that are not public (`followers`, `private`) are left out. Cached up to 15 minutes (`meta.computedAt`), dropped by the writes it shows; a member blocked or hidden since drops out at once.
         */
        get: operations["getLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search listed plans
         * @description Full text over title, description and tags (PostgreSQL text search; SQLite: substring). Sorts: relevance (default with `q`), newest (default without), rating (average, unrated last), popular (likes, then downloads). Cached up to 5 minutes (`meta.computedAt`); plans unlisted or hidden since never show.
         */
        get: operations["getPlansSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/trending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trending plans
         * @description Listed plans by trending score, recomputed by `node ace community:trending` (every 15 minutes): score = Σ weight × 0.5^(age_hours / 24) over the last 7 days of likes (1), comments (2), ratings (2) and downloads (3). Plans without recent engagement are left out. Cached up to 15 minutes (`meta.computedAt`).
         */
        get: operations["getPlansTrending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plan categories with their number of listed plans
         * @description Largest first, at most 500. Cached up to 5 minutes (`meta.computedAt`).
         */
        get: operations["getCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plans recommended for you
         * @description Listed plans of people you follow, in the categories of plans you liked, and the most engaged ones; never your own or ones you liked. Ranked by score = 3 × [owner followed] + 2 × [category liked] + log2(1 + likes + downloads), then newest. 403 `E_FEATURE_DISABLED` when ENABLE_RECOMMENDATIONS=false.
         */
        get: operations["getMeRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your feed: what the people you follow did
         * @description Newest first; pass `meta.nextCursor` as `before` for the next page (null on the last). Pages are cached 5 minutes and dropped by any write they show (`meta.computedAt`). Activities of blocked actors, on plans that are not listed (unlisted, hidden, blocked owner), about blocked users or on hidden comments and suggestions never appear; nor do activities of or about a member you may not see named (`followers` profiles you do not follow, `private` profiles; the global, trending and discovery feeds, shared by everyone, show public profiles only).
         */
        get: operations["getFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Drop your cached feed pages and get the first fresh page of your feed
         * @description Drops your cached personal and discovery pages (every cursor), then answers the first page of `GET /api/v1/feed`, read now (`meta.computedAt`). The shared global and trending feeds stay cached. Activities of blocked actors, on plans that are not listed (unlisted, hidden, blocked owner), about blocked users or on hidden comments and suggestions never appear; nor do activities of or about a member you may not see named (`followers` profiles you do not follow, `private` profiles; the global, trending and discovery feeds, shared by everyone, show public profiles only).
         */
        post: operations["postFeedRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/global": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything happening in the community
         * @description Newest first; pass `meta.nextCursor` as `before` for the next page (null on the last). Pages are cached 5 minutes and dropped by any write they show (`meta.computedAt`). Activities of blocked actors, on plans that are not listed (unlisted, hidden, blocked owner), about blocked users or on hidden comments and suggestions never appear; nor do activities of or about a member you may not see named (`followers` profiles you do not follow, `private` profiles; the global, trending and discovery feeds, shared by everyone, show public profiles only).
         */
        get: operations["getFeedGlobal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/trending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activity on trending plans
         * @description On the 50 plans with the highest trending score. Newest first; pass `meta.nextCursor` as `before` for the next page (null on the last). Pages are cached 5 minutes and dropped by any write they show (`meta.computedAt`). Activities of blocked actors, on plans that are not listed (unlisted, hidden, blocked owner), about blocked users or on hidden comments and suggestions never appear; nor do activities of or about a member you may not see named (`followers` profiles you do not follow, `private` profiles; the global, trending and discovery feeds, shared by everyone, show public profiles only).
         */
        get: operations["getFeedTrending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/discovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Discovery: activity from people you don't follow
         * @description On plans in your categories (of plans you created, liked or downloaded; all categories when none), by people you neither are nor follow. Newest first; pass `meta.nextCursor` as `before` for the next page (null on the last). Pages are cached 5 minutes and dropped by any write they show (`meta.computedAt`). Activities of blocked actors, on plans that are not listed (unlisted, hidden, blocked owner), about blocked users or on hidden comments and suggestions never appear; nor do activities of or about a member you may not see named (`followers` profiles you do not follow, `private` profiles; the global, trending and discovery feeds, shared by everyone, show public profiles only).
         */
        get: operations["getFeedDiscovery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every product category, parents before children */
        get: operations["getProductCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-categories/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree, nested */
        get: operations["getProductCategoriesTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One product category with its ancestors, children and listable product counts
         * @description Counts include descendants. Shoppers see listable products only: active, not hidden by moderation, sold by the platform or by an approved, unblocked brand.
         */
        get: operations["getProductCategoriesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search and filter products
         * @description Shoppers see listable products only: active, not hidden by moderation, sold by the platform or by an approved, unblocked brand. Cached 30 minutes per query.
         */
        get: operations["getProducts"];
        put?: never;
        /**
         * Create a product (approved brands and admins)
         * @description A brand’s product is its own (`brandId`); an admin’s is the platform’s (no brand).
         */
        post: operations["postProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/featured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Featured products, best sellers first
         * @description Shoppers see listable products only: active, not hidden by moderation, sold by the platform or by an approved, unblocked brand. Cached 30 minutes.
         */
        get: operations["getProductsFeatured"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One product
         * @description Shoppers see listable products only: active, not hidden by moderation, sold by the platform or by an approved, unblocked brand. Others answer 404. Cached 1 hour.
         */
        get: operations["getProductsById"];
        put?: never;
        post?: never;
        /**
         * Delete a product (its brand or admins)
         * @description Sales keep their line snapshots; cart lines of it go.
         */
        delete: operations["deleteProductsById"];
        options?: never;
        head?: never;
        /** Change a product (its brand or admins) */
        patch: operations["patchProductsById"];
        trace?: never;
    };
    "/api/v1/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your cart, oldest line first
         * @description Shoppers only (other roles 403). Lines of products no longer sold are left out.
         */
        get: operations["getCart"];
        put?: never;
        post?: never;
        /** Empty your cart */
        delete: operations["deleteCart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cart/total": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your cart’s totals, with tax, computed on the server
         * @description Cached 2 minutes per shopper and dropped by every change to the cart or its products.
         */
        get: operations["getCartTotal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cart/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a product to your cart
         * @description Adds to the line's quantity (201 for a new line, else 200); answers the whole cart. 409 `E_INSUFFICIENT_STOCK` beyond stock, `E_CURRENCY_MISMATCH` for a product in another currency than the cart's.
         */
        post: operations["postCartItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cart/items/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a line from your cart */
        delete: operations["deleteCartItemsByProductId"];
        options?: never;
        head?: never;
        /** Set the quantity of a line of your cart */
        patch: operations["patchCartItemsByProductId"];
        trace?: never;
    };
    "/api/v1/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your delivery addresses, the default first */
        get: operations["getAddresses"];
        put?: never;
        /**
         * Add a delivery address
         * @description Your first address becomes the default; `isDefault: true` makes a later one the default.
         */
        post: operations["postAddresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your addresses */
        get: operations["getAddressesById"];
        put?: never;
        post?: never;
        /**
         * Delete one of your addresses
         * @description Deleting the default makes your oldest remaining address the default.
         */
        delete: operations["deleteAddressesById"];
        options?: never;
        head?: never;
        /**
         * Change one of your addresses
         * @description `isDefault` is refused (422 on that field): make an address the default with `POST /addresses/{id}/default`.
         */
        patch: operations["patchAddressesById"];
        trace?: never;
    };
    "/api/v1/addresses/{id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an address your default */
        post: operations["postAddressesByIdDefault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy your cart
         * @description One transaction: takes the stock (never below zero: a lost race for the last units is 409 `E_OUT_OF_STOCK` and nothing is written), writes the sale with price and address snapshots and the next invoice number, empties the cart; the HTML invoice is e-mailed through the queue. 409 `E_CART_EMPTY` for an empty cart, `E_PRODUCT_UNAVAILABLE` when it holds only products no longer sold (withdrawn, or of a blocked brand). Send an `Idempotency-Key` header (1–200 visible ASCII characters) to retry safely: a retry with the same key and body answers the first response again with header `Idempotent-Replayed: true` and `meta.replayed: true`, creating nothing; the same key with another body is 422 `E_IDEMPOTENCY_MISMATCH`. A failed checkout does not use up its key; a key is remembered for 7 days.
         */
        post: operations["postCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your purchases, newest first */
        get: operations["getSales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your purchases */
        get: operations["getSalesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales/{id}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice of one of your purchases */
        get: operations["getSalesByIdInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/product-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a product category */
        post: operations["postAdminProductCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/product-categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an empty product category
         * @description 409 `E_CATEGORY_HAS_CHILDREN` or `E_CATEGORY_HAS_PRODUCTS` while it has either.
         */
        delete: operations["deleteAdminProductCategoriesById"];
        options?: never;
        head?: never;
        /**
         * Rename, re-slug or move a product category
         * @description Moving a category moves its subtree; moving it under itself or a descendant is 422.
         */
        patch: operations["patchAdminProductCategoriesById"];
        trace?: never;
    };
    "/api/v1/admin/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every sale, newest first
         * @description Cached 10 minutes; every checkout drops it.
         */
        get: operations["getAdminSales"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sales/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue by day, category and product; top products
         * @description Over UTC days [from, to] (default: the last 30 days; at most 731). Cached 10 minutes; every checkout drops it.
         */
        get: operations["getAdminSalesAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/sales/{id}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice of any sale */
        get: operations["getAdminSalesByIdInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gifting/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your swipe sessions, newest first */
        get: operations["getGiftingSessions"];
        put?: never;
        /** Start a swipe session (shoppers) */
        post: operations["postGiftingSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gifting/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your swipe sessions */
        get: operations["getGiftingSessionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gifting/sessions/{id}/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The next products to swipe
         * @description Listable products within the budget not swiped in this session yet. Products whose tags match more of the recipient’s interests and of the tags liked so far come first; then exploration by popularity (sales), then by id.
         */
        get: operations["getGiftingSessionsByIdNext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gifting/sessions/{id}/swipes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Like, dislike or super-like a product
         * @description One swipe per product and session: swiping the product again replaces the action (200 instead of 201).
         */
        post: operations["postGiftingSessionsByIdSwipes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gifting/sessions/{id}/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preference analytics of the session
         * @description Liked categories with counts, the price band (min / median / max) of liked products, liked and disliked tags with counts.
         */
        get: operations["getGiftingSessionsByIdPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gifting/sessions/{id}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The session’s current gift list, best first
         * @description Products no longer listable are left out. 403 `E_FEATURE_DISABLED` when ENABLE_RECOMMENDATIONS is off.
         */
        get: operations["getGiftingSessionsByIdRecommendations"];
        put?: never;
        /**
         * Generate the gift list from the session’s swipes
         * @description Replaces the session’s list. 409 `E_NO_SWIPES` before the first swipe; 403 `E_FEATURE_DISABLED` when ENABLE_RECOMMENDATIONS is off. Ranked by `score = 3·categoryAffinity + 2·tagAffinity + 1.5·priceFit + 1·popularity + feedback`. Swipe weights: like +1, superlike +2, dislike −1. `categoryAffinity` ∈ [−1, 1]: each swipe adds its weight to every category on its product’s path (the category and its ancestors); a product gets the mean of those sums over its own path, divided by the total absolute swipe weight. `tagAffinity` ∈ [−1, 1]: the same over tags (each recipient interest counts as one like of that tag), mean over the product’s tags. `priceFit` ∈ [0, 1] = max(0, 1 − |price − M| / M), M the median price of liked products (superlikes twice), else the middle of the budget. `popularity` ∈ [0, 1] = ln(1 + sales) / ln(1 + highest sales among candidates). `feedback` = Σ over your interactions on earlier recommendations (purchased +3, saved +1.5, clicked +0.5) × similarity, where similarity is 1 for the same product, else 0.5·[same category] + 0.5·Jaccard(tags). Candidates: listable products within the budget (the 5,000 most sold), minus those disliked in the session; ties go to the lower product id.
         */
        post: operations["postGiftingSessionsByIdRecommendations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gifting/recommendations/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that you clicked, saved or purchased a recommended product
         * @description Once per product and type (a repeat answers 200 with the first record). Interactions raise the score of that product and of similar ones in later lists (purchased +3, saved +1.5, clicked +0.5, times similarity). 403 `E_FEATURE_DISABLED` when ENABLE_RECOMMENDATIONS is off (before the body is validated).
         */
        post: operations["postGiftingRecommendationsByIdInteractions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gifting/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your recommendations across all swipe sessions, newest list first
         * @description The current list of every session (then by rank), each with your interactions; products no longer listable are left out. Shoppers only (other roles 403); 403 `E_FEATURE_DISABLED` when ENABLE_RECOMMENDATIONS is off.
         */
        get: operations["getGiftingRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gifting/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your swipe analytics across all sessions
         * @description Swipe counts, like rate, liked categories, tags and brands and the price band of liked products, over every session you swiped in. Shoppers only (other roles 403).
         */
        get: operations["getGiftingAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/newsletter/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe an address to the newsletter (double opt-in)
         * @description Always 202, whatever the address’s state. A new or unsubscribed address gets an e-mail with a signed confirmation link (valid 48 h) and a signed unsubscribe link; a pending address gets it again at most every 5 minutes; a confirmed one nothing.
         */
        post: operations["postNewsletterSubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/newsletter/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Confirm a subscription (the signed link of the confirmation e-mail)
         * @description 403 `E_INVALID_SIGNATURE` when the link was altered or expired; 409 `E_LINK_SUPERSEDED` when the address unsubscribed or subscribed again since. Following it twice is harmless.
         */
        get: operations["getNewsletterConfirm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/newsletter/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unsubscribe (the signed link in every newsletter e-mail)
         * @description 403 `E_INVALID_SIGNATURE` when the link was altered. Idempotent.
         */
        get: operations["getNewsletterUnsubscribe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/newsletter/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Newsletter subscribers, newest first */
        get: operations["getAdminNewsletterSubscribers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/newsletter/subscribers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export subscribers as CSV (text/csv)
         * @description Columns: id, email, status, created_at, confirmed_at, unsubscribed_at; oldest first.
         */
        get: operations["getAdminNewsletterSubscribersExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/gifting/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Swipe analytics of every shopper over a period
         * @description The figures of `GET /api/v1/gifting/analytics` over every swipe made in [from, to] (UTC days; default the last 30 days, at most 366), with the number of shoppers. Cached 120 s per period like the dashboard charts (`meta.computedAt`).
         */
        get: operations["getAdminGiftingAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your reports and their outcome, newest first */
        get: operations["getReports"];
        put?: never;
        /**
         * Report content or a user
         * @description One open report per reporter and target (409 `E_ALREADY_REPORTED`); not your own content (422). Unknown content, an admin account, a message of someone else's conversation or a private campaign you are not part of is a 404. Threshold rules are checked after filing.
         */
        post: operations["postReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The review queue, highest priority first
         * @description Open and claimed reports unless `status` says otherwise.
         */
        get: operations["getAdminModerationReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report */
        get: operations["getAdminModerationReportsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/reports/{id}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report with its reporter, the reported content, the other reports on it and its history */
        get: operations["getAdminModerationReportsByIdContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/reports/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a report for review
         * @description One reviewer at a time: a report another admin holds is a 409 `E_REPORT_UNAVAILABLE` until their claim expires (15 minutes).
         */
        post: operations["postAdminModerationReportsByIdClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/reports/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a report with an action
         * @description hide: hide the content (for a user: block the account); warn: record a warning to the owner; block: block the owner; none: uphold only. Closes every open report on the same content and raises their reporters' credibility. 409 when closed, claimed by another admin or stale. warn and block need an author: for content without one (a platform product) they answer 422 on `action` and the report stays open.
         */
        post: operations["postAdminModerationReportsByIdResolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/reports/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a report
         * @description Restores nothing (use restore for that) and closes only this report; lowers the reporter's credibility.
         */
        post: operations["postAdminModerationReportsByIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/reports/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve or dismiss many reports
         * @description Each report is decided at its current version; those that cannot be are listed in `skipped`. `action` defaults to hide.
         */
        post: operations["postAdminModerationReportsBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/content/{type}/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring hidden content (or a blocked account) back
         * @description `type` is one of plan, comment, custom_task, campaign, message, product, user. 409 `E_NOT_HIDDEN` when it is not hidden.
         */
        post: operations["postAdminModerationContentByTypeByIdRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open reports by type and reason, actions taken, median time to resolution */
        get: operations["getAdminModerationStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Auto-moderation rules */
        get: operations["getAdminModerationRules"];
        put?: never;
        /**
         * Create an auto-moderation rule
         * @description keyword and regex rules check new and edited content; threshold rules fire on N open reports within T minutes. A match applies the action and queues an automatic report.
         */
        post: operations["postAdminModerationRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a rule */
        delete: operations["deleteAdminModerationRulesById"];
        options?: never;
        head?: never;
        /**
         * Change, disable or enable a rule
         * @description A rule's `kind` does not change (422 on that field): create a new rule of the other kind.
         */
        patch: operations["patchAdminModerationRulesById"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, most recently updated first */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of your notifications are unread
         * @description Cached up to 5 minutes and dropped whenever one of your notifications changes; `meta.computedAt` says when it was counted.
         */
        get: operations["getNotificationsUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["postNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one notification read (idempotent)
         * @description Another user's notification answers 404.
         */
        post: operations["postNotificationsByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one notification
         * @description Another user's notification answers 404.
         */
        delete: operations["deleteNotificationsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record views and interactions
         * @description One event, or `{ events: [...] }` with up to 50. The whole request is checked before anything is stored: a subject that does not exist or that the caller cannot see is 404 (the error names the event); events on the caller’s own plan, profile, campaign or product are ignored (`ignored`). Rate limited per account (`ANALYTICS_RATE_LIMIT` requests a minute). A brand pending approval gets 403.
         */
        post: operations["postAnalyticsTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plan’s figures per UTC day (owner and admins)
         * @description Views, shares, starts and completed tasks come from the roll-up (`meta.aggregatedAt`); likes, downloads, ratings and comments by others are live. `totals.uniqueViewers` counts distinct viewers over the whole range. The range defaults to the last 30 days and covers at most 366. Another member gets 403 on a plan they may open, 404 otherwise.
         */
        get: operations["getPlansByIdAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your engagement over the last 7 or 30 days
         * @description What your plans received (views, distinct viewers, likes, downloads, ratings, comments by others), new followers, and your own actions. A brand pending approval gets 403.
         */
        get: operations["getMeEngagement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/analytics/behaviour": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members’ behaviour: active members, sign-up funnel, retention cohorts, most-used features
         * @description A **member** is a live (not deleted) account that is not an admin. A member is **active** on a UTC day when they tracked an event (`POST /analytics/track`) or did something that writes a feed activity (created, liked, rated or downloaded a plan, commented, followed, proposed a custom task) that day; signing up or logging in alone is not activity. `active`: per day of the period, DAU (active that day), WAU (in the 7 days ending that day) and MAU (in the 30 days ending that day); `current` is the last day. `funnel`: members who signed up in the period, per `bucket` (default week) and in total, who created a skill plan, and of those who also liked a plan, by the end of the period. `retention`: members who signed up in the period by ISO week (Monday) of sign-up; for each week since (0 = the sign-up week) up to the week of `to`, how many were active in it. `features`: the top `limit` features used in the period (events and activities, uses then members), grouped as: `plan.view` → `plan_browsing`, `plan.share` → `plan_sharing`, `plan.start` → `plan_progress`, `plan.task_complete` → `plan_progress`, `profile.view` → `profiles`, `campaign.view` → `campaigns`, `product.view` → `shop`, `search` → `search`, `plan.created` → `plan_creation`, `plan.liked` → `likes`, `plan.rated` → `ratings`, `plan.downloaded` → `downloads`, `comment.created` → `comments`, `user.followed` → `follows`, `custom_task.created` → `custom_tasks`. The period defaults to the last 30 days and covers at most 366. Cached 120 s per period and bucket like the dashboard charts; `meta.computedAt` says when the figures were computed and every hit answers the same.
         */
        get: operations["getAdminAnalyticsBehaviour"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for an export of all your data
         * @description Returns the task id (follow it at `/me/exports/{taskId}`) and the export id; the download link is e-mailed when the file is ready. At most 3 requests an hour per account.
         */
        post: operations["postMeExports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/exports/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * State of one of your exports
         * @description Another member’s task id answers 404.
         */
        get: operations["getMeExportsByTaskId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/exports/{exportId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an export (the e-mailed link)
         * @description Needs the link’s `signature` (and `expires`) query parameters untouched and unexpired (else 403 `E_INVALID_SIGNATURE`), and its owner logged in: another member, even with a valid link, gets 404.
         */
        get: operations["getMeExportsByExportIdDownload"];
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
        Error: {
            errors: {
                /** @example E_VALIDATION_ERROR */
                code: string;
                message: string;
                /** @description The request field at fault (validation errors) */
                field?: string;
            }[];
        };
        PageMeta: {
            page: number;
            perPage: number;
            total: number;
            lastPage: number;
        };
        DependencyHealth: {
            /** @enum {string} */
            name: "database" | "redis";
            /** @enum {string} */
            status: "up";
            latencyMs: number;
            details: Record<string, never>;
        };
        Readiness: {
            ready: boolean;
            /** @description The process received SIGTERM (then 503 `E_SHUTTING_DOWN`) */
            stopping: boolean;
            checks: {
                database: {
                    /** @enum {string} */
                    status: "up" | "down";
                    latencyMs: number | null;
                };
                redis: {
                    /**
                     * @description `memory`: development process on its in-memory stores
                     * @enum {string}
                     */
                    status: "up" | "down" | "memory";
                    latencyMs: number | null;
                };
                queues: {
                    /** @enum {string} */
                    status: "ok" | "backlog" | "unknown";
                    waiting: number;
                    active: number;
                    failed: number;
                    /** Format: date-time */
                    oldestWaitingAt: string | null;
                    /** @description Jobs recorded but not relayed to their queue yet (Redis was down) */
                    outboxPending: number;
                    /** Format: date-time */
                    outboxOldestAt: string | null;
                };
                scheduler: {
                    /** @enum {string} */
                    status: "ok" | "missing";
                    /** Format: date-time */
                    lastSeenAt: string | null;
                };
            };
        };
        User: {
            id: number;
            /** Format: email */
            email: string;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "sponsor" | "influencer" | "shopper";
            /**
             * @description Brands stay `pending` until an admin approves them
             * @enum {string}
             */
            status: "active" | "pending" | "rejected";
            rejectionReason: string | null;
            emailVerified: boolean;
            blocked: boolean;
            blockReason: string | null;
            flagged: boolean;
            flagReason: string | null;
            /** @description The account was deleted by its owner; what is kept is anonymised */
            deleted: boolean;
            privacy: components["schemas"]["PrivacySettings"];
            sponsorProfile: components["schemas"]["SponsorProfile"] | null;
            influencerProfile: components["schemas"]["InfluencerProfile"] | null;
            /** Format: date-time */
            createdAt: string;
        };
        SponsorProfile: {
            companyName: string;
            industry: string | null;
            budget: number;
            /** Format: uri */
            website: string | null;
        };
        InfluencerProfile: {
            niche: string | null;
            platforms: string[];
            reach: number;
            bio: string | null;
        };
        PrivacySettings: {
            /** @enum {string} */
            profileVisibility: "public" | "followers" | "private";
            showEmail: boolean;
            showStats: boolean;
            showFollowers: boolean;
            emailDigest: boolean;
            /** @description Creators: the Monday e-mail with last week's figures on their plans (default true) */
            weeklySummary: boolean;
        };
        TokenPair: {
            /** @enum {string} */
            tokenType: "Bearer";
            /**
             * @description Send as `Authorization: Bearer <token>`
             * @example mq_at_…
             */
            accessToken: string;
            /** Format: date-time */
            accessTokenExpiresAt: string;
            /**
             * @description Single use: exchange at /api/v1/auth/refresh
             * @example mq_rt_…
             */
            refreshToken: string;
            /** Format: date-time */
            refreshTokenExpiresAt: string;
        };
        Session: {
            user: components["schemas"]["User"];
            tokens: components["schemas"]["TokenPair"];
        };
        Influencer: {
            id: number;
            fullName: string;
            /**
             * Format: email
             * @description null unless the influencer shows it
             */
            email: string | null;
            niche: string | null;
            platforms: string[];
            /** @description null when the influencer hides stats */
            reach: number | null;
            bio: string | null;
        };
        AuditLog: {
            id: number;
            actorId: number | null;
            /** @example user.block */
            action: string;
            targetType: string;
            targetId: string;
            details: Record<string, never>;
            ip: string | null;
            requestId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        MemberActivity: {
            content: {
                plans: number;
                comments: number;
                customTasks: number;
                campaigns: number;
                products: number;
                messages: number;
                /** @description Of all the above, how many moderation hides */
                hidden: number;
            };
            /** @description Ad requests as the brand or the influencer */
            adRequests: number;
            /** @description Sales (checkouts) as a shopper */
            purchases: number;
            followers: number;
            /** @description Reporter credibility: up when their reports are upheld, down when dismissed */
            credibility: number;
            reportsFiled: {
                total: number;
                upheld: number;
                dismissed: number;
            };
            reportsAbout: {
                /** @description Open or claimed */
                open: number;
                resolved: number;
                dismissed: number;
            };
            warnings: number;
            lastAdminAction: {
                /** @example user.flag */
                action: string;
                /** Format: date-time */
                createdAt: string;
            } | null;
        };
        BatchRun: {
            id: number;
            task: string;
            /**
             * @description schedule: the scheduler (for the due time `scheduledFor`); admin: POST /batch/{name}/run; cli: the ace command run by hand
             * @enum {string}
             */
            trigger: "schedule" | "admin" | "cli";
            /**
             * Format: date-time
             * @description The due time a scheduled run is for (null for admin and cli runs)
             */
            scheduledFor: string | null;
            /** @enum {string} */
            status: "running" | "completed" | "failed" | "skipped";
            taskId: string | null;
            result: Record<string, never> | null;
            error: string | null;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            durationMs: number | null;
        };
        BatchTask: {
            /** @description Batch task name, e.g. `cleanup` */
            name: string;
            /** @description The ace command cron runs */
            command: string;
            /** @example *\/30 * * * * */
            cron: string;
            description: string;
            paused: boolean;
            /** Format: date-time */
            nextRunAt: string | null;
            /**
             * Format: date-time
             * @description The latest due time at or before now
             */
            lastDueAt: string | null;
            /** @description Not paused, and its latest due time passed over 2 minutes ago with no run started since (no scheduler running, or runs stuck) */
            overdue: boolean;
            lastRun: components["schemas"]["BatchRun"] | null;
        };
        AdminHealth: {
            /** @description As `GET /health/ready` (this route answers 200 either way) */
            ready: boolean;
            checks: {
                database: {
                    /** @enum {string} */
                    status: "up" | "down";
                    latencyMs: number | null;
                    error?: string;
                };
                redis: {
                    /**
                     * @description `memory`: a development process on its in-memory stores (never `up` then)
                     * @enum {string}
                     */
                    status: "up" | "down" | "memory";
                    latencyMs: number | null;
                    error?: string;
                };
                queues: {
                    /** @enum {string} */
                    status: "ok" | "backlog" | "unknown";
                    waiting: number;
                    active: number;
                    failed: number;
                    /** Format: date-time */
                    oldestWaitingAt: string | null;
                    outboxPending: number;
                    /** Format: date-time */
                    outboxOldestAt: string | null;
                };
                scheduler: {
                    /** @enum {string} */
                    status: "ok" | "missing";
                    /** Format: date-time */
                    lastSeenAt: string | null;
                };
            };
            batch: {
                scheduler: components["schemas"]["SchedulerSighting"];
                /** @description How many tasks are overdue */
                overdue: number;
                tasks: {
                    name: string;
                    paused: boolean;
                    overdue: boolean;
                    /** Format: date-time */
                    lastDueAt: string | null;
                    lastRun: {
                        /** @enum {string} */
                        status: "running" | "completed" | "failed" | "skipped";
                        /** Format: date-time */
                        startedAt: string;
                        durationMs: number | null;
                    } | null;
                }[];
            };
            feed: {
                cache: {
                    /**
                     * @description Where this process keeps shared cache entries (memory: Redis absent at boot)
                     * @enum {string}
                     */
                    store: "redis" | "memory";
                    /** @enum {string} */
                    redis: "up" | "down" | "memory";
                    ttl: string;
                    /** @description Cached feed pages (null without Redis) */
                    keys: number | null;
                    hits: number;
                    misses: number;
                    hitRatio: number | null;
                };
                fanOut: {
                    /**
                     * @description A member's new activity drops their followers' cached pages in the writing request
                     * @enum {string}
                     */
                    mode: "on-write";
                    /** @description Fan-outs waiting to run: always 0 while the fan-out runs on write */
                    backlog: number;
                };
            };
            moderation: {
                /** @description Reports not handled yet (open + claimed) */
                queueSize: number;
                open: number;
                claimed: number;
                /**
                 * Format: date-time
                 * @description The oldest report nobody claimed
                 */
                oldestOpenAt: string | null;
                oldestOpenAgeSeconds: number | null;
            };
            /** @description Per queue; empty while the queues do not answer (Redis down) */
            queues: {
                name: string;
                waiting: number;
                active: number;
                failed: number;
                /** Format: date-time */
                oldestWaitingAt: string | null;
                oldestWaitingAgeSeconds: number | null;
            }[];
        };
        SchedulerSighting: {
            /**
             * Format: date-time
             * @description When a scheduler (cron line `schedule:run`, `schedule:work`, in-process) last ticked
             */
            lastSeenAt: string | null;
            /** @description A scheduler ticked in the last 3 minutes */
            seenLately: boolean;
        };
        DashboardStats: {
            users: {
                total: number;
                byRole: {
                    admin: number;
                    sponsor: number;
                    influencer: number;
                    shopper: number;
                } & {
                    [key: string]: number;
                };
                byStatus: {
                    active: number;
                    pending: number;
                    rejected: number;
                    blocked: number;
                    flagged: number;
                } & {
                    [key: string]: number;
                };
                /** @description Deleted accounts (anonymised; not in total, byRole or byStatus) */
                deleted: number;
            };
            /** @description Sponsors awaiting approval (not blocked) */
            pendingSponsors: number;
            campaigns: {
                total: number;
                byStatus: {
                    draft: number;
                    active: number;
                    paused: number;
                    completed: number;
                } & {
                    [key: string]: number;
                };
            };
            adRequests: {
                total: number;
                byStatus: {
                    pending: number;
                    negotiating: number;
                    accepted: number;
                    rejected: number;
                    completed: number;
                    withdrawn: number;
                } & {
                    [key: string]: number;
                };
            };
            skillPlans: {
                total: number;
            };
            reports: {
                /** @description Open or claimed moderation reports */
                open: number;
            };
            sales: {
                count: number;
                /** @description Integer minor units */
                revenue: number;
                /** @example USD */
                currency: string;
            };
        };
        UserGrowthPoint: {
            /**
             * Format: date
             * @description First day of the bucket: the day, the Monday of its ISO week, or the first of its month (UTC)
             */
            bucket: string;
            /** @description Accounts created in the bucket */
            count: number;
            /** @description Accounts created up to the end of the bucket */
            cumulative: number;
        };
        CampaignActivityPoint: {
            /**
             * Format: date
             * @description First day of the bucket: the day, the Monday of its ISO week, or the first of its month (UTC)
             */
            bucket: string;
            /** @description Campaigns created */
            campaigns: number;
            /** @description Ad requests created */
            adRequests: number;
            /** @description Ad requests accepted (now accepted or completed), by the day they were answered */
            accepted: number;
        };
        SalesPoint: {
            /**
             * Format: date
             * @description First day of the bucket: the day, the Monday of its ISO week, or the first of its month (UTC)
             */
            bucket: string;
            count: number;
            /** @description Integer minor units */
            revenue: number;
        };
        CacheStats: {
            /** @enum {string} */
            scope: "cluster" | "process";
            families: {
                [key: string]: {
                    /**
                     * @description How long an entry stays fresh (config/cache.ts), e.g. `60s`, `30m`
                     * @example 60s
                     */
                    ttl: string;
                    hits: number;
                    misses: number;
                    hitRatio: number | null;
                    keys: number | null;
                };
            };
            totals: {
                hits: number;
                misses: number;
                hitRatio: number | null;
                keys: number | null;
            };
        };
        RealtimeEvent: {
            /** @example users/42 */
            channel: string;
            payload: {
                /** @example test */
                event: string;
                /** @description Event-specific JSON */
                data: unknown;
                /** Format: date-time */
                sentAt: string;
            };
        };
        MarketplaceParty: {
            id: number;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "sponsor" | "influencer" | "shopper";
            /** @description Brands */
            companyName: string | null;
            /** @description Influencers */
            niche: string | null;
        };
        Campaign: {
            id: number;
            name: string;
            description: string;
            niche: string;
            goals: string[];
            /** @description Integer minor units */
            budget: number;
            /** @example USD */
            currency: string;
            /**
             * Format: date
             * @example 2030-03-01
             */
            startDate: string;
            /**
             * Format: date
             * @example 2030-03-01
             */
            endDate: string;
            /** @enum {string} */
            visibility: "public" | "private";
            /** @enum {string} */
            status: "draft" | "active" | "paused" | "completed";
            /** @description Flagged by an admin: hidden from browsing */
            flagged: boolean;
            sponsor: components["schemas"]["MarketplaceParty"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AdRequest: {
            id: number;
            campaign: {
                id: number;
                name: string;
                currency: string;
                /** @enum {string} */
                status: "draft" | "active" | "paused" | "completed";
            };
            sponsor: components["schemas"]["MarketplaceParty"];
            influencer: components["schemas"]["MarketplaceParty"];
            /**
             * @description An invitation by the brand or an application by the influencer
             * @enum {string}
             */
            initiatedBy: "sponsor" | "influencer";
            requirements: string;
            deliverables: string;
            /** @description The amount on the table (the last offer), integer minor units */
            paymentAmount: number;
            /** @description Set on accept: the last offer */
            agreedAmount: number | null;
            /**
             * @description pending → negotiating → accepted | rejected | withdrawn; accepted → completed
             * @enum {string}
             */
            status: "pending" | "negotiating" | "accepted" | "rejected" | "completed" | "withdrawn";
            /** @description Who made the last offer: the other party answers it */
            lastOfferBy: number | null;
            rejectionReason: string | null;
            /** Format: date-time */
            respondedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        NegotiationOffer: {
            id: number;
            authorId: number;
            /** @enum {string} */
            kind: "initial" | "counter" | "edit" | "accept" | "reject" | "withdraw";
            /** @description Integer minor units: the amount on the table after this step */
            amount: number;
            message: string | null;
            /** @description On an `edit`: the terms the brand changed, with their new values */
            changes: {
                requirements?: string;
                deliverables?: string;
                paymentAmount?: number;
            } | null;
            /** Format: date-time */
            createdAt: string;
        };
        Conversation: {
            id: number;
            sponsor: components["schemas"]["MarketplaceParty"];
            influencer: components["schemas"]["MarketplaceParty"];
            /** @description Messages from the other party you have not read */
            unread: number;
            /** Format: date-time */
            lastMessageAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        Message: {
            id: number;
            conversationId: number;
            senderId: number;
            adRequestId: number | null;
            body: string;
            read: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        Task: {
            /**
             * @description `<queue>:<job id>`, as returned when the work was queued
             * @example mail:6b82dc4c-2119-4a4f-b0ae-195e9d521cd7
             */
            id: string;
            /** @enum {string} */
            queue: "default" | "mail";
            /** @example send_mail */
            name: string;
            /**
             * @description `delayed`: waiting for its next attempt after a failure
             * @enum {string}
             */
            state: "active" | "waiting" | "delayed" | "failed" | "completed";
            progress: number;
            /** @description What the job returned (JSON), once completed; otherwise null */
            result: unknown;
            /** @description Why the last attempt failed */
            error: string | null;
            /** @description Attempts started so far */
            attempts: number;
            maxAttempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
        };
        PlanAuthor: {
            id: number;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "sponsor" | "influencer" | "shopper";
        };
        SkillPlan: {
            id: number;
            title: string;
            description: string;
            category: string;
            /** @enum {string} */
            difficulty: "beginner" | "intermediate" | "advanced";
            durationDays: number;
            tags: string[];
            /** @enum {string} */
            visibility: "public" | "unlisted";
            /** @description Hidden by moderation: only its owner and admins see it */
            hidden: boolean;
            owner: components["schemas"]["PlanAuthor"];
            likesCount: number;
            /** @description Distinct users (the owner not counted) */
            downloadsCount: number;
            /** @description Comments not deleted */
            commentsCount: number;
            ratingsCount: number;
            /** @description ratings sum / ratings count, 2 decimals; null without ratings */
            averageRating: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            likedByMe?: boolean;
            myRating?: number | null;
            downloadedByMe?: boolean;
        };
        SkillPlanDetail: {
            id: number;
            title: string;
            description: string;
            category: string;
            /** @enum {string} */
            difficulty: "beginner" | "intermediate" | "advanced";
            durationDays: number;
            tags: string[];
            /** @enum {string} */
            visibility: "public" | "unlisted";
            /** @description Hidden by moderation: only its owner and admins see it */
            hidden: boolean;
            owner: components["schemas"]["PlanAuthor"];
            likesCount: number;
            /** @description Distinct users (the owner not counted) */
            downloadsCount: number;
            /** @description Comments not deleted */
            commentsCount: number;
            ratingsCount: number;
            /** @description ratings sum / ratings count, 2 decimals; null without ratings */
            averageRating: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            likedByMe: boolean;
            myRating: number | null;
            downloadedByMe: boolean;
            tasks: {
                id: number;
                day: number;
                position: number;
                title: string;
                description: string | null;
            }[];
        };
        PlanComment: {
            id: number;
            planId: number;
            parentId: number | null;
            depth: number;
            /** @description "[deleted]" for a placeholder */
            body: string;
            /** @description A placeholder for a comment that is gone but has visible replies */
            deleted: boolean;
            author: components["schemas"]["PlanAuthor"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string | null;
            /** @description Oldest first */
            replies: components["schemas"]["PlanComment"][];
        };
        PlanRoom: {
            planId: number;
            /** @description Members in the room now */
            count: number;
            /**
             * @description Subscribe your stream to it for `count` events `{ planId, count }`
             * @example plan-rooms/12
             */
            channel: string;
            /**
             * @description Owner and admins only (null for others): `joined` and `left` events `{ planId, member: PlanAuthor | null, count }`
             * @example plan-visitors/12
             */
            visitorsChannel: string | null;
            /** @description A member stays this long after their last heartbeat (PLAN_ROOM_TTL) */
            ttlSeconds: number;
            /** @description Send a heartbeat this often */
            heartbeatSeconds: number;
        };
        RoomMember: {
            id: number;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "sponsor" | "influencer" | "shopper";
            /** Format: date-time */
            lastSeenAt: string;
        };
        CustomTask: {
            id: number;
            planId: number;
            day: number;
            title: string;
            description: string | null;
            /** @description Sum of the votes (+1 / -1) */
            score: number;
            /**
             * @description Your vote
             * @enum {integer|null}
             */
            myVote: 1 | -1 | null;
            author: components["schemas"]["PlanAuthor"];
            /** Format: date-time */
            createdAt: string;
        };
        Member: {
            id: number;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "sponsor" | "influencer" | "shopper";
            /**
             * Format: date-time
             * @description In followers / following lists
             */
            followedAt?: string;
            /** @description In search results */
            followersCount?: number;
        };
        FollowStatus: {
            userId: number;
            /** @description You follow them */
            following: boolean;
            /** @description They follow you */
            followedBy: boolean;
            mutual: boolean;
            followersCount: number;
            followingCount: number;
        };
        FollowSuggestion: {
            user: {
                id: number;
                fullName: string;
                /** @enum {string} */
                role: "admin" | "sponsor" | "influencer" | "shopper";
            };
            /** @description 3 × mutualFollows + 2 × min(plansInYourCategories, 5) + log2(1 + followersCount) */
            score: number;
            reasons: ("followed_by_people_you_follow" | "creates_in_your_categories" | "popular")[];
            /** @description People you follow who follow them */
            mutualFollows: number;
            /** @description Their listed plans in categories of plans you liked */
            plansInYourCategories: number;
            followersCount: number;
        };
        ProfileStats: {
            /** @description Listed plans */
            plans: number;
            likesReceived: number;
            downloads: number;
            followers: number;
            following: number;
        };
        Profile: {
            id: number;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "sponsor" | "influencer" | "shopper";
            /** @description Null unless the member shows it (always for the member and admins) */
            email: string | null;
            /** Format: date-time */
            joinedAt: string;
            /** @enum {string} */
            profileVisibility: "public" | "followers" | "private";
            stats: components["schemas"]["ProfileStats"] | null;
            /** @description You follow them */
            following: boolean;
            /** @description They follow you */
            followedBy: boolean;
        };
        OwnStats: {
            totals: {
                plans: {
                    total: number;
                    listed: number;
                    unlisted: number;
                    hidden: number;
                };
                likesReceived: number;
                downloads: number;
                comments: number;
                ratings: {
                    count: number;
                    average: number | null;
                };
                followers: number;
                following: number;
            };
            plans: {
                id: number;
                title: string;
                category: string;
                /** @enum {string} */
                visibility: "public" | "unlisted";
                hidden: boolean;
                likes: number;
                downloads: number;
                comments: number;
                ratingsCount: number;
                averageRating: number | null;
                trendingScore: number;
                /** Format: date-time */
                createdAt: string;
            }[];
        };
        BlockedMember: {
            id: number;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "sponsor" | "influencer" | "shopper";
            /** Format: date-time */
            blockedAt: string;
        };
        LeaderboardEntry: {
            rank: number;
            user: {
                id: number;
                fullName: string;
                /** @enum {string} */
                role: "admin" | "sponsor" | "influencer" | "shopper";
            };
            /** @description likesReceived × 3 + downloads × 2 + followers × 5 + plans × 10 */
            score: number;
            likesReceived: number;
            downloads: number;
            followers: number;
            plans: number;
        };
        PlanCategory: {
            name: string;
            /** @description Listed plans in it */
            plans: number;
        };
        PlanRecommendation: {
            plan: components["schemas"]["SkillPlan"];
            /** @description 3 × [owner followed] + 2 × [category liked] + log2(1 + likes + downloads) */
            score: number;
            reasons: ("from_people_you_follow" | "in_categories_you_like" | "popular")[];
        };
        Activity: {
            id: number;
            /** @enum {string} */
            verb: "plan.created" | "plan.liked" | "plan.rated" | "plan.downloaded" | "comment.created" | "user.followed" | "custom_task.created";
            actor: {
                id: number;
                fullName: string;
                /** @enum {string} */
                role: "admin" | "sponsor" | "influencer" | "shopper";
            };
            subject: {
                /** @enum {string} */
                type: "plan" | "comment" | "user" | "custom_task";
                id: number;
            };
            plan: {
                id: number;
                title: string;
                category: string;
            } | null;
            /** @description Verb-specific details (e.g. `score` of a rating) */
            data: Record<string, never>;
            /** Format: date-time */
            createdAt: string;
        };
        ProductCategory: {
            id: number;
            parentId: number | null;
            name: string;
            slug: string;
            /**
             * @description Ids of the ancestors and the category itself
             * @example /1/4/9/
             */
            path: string;
            /** @description Order among siblings */
            position: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Listable products in the category and its descendants (with `counts=true`) */
            productCount?: number;
        };
        ProductCategoryDetail: {
            id: number;
            parentId: number | null;
            name: string;
            slug: string;
            /**
             * @description Ids of the ancestors and the category itself
             * @example /1/4/9/
             */
            path: string;
            /** @description Order among siblings */
            position: number;
            /** @description Listable products in the category and its descendants */
            productCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description From the root down to the parent */
            ancestors: {
                id: number;
                parentId: number | null;
                name: string;
                slug: string;
                /**
                 * @description Ids of the ancestors and the category itself
                 * @example /1/4/9/
                 */
                path: string;
                /** @description Order among siblings */
                position: number;
            }[];
            /** @description Direct children, by position then name */
            children: {
                id: number;
                parentId: number | null;
                name: string;
                slug: string;
                /**
                 * @description Ids of the ancestors and the category itself
                 * @example /1/4/9/
                 */
                path: string;
                /** @description Order among siblings */
                position: number;
                /** @description Listable products in the child and its descendants */
                productCount: number;
            }[];
        };
        ProductCategoryNode: {
            id: number;
            parentId: number | null;
            name: string;
            slug: string;
            /**
             * @description Ids of the ancestors and the category itself
             * @example /1/4/9/
             */
            path: string;
            /** @description Order among siblings */
            position: number;
            children: components["schemas"]["ProductCategoryNode"][];
            /** @description Listable products in the category and its descendants (with `counts=true`) */
            productCount?: number;
        };
        Product: {
            id: number;
            name: string;
            description: string;
            /** @description Integer minor units (cents) */
            price: number;
            currency: string;
            images: string[];
            tags: string[];
            category: {
                id: number;
                name: string;
                slug: string;
            } | null;
            /** @description The selling brand; null for platform products (created by admins) */
            brandId: number | null;
            stock: number;
            inStock: boolean;
            featured: boolean;
            active: boolean;
            salesCount: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CartLine: {
            productId: number;
            quantity: number;
            /** @description Current price */
            unitPrice: number;
            /** @description Integer minor units (cents) */
            lineTotal: number;
            product: components["schemas"]["Product"];
            /** Format: date-time */
            addedAt: string;
        };
        CartTotal: {
            /** @description Null for an empty cart */
            currency: string | null;
            itemCount: number;
            /** @description Integer minor units (cents) */
            subtotal: number;
            taxRateBp: number;
            /** @description Integer minor units (cents) */
            tax: number;
            /** @description Integer minor units (cents) */
            total: number;
        };
        Address: {
            id: number;
            recipient: string;
            line1: string;
            city: string;
            postalCode: string;
            /** @description ISO 3166-1 alpha-2; upper-cased */
            country: string;
            line2: string | null;
            phone: string | null;
            /** @description Exactly one address of a shopper is the default */
            isDefault: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Sale: {
            id: number;
            userId: number | null;
            /**
             * @description Sequential per calendar year (UTC), without gaps
             * @example INV-2026-000042
             */
            invoiceNumber: string;
            /** @enum {string} */
            status: "paid";
            currency: string;
            /** @description Integer minor units (cents) */
            subtotal: number;
            /** @description Tax rate in basis points (2000 = 20 %) */
            taxRateBp: number;
            /** @description Integer minor units (cents) */
            tax: number;
            /** @description Subtotal plus tax */
            total: number;
            itemCount: number;
            /** @description Name and unit price as they were at checkout */
            items: {
                /** @description Null once the product was deleted */
                productId: number | null;
                name: string;
                /** @description Integer minor units (cents) */
                unitPrice: number;
                quantity: number;
                /** @description Integer minor units (cents) */
                lineTotal: number;
            }[];
            address: {
                recipient: string;
                line1: string;
                city: string;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2; upper-cased */
                country: string;
                line2: string | null;
                phone: string | null;
            };
            /** Format: date-time */
            createdAt: string;
        };
        Invoice: {
            saleId: number;
            number: string;
            /** Format: date-time */
            issuedAt: string;
            currency: string;
            /** @description Integer minor units (cents) */
            subtotal: number;
            /** @description Tax rate in basis points (2000 = 20 %) */
            taxRateBp: number;
            /** @description Integer minor units (cents) */
            tax: number;
            /** @description Subtotal plus tax */
            total: number;
            /** @description Name and unit price as they were at checkout */
            lines: {
                /** @description Null once the product was deleted */
                productId: number | null;
                name: string;
                /** @description Integer minor units (cents) */
                unitPrice: number;
                quantity: number;
                /** @description Integer minor units (cents) */
                lineTotal: number;
            }[];
            address: {
                recipient: string;
                line1: string;
                city: string;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2; upper-cased */
                country: string;
                line2: string | null;
                phone: string | null;
            };
            /** @description The HTML invoice, as e-mailed to the buyer */
            html: string;
        };
        SalesAnalytics: {
            totals: {
                count: number;
                /** @description Integer minor units (cents) */
                revenue: number;
            };
            /** @description Every UTC day of the range, zeros included */
            byDay: {
                /** Format: date */
                day: string;
                count: number;
                /** @description Sale totals, tax included */
                revenue: number;
            }[];
            byCategory: {
                categoryId: number | null;
                name: string | null;
                /** @description Line totals before tax */
                revenue: number;
                units: number;
            }[];
            /** @description At most 100, by revenue */
            byProduct: {
                productId: number | null;
                name: string;
                /** @description Line totals before tax */
                revenue: number;
                units: number;
            }[];
            /** @description By units sold */
            topProducts: {
                productId: number | null;
                name: string;
                /** @description Integer minor units (cents) */
                revenue: number;
                units: number;
            }[];
        };
        GiftProduct: {
            id: number;
            name: string;
            description: string;
            /** @description Integer minor units (cents) */
            price: number;
            currency: string;
            images: string[];
            tags: string[];
            category: {
                id: number;
                name: string;
                slug: string;
            } | null;
            /** @description The selling brand; null for platform products (created by admins) */
            brandId: number | null;
        };
        SwipeSession: {
            id: number;
            recipient: {
                ageMin: number | null;
                ageMax: number | null;
                interests: string[];
                /** @description Integer minor units */
                budgetMin: number | null;
                /** @description Integer minor units */
                budgetMax: number | null;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SwipeCard: {
            id: number;
            name: string;
            description: string;
            /** @description Integer minor units (cents) */
            price: number;
            currency: string;
            images: string[];
            tags: string[];
            category: {
                id: number;
                name: string;
                slug: string;
            } | null;
            /** @description The selling brand; null for platform products (created by admins) */
            brandId: number | null;
            /** @description Recipient interests and liked tags the product carries */
            matchedTags: string[];
        };
        Swipe: {
            id: number;
            sessionId: number;
            productId: number;
            /** @enum {string} */
            action: "like" | "dislike" | "superlike";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        GiftPreferences: {
            sessionId: number;
            swipes: {
                total: number;
                likes: number;
                superlikes: number;
                dislikes: number;
            };
            /** @description Categories of liked products, most liked first */
            categories: {
                id: number;
                name: string;
                /** @example /1/4/ */
                path: string;
                /** @description Likes and super-likes */
                liked: number;
                superliked: number;
                disliked: number;
            }[];
            priceBand: {
                min: number;
                median: number;
                max: number;
            } | null;
            tags: {
                liked: {
                    tag: string;
                    count: number;
                }[];
                disliked: {
                    tag: string;
                    count: number;
                }[];
            };
        };
        GiftRecommendation: {
            id: number;
            sessionId: number;
            rank: number;
            score: number;
            breakdown: {
                categoryAffinity: number;
                tagAffinity: number;
                priceFit: number;
                popularity: number;
                feedback: number;
            };
            product: components["schemas"]["GiftProduct"];
            /** Format: date-time */
            createdAt: string;
            /** @description In the list across sessions only: what you did with it, oldest first */
            interactions?: components["schemas"]["RecommendationInteraction"][];
        };
        SwipeAnalytics: {
            /** @description Swipe sessions (for a period: those with a swipe in it) */
            sessions: number;
            swipes: {
                total: number;
                likes: number;
                superlikes: number;
                dislikes: number;
            };
            /** @description (likes + super-likes) / swipes, 3 decimals; null before the first swipe */
            likeRate: number | null;
            /** @description Categories of liked products, most liked first */
            categories: {
                id: number;
                name: string;
                path: string;
                /** @description Likes and super-likes */
                liked: number;
                superliked: number;
                disliked: number;
            }[];
            tags: {
                liked: {
                    tag: string;
                    count: number;
                }[];
                disliked: {
                    tag: string;
                    count: number;
                }[];
            };
            /** @description Brands of liked products, most liked first (platform products have no brand) */
            brands: {
                id: number;
                name: string;
                /** @description Likes and super-likes */
                liked: number;
                disliked: number;
            }[];
            priceBand: {
                min: number;
                median: number;
                max: number;
            } | null;
            /** @description Admin analytics only: shoppers who swiped in the period */
            shoppers?: number;
        };
        RecommendationInteraction: {
            id: number;
            /** @description Null once the list it came from was regenerated */
            recommendationId: number | null;
            productId: number;
            /** @enum {string} */
            type: "clicked" | "saved" | "purchased";
            /** Format: date-time */
            createdAt: string;
        };
        NewsletterSubscriber: {
            id: number;
            /** Format: email */
            email: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "unsubscribed";
            /** Format: date-time */
            confirmationSentAt: string | null;
            /** Format: date-time */
            confirmedAt: string | null;
            /** Format: date-time */
            unsubscribedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        NewsletterSubscription: {
            /** Format: email */
            email: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "unsubscribed";
        };
        Report: {
            id: number;
            /** @enum {string} */
            targetType: "plan" | "comment" | "custom_task" | "campaign" | "message" | "product" | "user";
            targetId: number;
            /** @enum {string} */
            reason: "spam" | "abuse" | "inappropriate" | "fraud" | "other";
            details: string | null;
            /** @enum {string} */
            status: "open" | "claimed" | "resolved" | "dismissed";
            /**
             * @description What the resolution did
             * @enum {string|null}
             */
            action: "hide" | "warn" | "block" | "none" | null;
            resolutionNote: string | null;
            /** @description Queue score: reason weight, distinct reporters, reporter credibility and reach of the content */
            priority: number;
            /** @description Filed by an auto-moderation rule (no reporter) */
            automatic: boolean;
            reporterId: number | null;
            targetOwnerId: number | null;
            claimedBy: number | null;
            /** Format: date-time */
            claimExpiresAt: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** @description Moves on every claim and decision (optimistic concurrency) */
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        ModerationRule: {
            id: number;
            name: string;
            /** @enum {string} */
            kind: "keyword" | "regex" | "threshold";
            keywords: string[];
            pattern: string | null;
            targetTypes: ("plan" | "comment" | "custom_task" | "campaign" | "message" | "product" | "user")[];
            thresholdCount: number | null;
            thresholdMinutes: number | null;
            /** @enum {string} */
            action: "flag" | "hide" | "block";
            enabled: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        ModerationStats: {
            open: {
                total: number;
                /** @description Open and claimed reports per target type */
                byType: {
                    [key: string]: number;
                };
                /** @description Open and claimed reports per reason */
                byReason: {
                    [key: string]: number;
                };
            };
            /** @description Resolved reports per action (hide, warn, block, none), and `dismissed` */
            actions: {
                [key: string]: number;
            };
            /** @description From filing to resolution or dismissal; null before the first decision */
            medianResolutionMinutes: number | null;
        };
        ReportContext: {
            report: components["schemas"]["Report"];
            /** @description null for a report filed by an auto-moderation rule */
            reporter: {
                id: number;
                email: string;
                fullName: string;
                credibility: number;
            } | null;
            target: {
                /** @enum {string} */
                type: "plan" | "comment" | "custom_task" | "campaign" | "message" | "product" | "user";
                id: number;
                /** @description false once the content was deleted */
                exists: boolean;
                ownerId: number | null;
                owner: {
                    id: number;
                    email: string;
                    fullName: string;
                } | null;
                /** @description The start of the reported content (title, body or name) */
                excerpt: string | null;
                /** @description Hidden by moderation (for a user: blocked) */
                hidden: boolean;
            };
            /** @description Every report on the same content, this one included, oldest first */
            reportsOnTarget: {
                id: number;
                /** @enum {string} */
                reason: "spam" | "abuse" | "inappropriate" | "fraud" | "other";
                /** @enum {string} */
                status: "open" | "claimed" | "resolved" | "dismissed";
                /** Format: date-time */
                createdAt: string;
            }[];
            /** @description Audit entries on this report (claims) and on its content (decisions, restores), oldest first */
            history: components["schemas"]["AuditLog"][];
        };
        BulkModerationResult: {
            done: number[];
            /** @description Reports left alone: unknown, already closed, or claimed by another admin */
            skipped: {
                id: number;
                /** @example E_REPORT_UNAVAILABLE */
                code: string;
                message: string;
            }[];
        };
        Notification: {
            id: number;
            /** @enum {string} */
            type: "ad_request.received" | "ad_request.countered" | "ad_request.updated" | "ad_request.withdrawn" | "ad_request.accepted" | "ad_request.rejected" | "ad_request.completed" | "message.received" | "plan.liked" | "plan.commented" | "comment.replied" | "plan.rated" | "user.followed" | "plan.download_milestone" | "plan.custom_task";
            /** @example 12 people liked your plan "Thirty days of sketching" */
            title: string;
            body: string | null;
            /** @description Distinct actors (or events, for messages) grouped in it */
            count: number;
            /** @description What the title is about (planId, planTitle, conversationId, …) and `actorName`, the latest actor */
            data: Record<string, never>;
            read: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the group last grew
             */
            updatedAt: string;
        };
        Behaviour: {
            active: {
                current: components["schemas"]["ActiveMembers"];
                /** @description One entry per UTC day of the period, zeros included */
                series: components["schemas"]["ActiveMembers"][];
            };
            funnel: {
                /** @enum {string} */
                bucket: "day" | "week" | "month";
                /** @description One entry per bucket of the period (first day of the bucket), zeros included */
                cohorts: {
                    /**
                     * Format: date
                     * @description UTC day, YYYY-MM-DD
                     */
                    cohort: string;
                    signedUp: number;
                    /** @description Of them, those who created a skill plan by the end of the period */
                    firstPlan: number;
                    /** @description Of those, the ones who also liked a plan by the end of the period */
                    firstLike: number;
                    /** @description Percent of `signedUp`, 1 decimal; null when there are none */
                    planRate: number | null;
                    /** @description Percent of `firstPlan`, 1 decimal; null when there are none */
                    likeRate: number | null;
                    /** @description Percent of `signedUp`, 1 decimal; null when there are none */
                    overallRate: number | null;
                }[];
                total: {
                    signedUp: number;
                    /** @description Of them, those who created a skill plan by the end of the period */
                    firstPlan: number;
                    /** @description Of those, the ones who also liked a plan by the end of the period */
                    firstLike: number;
                    /** @description Percent of `signedUp`, 1 decimal; null when there are none */
                    planRate: number | null;
                    /** @description Percent of `firstPlan`, 1 decimal; null when there are none */
                    likeRate: number | null;
                    /** @description Percent of `signedUp`, 1 decimal; null when there are none */
                    overallRate: number | null;
                };
            };
            retention: {
                /**
                 * Format: date
                 * @description Monday of the sign-up week (UTC)
                 */
                cohort: string;
                size: number;
                weeks: {
                    /** @description Weeks since the sign-up week */
                    week: number;
                    active: number;
                    /** @description Percent of the cohort, 1 decimal; null when there are none */
                    percent: number | null;
                }[];
            }[];
            features: {
                /** @enum {string} */
                feature: "plan_browsing" | "plan_sharing" | "plan_progress" | "profiles" | "campaigns" | "shop" | "search" | "plan_creation" | "likes" | "ratings" | "downloads" | "comments" | "follows" | "custom_tasks";
                /** @description Events and activities of the feature */
                uses: number;
                /** @description Distinct members who used it */
                members: number;
            }[];
        };
        ActiveMembers: {
            /**
             * Format: date
             * @description UTC day, YYYY-MM-DD
             */
            day: string;
            dau: number;
            wau: number;
            mau: number;
        };
        PlanAnalytics: {
            planId: number;
            totals: {
                views: number;
                uniqueViewers: number;
                shares: number;
                starts: number;
                tasksCompleted: number;
                likes: number;
                downloads: number;
                ratings: number;
                comments: number;
                averageRating: number | null;
            };
            /** @description One entry per UTC day of the range, zeros included */
            series: {
                /**
                 * Format: date
                 * @description UTC day, YYYY-MM-DD
                 */
                day: string;
                views: number;
                uniqueViewers: number;
                shares: number;
                starts: number;
                tasksCompleted: number;
                likes: number;
                downloads: number;
                ratings: number;
                comments: number;
            }[];
        };
        Engagement: {
            /** @enum {integer} */
            windowDays: 7 | 30;
            received: {
                planViews: number;
                uniqueViewers: number;
                likes: number;
                downloads: number;
                ratings: number;
                comments: number;
                newFollowers: number;
            };
            /** @description Likes, downloads, ratings, comments and follows the member made */
            actions: number;
            rates: {
                /** @description Per plan view, 4 decimals; null without views */
                engagement: number | null;
                /** @description Per plan view, 4 decimals; null without views */
                likes: number | null;
                /** @description Per plan view, 4 decimals; null without views */
                downloads: number | null;
            };
        };
    };
    responses: {
        /** @description Malformed body: not well-formed JSON, or nested deeper than 20 levels */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not authenticated: no valid access token (missing, expired, revoked), or wrong credentials */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not allowed: role, account state (pending, blocked) or a disabled feature */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource (an id outside 1 … 2147483647 matches no route) */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Conflicts with the current state (already exists, already done, or an equal request won a race) */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Body over the route's byte cap (16 KB on auth and newsletter routes, else BODY_LIMIT) or holding more than 10000 values */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Compressed request bodies are not accepted */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request failed validation; each error names its `field` */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit reached; the message and `Retry-After` say how many seconds to wait */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A dependency (database, Redis) is down */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            status: "ok";
                            uptimeSeconds: number;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            status: "ok";
                            uptimeSeconds: number;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Readiness"];
                        meta: Record<string, never>;
                    };
                };
            };
            422: components["responses"]["ValidationError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealthDb: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DependencyHealth"];
                        meta: Record<string, never>;
                    };
                };
            };
            422: components["responses"]["ValidationError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealthRedis: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DependencyHealth"];
                        meta: Record<string, never>;
                    };
                };
            };
            422: components["responses"]["ValidationError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFeatures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            registration: boolean;
                            recommendations: boolean;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getDocsReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getDocsAssetsSwaggerUiCss: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getDocsAssetsSwaggerUiBundleJs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getDocsAssetsApiConsoleJs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getDocsOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    postAuthSignup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Trimmed and lower-cased
                     */
                    email: string;
                    /** @description Not one of the ~49,000 most common passwords, at least 4 different characters, and not containing the e-mail address (422 saying which) */
                    password: string;
                    fullName: string;
                    /** @enum {string} */
                    role: "sponsor" | "influencer" | "shopper";
                    sponsorProfile?: {
                        companyName: string;
                        industry?: string;
                        budget?: number;
                        /** Format: uri */
                        website?: string;
                    };
                    influencerProfile?: {
                        niche?: string;
                        platforms?: string[];
                        reach?: number;
                        bio?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Session"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Trimmed and lower-cased
                     */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Session"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refreshToken: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TokenPair"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postAuthPasswordForgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description Trimmed and lower-cased
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description The e-mail is recorded and queued for sending, not sent yet
                             * @constant
                             */
                            queued: true;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    /** @description Not one of the ~49,000 most common passwords, at least 4 different characters, and not containing the e-mail address (422 saying which) */
                    password: string;
                };
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    postAuthVerifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    refreshToken?: string;
                };
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    patchAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Refused: The e-mail address of an account cannot be changed */
                    readonly email?: unknown;
                    /** @description Refused: Change your password with PUT /api/v1/auth/password */
                    readonly password?: unknown;
                    /** @description Refused: The role of an account cannot be changed */
                    readonly role?: unknown;
                    fullName?: string;
                    sponsorProfile?: {
                        companyName?: string;
                        industry?: string;
                        budget?: number;
                        /** Format: uri */
                        website?: string;
                    };
                    influencerProfile?: {
                        niche?: string;
                        platforms?: string[];
                        reach?: number;
                        bio?: string;
                    };
                    privacy?: {
                        /** @enum {string} */
                        profileVisibility?: "public" | "followers" | "private";
                        showEmail?: boolean;
                        showStats?: boolean;
                        showFollowers?: boolean;
                        emailDigest?: boolean;
                        /** @description Creators: the Monday e-mail with last week's figures on their plans (default true) */
                        weeklySummary?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    putAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    /** @description Not one of the ~49,000 most common passwords, at least 4 different characters, and not containing the e-mail address (422 saying which) */
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAuthVerifyEmailResend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description The e-mail is recorded and queued for sending, not sent yet
                             * @constant
                             */
                            queued: true;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getInfluencers: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description Part of the name */
                q?: string;
                niche?: string;
                platform?: string;
                minReach?: number;
                sort?: "reach" | "-reach" | "name" | "newest";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Influencer"][];
                        meta: {
                            page: number;
                            perPage: number;
                            total: number;
                            lastPage: number;
                            /**
                             * Format: date-time
                             * @description When this page was computed; a cached page keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminUsers: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                role?: "admin" | "sponsor" | "influencer" | "shopper";
                status?: "active" | "pending" | "rejected";
                blocked?: boolean;
                flagged?: boolean;
                /** @description true lists only deleted (anonymised) accounts; by default they are left out */
                deleted?: boolean;
                /** @description Part of the e-mail or name */
                q?: string;
                sort?: "newest" | "oldest" | "email" | "name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminUsersPendingSponsors: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminUsersByIdActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MemberActivity"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminUsersByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Recorded in the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminUsersByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Recorded in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminUsersByIdBlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Recorded in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminUsersByIdUnblock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Recorded in the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminUsersByIdFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Recorded in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminUsersByIdUnflag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Recorded in the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminAuditLogs: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                action?: string;
                actorId?: number;
                targetType?: string;
                targetId?: string;
                /** @description Only entries at or after this instant (ISO 8601) */
                since?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditLog"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminDashboardStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DashboardStats"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminDashboardChartsUserGrowth: {
        parameters: {
            query?: {
                /** @description First day (UTC), default: 29 days before `to` */
                from?: unknown;
                /** @description Last day (UTC), on or after `from`, at most 731 days after it; default: today */
                to?: unknown;
                bucket?: "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["UserGrowthPoint"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminDashboardChartsCampaignDistribution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            byNiche: {
                                niche: string;
                                count: number;
                            }[];
                            byStatus: {
                                /** @enum {string} */
                                status: "draft" | "active" | "paused" | "completed";
                                count: number;
                            }[];
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminDashboardChartsAdRequestStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @enum {string} */
                            status: "pending" | "negotiating" | "accepted" | "rejected" | "completed" | "withdrawn";
                            count: number;
                        }[];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminDashboardChartsCampaignActivity: {
        parameters: {
            query?: {
                /** @description First day (UTC), default: 29 days before `to` */
                from?: unknown;
                /** @description Last day (UTC), on or after `from`, at most 731 days after it; default: today */
                to?: unknown;
                bucket?: "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CampaignActivityPoint"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminDashboardChartsSales: {
        parameters: {
            query?: {
                /** @description First day (UTC), default: 29 days before `to` */
                from?: unknown;
                /** @description Last day (UTC), on or after `from`, at most 731 days after it; default: today */
                to?: unknown;
                bucket?: "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SalesPoint"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminSeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    profile: "demo" | "small" | "large" | "xlarge";
                    /** @default false */
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description `<queue>:<job id>`, as returned when the work was queued
                             * @example mail:6b82dc4c-2119-4a4f-b0ae-195e9d521cd7
                             */
                            taskId: string;
                            /**
                             * @description Recorded for a worker; follow the task for its progress and result
                             * @enum {string}
                             */
                            status: "queued";
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdminHealth"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["BatchTask"][];
                        meta: {
                            scheduler: components["schemas"]["SchedulerSighting"];
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminBatchRuns: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description Batch task name, e.g. `cleanup` */
                task?: string;
                status?: "running" | "completed" | "failed" | "skipped";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["BatchRun"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminBatchByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["BatchTask"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminBatchByNameRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description `<queue>:<job id>`, as returned when the work was queued
                             * @example mail:6b82dc4c-2119-4a4f-b0ae-195e9d521cd7
                             */
                            taskId: string;
                            /**
                             * @description Recorded for a worker; follow the task for its progress and result
                             * @enum {string}
                             */
                            status: "queued";
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminBatchByNamePause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["BatchTask"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminBatchByNameResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["BatchTask"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminCacheStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CacheStats"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminCacheHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            l1: string;
                            l2: {
                                /** @enum {string} */
                                status: "up" | "down";
                                latencyMs?: number;
                                error?: string;
                            };
                            scope: string;
                            hitRatio: number | null;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminCacheWarm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    only?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            warmed: string[];
                            failed: Record<string, never>;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminCacheClear: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            cleared: string | string[];
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminCacheInvalidateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            userId: number;
                            tags: string[];
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    get__transmitEvents: {
        parameters: {
            query: {
                uid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
        };
    };
    post__transmitSubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Chosen by the client for its stream, e.g. `crypto.randomUUID()`
                     */
                    uid: string;
                    /**
                     * @description `users/{id}` (that account only, admins included), `plan-rooms/{planId}` (who may open the plan: `count` events) and `plan-visitors/{planId}` (its owner and admins: `joined` / `left`) of a live plan room, or `tasks/{taskId}` (admins): event `progress` with `{ taskId, state, progress }` when the task starts, reports progress, completes or fails
                     * @example users/42
                     */
                    channel: string;
                };
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    post__transmitUnsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description Chosen by the client for its stream, e.g. `crypto.randomUUID()`
                     */
                    uid: string;
                    /**
                     * @description `users/{id}` (that account only, admins included), `plan-rooms/{planId}` (who may open the plan: `count` events) and `plan-visitors/{planId}` (its owner and admins: `joined` / `left`) of a live plan room, or `tasks/{taskId}` (admins): event `progress` with `{ taskId, state, progress }` when the task starts, reports progress, completes or fails
                     * @example users/42
                     */
                    channel: string;
                };
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminTestBroadcast: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: number;
                    message: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @example users/42 */
                            channel: string;
                            /** @enum {string} */
                            event: "test";
                            /** Format: date-time */
                            sentAt: string;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getCampaigns: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description Full text over name and description (all words, stemmed) */
                q?: string;
                niche?: string;
                minBudget?: number;
                maxBudget?: number;
                /** @description Runs on this day */
                activeOn?: unknown;
                /** @description Starts on or after this day */
                startsAfter?: unknown;
                /** @description Ends on or before this day */
                endsBefore?: unknown;
                sort?: "newest" | "budget" | "-budget" | "startDate" | "endDate";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description: string;
                    /** @description Lower-cased */
                    niche: string;
                    goals?: string[];
                    /** @description Integer minor units (cents) */
                    budget: number;
                    /** @default USD */
                    currency?: string;
                    /**
                     * Format: date
                     * @example 2030-03-01
                     */
                    startDate: unknown;
                    /**
                     * Format: date
                     * @description On or after `startDate`
                     * @example 2030-03-01
                     */
                    endDate: unknown;
                    /**
                     * @description Private campaigns are seen only by their brand and invited influencers
                     * @default public
                     * @enum {string}
                     */
                    visibility?: "public" | "private";
                    /**
                     * @default draft
                     * @enum {string}
                     */
                    status?: "draft" | "active";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getCampaignsMine: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                status?: "draft" | "active" | "paused" | "completed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postCampaignExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description `<queue>:<job id>`, as returned when the work was queued
                             * @example mail:6b82dc4c-2119-4a4f-b0ae-195e9d521cd7
                             */
                            taskId: string;
                            /**
                             * @description Recorded for a worker; follow the task for its progress and result
                             * @enum {string}
                             */
                            status: "queued";
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getCampaignExportsByTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getCampaignExportsByTaskIdDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
        };
    };
    getCampaignsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteCampaignsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    patchCampaignsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /** @description Lower-cased */
                    niche?: string;
                    goals?: string[];
                    /** @description Integer minor units (cents) */
                    budget?: number;
                    /** @example EUR */
                    currency?: string;
                    /**
                     * Format: date
                     * @example 2030-03-01
                     */
                    startDate?: unknown;
                    /**
                     * Format: date
                     * @description On or after `startDate`
                     * @example 2030-03-01
                     */
                    endDate?: unknown;
                    /** @enum {string} */
                    visibility?: "public" | "private";
                    /** @enum {string} */
                    status?: "draft" | "active" | "paused" | "completed";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postCampaignsByIdAdRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Required for brands */
                    influencerId?: number;
                    requirements: string;
                    deliverables: string;
                    /** @description Integer minor units (cents) */
                    paymentAmount: number;
                    message?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdRequest"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdRequests: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                status?: "pending" | "negotiating" | "accepted" | "rejected" | "completed" | "withdrawn";
                campaignId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdRequest"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdRequestsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdRequest"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    patchAdRequestsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    requirements?: string;
                    deliverables?: string;
                    /** @description Integer minor units (cents) */
                    paymentAmount?: number;
                    message?: string;
                    /** @description Refused: The influencer of an ad request does not change: withdraw it and invite another */
                    readonly influencerId?: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdRequest"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdRequestsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdRequest"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdRequestsByIdOffers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NegotiationOffer"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdRequestsByIdOffers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Integer minor units (cents) */
                    amount: number;
                    message?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdRequest"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdRequestsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdRequest"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdRequestsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdRequest"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdRequestsByIdComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdRequest"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getConversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conversation"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postConversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    participantId: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conversation"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getConversationsByIdMessages: {
        parameters: {
            query?: {
                /** @description A message id: only older messages */
                before?: number;
                limit?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Message"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postConversationsByIdMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @description An ad request between the two of you */
                    adRequestId?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Message"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postConversationsByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            marked: number;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminCampaigns: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                status?: "draft" | "active" | "paused" | "completed";
                visibility?: "public" | "private";
                flagged?: boolean;
                sponsorId?: number;
                /** @description Part of the name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminCampaignsByIdFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Recorded in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminCampaignsByIdUnflag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Recorded in the audit log */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Campaign"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminAdRequests: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                status?: "pending" | "negotiating" | "accepted" | "rejected" | "completed" | "withdrawn";
                campaignId?: number;
                sponsorId?: number;
                influencerId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdRequest"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminTasks: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                state?: "active" | "waiting" | "delayed" | "failed" | "completed";
                queue?: "default" | "mail";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAdminTasksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAdminTasksByIdRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postAdminTestMail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description `<queue>:<job id>`, as returned when the work was queued
                             * @example mail:6b82dc4c-2119-4a4f-b0ae-195e9d521cd7
                             */
                            taskId: string;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    postPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                    /** @description Lower-cased */
                    category: string;
                    /** @enum {string} */
                    difficulty: "beginner" | "intermediate" | "advanced";
                    durationDays: number;
                    tags?: string[];
                    /**
                     * @description Unlisted plans open by id for anyone with the link but appear in no list
                     * @default public
                     * @enum {string}
                     */
                    visibility?: "public" | "unlisted";
                    /** @description Day by day, in order within each day; replaces all tasks on update */
                    tasks: {
                        /** @description Within 1..durationDays */
                        day: number;
                        title: string;
                        description?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlanDetail"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getPlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlanDetail"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    deletePlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    patchPlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string;
                    /** @description Lower-cased */
                    category?: string;
                    /** @enum {string} */
                    difficulty?: "beginner" | "intermediate" | "advanced";
                    durationDays?: number;
                    tags?: string[];
                    /**
                     * @description Unlisted plans open by id for anyone with the link but appear in no list
                     * @default public
                     * @enum {string}
                     */
                    visibility?: "public" | "unlisted";
                    /** @description Day by day, in order within each day; replaces all tasks on update */
                    tasks?: {
                        /** @description Within 1..durationDays */
                        day: number;
                        title: string;
                        description?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlanDetail"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getMePlans: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlan"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getUsersByIdPlans: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlan"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postPlansByIdLike: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlan"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deletePlansByIdLike: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlan"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postPlansByIdDownload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlanDetail"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    putPlansByIdRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlan"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deletePlansByIdRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlan"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getPlansByIdComments: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PlanComment"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postPlansByIdComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    parentId?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PlanComment"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteCommentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    patchCommentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @description Refused: A reply stays under the comment it answers */
                    readonly parentId?: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PlanComment"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getPlansByIdCustomTasks: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                day?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CustomTask"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postPlansByIdCustomTasks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    day: number;
                    title: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CustomTask"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postCustomTasksByIdVote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {number} */
                    value: 1 | -1;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CustomTask"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteCustomTasksByIdVote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CustomTask"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getPlansByIdPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PlanRoom"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postPlansByIdPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PlanRoom"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deletePlansByIdPresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getPlansByIdPresenceMembers: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RoomMember"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postUsersByIdFollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FollowStatus"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteUsersByIdFollow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FollowStatus"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getUsersByIdFollowStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FollowStatus"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getUsersByIdFollowers: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getUsersByIdFollowing: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getMeFollowSuggestions: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["FollowSuggestion"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    postUsersByIdBlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteUsersByIdBlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getMeBlocks: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["BlockedMember"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getUsersByIdProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Profile"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getMeStats: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["OwnStats"];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getUsersSearch: {
        parameters: {
            query: {
                page?: number;
                perPage?: number;
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getLeaderboard: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LeaderboardEntry"][];
                        meta: {
                            page: number;
                            perPage: number;
                            total: number;
                            lastPage: number;
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getPlansSearch: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                q?: string;
                category?: string;
                difficulty?: "beginner" | "intermediate" | "advanced";
                /** @description Days */
                minDuration?: number;
                /** @description Days */
                maxDuration?: number;
                /** @description Average rating at least this (rated plans only); at most 2 decimals */
                minRating?: number;
                sort?: "relevance" | "newest" | "rating" | "popular";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlan"][];
                        meta: {
                            page: number;
                            perPage: number;
                            total: number;
                            lastPage: number;
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getPlansTrending: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SkillPlan"][];
                        meta: {
                            page: number;
                            perPage: number;
                            total: number;
                            lastPage: number;
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PlanCategory"][];
                        meta: {
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getMeRecommendations: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PlanRecommendation"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getFeed: {
        parameters: {
            query?: {
                /** @description An activity id: only older activities */
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"][];
                        meta: {
                            nextCursor: number | null;
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    postFeedRefresh: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"][];
                        meta: {
                            nextCursor: number | null;
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getFeedGlobal: {
        parameters: {
            query?: {
                /** @description An activity id: only older activities */
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"][];
                        meta: {
                            nextCursor: number | null;
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getFeedTrending: {
        parameters: {
            query?: {
                /** @description An activity id: only older activities */
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"][];
                        meta: {
                            nextCursor: number | null;
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getFeedDiscovery: {
        parameters: {
            query?: {
                /** @description An activity id: only older activities */
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Activity"][];
                        meta: {
                            nextCursor: number | null;
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getProductCategories: {
        parameters: {
            query?: {
                /** @description Add `productCount` */
                counts?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProductCategory"][];
                        meta: Record<string, never>;
                    };
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getProductCategoriesTree: {
        parameters: {
            query?: {
                /** @description Add `productCount` */
                counts?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProductCategoryNode"][];
                        meta: Record<string, never>;
                    };
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getProductCategoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProductCategoryDetail"];
                        meta: Record<string, never>;
                    };
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getProducts: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A category; its descendants included (unknown: 422) */
                category?: number;
                /** @description Integer minor units (cents) */
                minPrice?: number;
                /** @description Integer minor units (cents) */
                maxPrice?: number;
                /** @description Comma-separated; products carrying every one */
                tags?: string;
                /** @description Words in the name or description */
                q?: string;
                inStock?: boolean;
                sort?: "newest" | "price_asc" | "price_desc" | "popular" | "name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"][];
                        meta: {
                            page: number;
                            perPage: number;
                            total: number;
                            lastPage: number;
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    postProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description: string;
                    /** @description Integer minor units (cents) */
                    price: number;
                    /**
                     * @description ISO 4217; upper-cased
                     * @default USD
                     */
                    currency?: string;
                    /** @default 0 */
                    stock?: number;
                    /** @description http(s) URLs */
                    images?: string[];
                    /** @description Lower-cased */
                    tags?: string[];
                    categoryId?: number | null;
                    /** @description Admins only (a brand sending it gets 403) */
                    featured?: boolean;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getProductsFeatured: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"][];
                        meta: {
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    getProductsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"];
                        meta: {
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteProductsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    patchProductsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    /** @description Integer minor units (cents) */
                    price?: number;
                    /**
                     * @description ISO 4217; upper-cased
                     * @default USD
                     */
                    currency?: string;
                    /** @default 0 */
                    stock?: number;
                    /** @description http(s) URLs */
                    images?: string[];
                    /** @description Lower-cased */
                    tags?: string[];
                    categoryId?: number | null;
                    /** @description Admins only (a brand sending it gets 403) */
                    featured?: boolean;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Product"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getCart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CartLine"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteCart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getCartTotal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CartTotal"];
                        meta: {
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postCartItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    productId: number;
                    /** @default 1 */
                    quantity?: number;
                };
            };
        };
        responses: {
            /** @description OK: the product was already in the cart; its quantity grew */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CartLine"][];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CartLine"][];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteCartItemsByProductId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CartLine"][];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    patchCartItemsByProductId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                productId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CartLine"][];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Address"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    recipient: string;
                    line1: string;
                    line2?: string | null;
                    city: string;
                    postalCode: string;
                    /** @description ISO 3166-1 alpha-2; upper-cased */
                    country: string;
                    phone?: string | null;
                    isDefault?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Address"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAddressesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Address"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteAddressesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    patchAddressesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    recipient?: string;
                    line1?: string;
                    line2?: string | null;
                    city?: string;
                    postalCode?: string;
                    /** @description ISO 3166-1 alpha-2; upper-cased */
                    country?: string;
                    phone?: string | null;
                    /** @description Refused: Make an address the default with POST /api/v1/addresses/{id}/default */
                    readonly isDefault?: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Address"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAddressesByIdDefault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Address"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description One of your addresses (another shopper’s: 404) */
                    addressId: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Sale"];
                        meta: {
                            replayed: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getSales: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Sale"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getSalesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Sale"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getSalesByIdInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invoice"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminProductCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Default: from the name */
                    slug?: string;
                    /** @description Null for a root */
                    parentId?: number | null;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProductCategory"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteAdminProductCategoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    patchAdminProductCategoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Default: from the name */
                    slug?: string;
                    /** @description Null for a root */
                    parentId?: number | null;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProductCategory"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminSales: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description First UTC day */
                from?: unknown;
                /** @description Last UTC day */
                to?: unknown;
                userId?: number;
                /** @description Integer minor units (cents) */
                minTotal?: number;
                /** @description An invoice number */
                invoice?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Sale"][];
                        meta: {
                            page: number;
                            perPage: number;
                            total: number;
                            lastPage: number;
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminSalesAnalytics: {
        parameters: {
            query?: {
                /** @description First UTC day */
                from?: unknown;
                /** @description Last UTC day */
                to?: unknown;
                top?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SalesAnalytics"];
                        meta: {
                            /**
                             * Format: date-time
                             * @description When this answer was computed; a cached answer keeps its first time
                             */
                            computedAt: string;
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminSalesByIdInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invoice"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getGiftingSessions: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SwipeSession"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postGiftingSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    recipient?: {
                        ageMin?: number;
                        /** @description At least `ageMin` */
                        ageMax?: number;
                        /** @description Lower-cased; matched against product tags */
                        interests?: string[];
                        /** @description Integer minor units (cents) */
                        budgetMin?: number;
                        /** @description At least `budgetMin`; integer minor units */
                        budgetMax?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SwipeSession"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getGiftingSessionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SwipeSession"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getGiftingSessionsByIdNext: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SwipeCard"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postGiftingSessionsByIdSwipes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    productId: number;
                    /** @enum {string} */
                    action: "like" | "dislike" | "superlike";
                };
            };
        };
        responses: {
            /** @description OK: the product was swiped in this session before; the action was replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Swipe"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Swipe"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getGiftingSessionsByIdPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["GiftPreferences"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getGiftingSessionsByIdRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["GiftRecommendation"][];
                        meta: {
                            /** Format: date-time */
                            generatedAt: string | null;
                            /** @description True once the session was swiped after the list was generated */
                            stale: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postGiftingSessionsByIdRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @default 10 */
                    limit?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["GiftRecommendation"][];
                        meta: {
                            /** Format: date-time */
                            generatedAt: string | null;
                            /** @description True once the session was swiped after the list was generated */
                            stale: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postGiftingRecommendationsByIdInteractions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "clicked" | "saved" | "purchased";
                };
            };
        };
        responses: {
            /** @description OK: this interaction was recorded before; the first record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RecommendationInteraction"];
                        meta: Record<string, never>;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RecommendationInteraction"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getGiftingRecommendations: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["GiftRecommendation"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getGiftingAnalytics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SwipeAnalytics"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postNewsletterSubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: email */
                            email: string;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getNewsletterConfirm: {
        parameters: {
            query: {
                /** @description The subscription (from the confirmation link) */
                id: number;
                nonce: string;
                /** @description Signature of the link; any change to the query invalidates it */
                signature: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NewsletterSubscription"];
                        meta: Record<string, never>;
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
        };
    };
    getNewsletterUnsubscribe: {
        parameters: {
            query: {
                /** @description The subscription (from the unsubscribe link) */
                id: number;
                /** @description Signature of the link; any change to the query invalidates it */
                signature: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NewsletterSubscription"];
                        meta: Record<string, never>;
                    };
                };
            };
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminNewsletterSubscribers: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                status?: "pending" | "confirmed" | "unsubscribed";
                /** @description Part of the address */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NewsletterSubscriber"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminNewsletterSubscribersExport: {
        parameters: {
            query?: {
                status?: "pending" | "confirmed" | "unsubscribed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminGiftingAnalytics: {
        parameters: {
            query?: {
                from?: unknown;
                /** @description On or after `from` */
                to?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SwipeAnalytics"];
                        meta: {
                            /** Format: date-time */
                            computedAt: string;
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getReports: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                status?: "open" | "claimed" | "resolved" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Report"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    targetType: "plan" | "comment" | "custom_task" | "campaign" | "message" | "product" | "user";
                    targetId: number;
                    /** @enum {string} */
                    reason: "spam" | "abuse" | "inappropriate" | "fraud" | "other";
                    details?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Report"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminModerationReports: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                type?: "plan" | "comment" | "custom_task" | "campaign" | "message" | "product" | "user";
                status?: "open" | "claimed" | "resolved" | "dismissed";
                reason?: "spam" | "abuse" | "inappropriate" | "fraud" | "other";
                /** @description Only reports with at least this priority */
                minScore?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Report"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminModerationReportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Report"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminModerationReportsByIdContext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportContext"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminModerationReportsByIdClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Report"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminModerationReportsByIdResolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "hide" | "warn" | "block" | "none";
                    note?: string;
                    /** @description The `version` of the report you decided on; another version is a 409 `E_STALE_VERSION` */
                    version: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Report"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminModerationReportsByIdDismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /** @description The `version` of the report you decided on; another version is a 409 `E_STALE_VERSION` */
                    version: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Report"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminModerationReportsBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: number[];
                    /** @enum {string} */
                    operation: "resolve" | "dismiss";
                    /** @enum {string} */
                    action?: "hide" | "warn" | "block" | "none";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["BulkModerationResult"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminModerationContentByTypeByIdRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminModerationStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ModerationStats"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminModerationRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ModerationRule"][];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAdminModerationRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "keyword" | "regex" | "threshold";
                    /** @description Whole words or phrases, case-insensitive (keyword rules) */
                    keywords?: string[];
                    /** @description Case-insensitive JavaScript regular expression (regex rules). Invalid syntax is a 422 `E_VALIDATION_ERROR`; patterns that can backtrack catastrophically (nested or overlapping repetition, backreferences, lookarounds) a 422 `E_UNSAFE_REGEX`. */
                    pattern?: string;
                    /** @description Content types the rule applies to; empty or absent: all */
                    targetTypes?: ("plan" | "comment" | "custom_task" | "campaign" | "message" | "product" | "user")[];
                    /** @description Open reports by users that trip a threshold rule */
                    thresholdCount?: number;
                    /** @description The window of a threshold rule */
                    thresholdMinutes?: number;
                    /**
                     * @description flag: queue a report only; hide: hide the content until reviewed; block: block the author and hide the content
                     * @enum {string}
                     */
                    action: "flag" | "hide" | "block";
                    /** @default true */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ModerationRule"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteAdminModerationRulesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    patchAdminModerationRulesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Refused: A rule's kind cannot change: create a new rule of the other kind */
                    readonly kind?: unknown;
                    name?: string;
                    /** @description Whole words or phrases, case-insensitive (keyword rules) */
                    keywords?: string[];
                    /** @description Case-insensitive JavaScript regular expression (regex rules). Invalid syntax is a 422 `E_VALIDATION_ERROR`; patterns that can backtrack catastrophically (nested or overlapping repetition, backreferences, lookarounds) a 422 `E_UNSAFE_REGEX`. */
                    pattern?: string;
                    /** @description Content types the rule applies to; empty or absent: all */
                    targetTypes?: ("plan" | "comment" | "custom_task" | "campaign" | "message" | "product" | "user")[];
                    /** @description Open reports by users that trip a threshold rule */
                    thresholdCount?: number;
                    /** @description The window of a threshold rule */
                    thresholdMinutes?: number;
                    /**
                     * @description flag: queue a report only; hide: hide the content until reviewed; block: block the author and hide the content
                     * @enum {string}
                     */
                    action?: "flag" | "hide" | "block";
                    /** @default true */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ModerationRule"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    getNotifications: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description `true`: unread only; `false`: read only */
                unread?: boolean;
                type?: "ad_request.received" | "ad_request.countered" | "ad_request.updated" | "ad_request.withdrawn" | "ad_request.accepted" | "ad_request.rejected" | "ad_request.completed" | "message.received" | "plan.liked" | "plan.commented" | "comment.replied" | "plan.rated" | "user.followed" | "plan.download_milestone" | "plan.custom_task";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Notification"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getNotificationsUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            count: number;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    postNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Notifications that were unread */
                            updated: number;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postNotificationsByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Notification"];
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteNotificationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
        };
    };
    postAnalyticsTrack: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "plan.view" | "plan.share" | "plan.start" | "plan.task_complete" | "profile.view" | "campaign.view" | "product.view" | "search";
                    /** @description The plan, user, campaign or product; required for every type but `search` */
                    subjectId?: number;
                    /** @description Free context (`source`, `day`, …); `search` needs `data.query` */
                    data?: {
                        [key: string]: string;
                    };
                } | {
                    events: {
                        /** @enum {string} */
                        type: "plan.view" | "plan.share" | "plan.start" | "plan.task_complete" | "profile.view" | "campaign.view" | "product.view" | "search";
                        /** @description The plan, user, campaign or product; required for every type but `search` */
                        subjectId?: number;
                        /** @description Free context (`source`, `day`, …); `search` needs `data.query` */
                        data?: {
                            [key: string]: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            recorded: number;
                            ignored: number;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPlansByIdAnalytics: {
        parameters: {
            query?: {
                /** @description UTC day, YYYY-MM-DD */
                from?: unknown;
                /** @description UTC day, YYYY-MM-DD */
                to?: unknown;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PlanAnalytics"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getMeEngagement: {
        parameters: {
            query?: {
                /** @description Days (default 30) */
                window?: "7" | "30";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Engagement"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getAdminAnalyticsBehaviour: {
        parameters: {
            query?: {
                /** @description First day (UTC), default: 29 days before `to` */
                from?: unknown;
                /** @description Last day (UTC), on or after `from`; default: today */
                to?: unknown;
                /** @description Size of the funnel’s sign-up cohorts */
                bucket?: "day" | "week" | "month";
                /** @description Features ranked */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Behaviour"];
                        meta: {
                            /** Format: date-time */
                            computedAt: string;
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                            /** @enum {string} */
                            bucket: "day" | "week" | "month";
                            limit: number;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    postMeExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description `<queue>:<job id>`, as returned when the work was queued
                             * @example mail:6b82dc4c-2119-4a4f-b0ae-195e9d521cd7
                             */
                            taskId: string;
                            /**
                             * Format: uuid
                             * @description Names the export file; part of the e-mailed link
                             */
                            exportId: string;
                        };
                        meta: Record<string, never>;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getMeExportsByTaskId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Task"];
                        meta: Record<string, never>;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getMeExportsByExportIdDownload: {
        parameters: {
            query: {
                /** @description Signature of the link; any change to the query invalidates it */
                signature: string;
            };
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
}
