/** The messenger core: accounts, conversations, sending and receiving, on the swarm client and the store. */
package org.swarmchat.app.core;
