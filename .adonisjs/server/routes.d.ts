import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'health.index': { paramsTuple?: []; params?: {} }
    'health.db': { paramsTuple?: []; params?: {} }
    'health.redis': { paramsTuple?: []; params?: {} }
    'auth.signup': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.refresh': { paramsTuple?: []; params?: {} }
    'auth.forgot_password': { paramsTuple?: []; params?: {} }
    'auth.reset_password': { paramsTuple?: []; params?: {} }
    'auth.verify_email': { paramsTuple?: []; params?: {} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'auth.me': { paramsTuple?: []; params?: {} }
    'auth.update_me': { paramsTuple?: []; params?: {} }
    'auth.change_password': { paramsTuple?: []; params?: {} }
    'auth.resend_verification': { paramsTuple?: []; params?: {} }
    'features.index': { paramsTuple?: []; params?: {} }
    'influencers.index': { paramsTuple?: []; params?: {} }
    'admin_users.index': { paramsTuple?: []; params?: {} }
    'admin_users.pending': { paramsTuple?: []; params?: {} }
    'admin_users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.block': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.unblock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.flag': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.unflag': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'audit_logs.index': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'health.index': { paramsTuple?: []; params?: {} }
    'health.db': { paramsTuple?: []; params?: {} }
    'health.redis': { paramsTuple?: []; params?: {} }
    'auth.me': { paramsTuple?: []; params?: {} }
    'features.index': { paramsTuple?: []; params?: {} }
    'influencers.index': { paramsTuple?: []; params?: {} }
    'admin_users.index': { paramsTuple?: []; params?: {} }
    'admin_users.pending': { paramsTuple?: []; params?: {} }
    'admin_users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'audit_logs.index': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'health.index': { paramsTuple?: []; params?: {} }
    'health.db': { paramsTuple?: []; params?: {} }
    'health.redis': { paramsTuple?: []; params?: {} }
    'auth.me': { paramsTuple?: []; params?: {} }
    'features.index': { paramsTuple?: []; params?: {} }
    'influencers.index': { paramsTuple?: []; params?: {} }
    'admin_users.index': { paramsTuple?: []; params?: {} }
    'admin_users.pending': { paramsTuple?: []; params?: {} }
    'admin_users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'audit_logs.index': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'auth.signup': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.refresh': { paramsTuple?: []; params?: {} }
    'auth.forgot_password': { paramsTuple?: []; params?: {} }
    'auth.reset_password': { paramsTuple?: []; params?: {} }
    'auth.verify_email': { paramsTuple?: []; params?: {} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'auth.resend_verification': { paramsTuple?: []; params?: {} }
    'admin_users.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.block': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.unblock': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.flag': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.unflag': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  PATCH: {
    'auth.update_me': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'auth.change_password': { paramsTuple?: []; params?: {} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}