/** The reviewer's and the analyst's side of review in the window: who is acting, set states, review mode, sign-off badge, keys, audit trail. */
package org.isnad.ui.review;
