/**
 * Notifications of new messages: {@link org.swarmchat.app.ui.notify.IncomingNotifications} decides when a
 * received message deserves one and folds bursts into a few; a {@link org.swarmchat.app.ui.notify.Notifier}
 * shows them, on the desktop ({@code notify-send}) or, where the desktop has no notification service, as a toast in
 * the window.
 */
package org.swarmchat.app.ui.notify;
