import { describe, expect, it } from 'vitest'
import { createMockKeystone } from 'keystone-api-react/testing'

// Issue #5: the contract suite found the mock answering fields the spec does not declare
// (Team.created, Notification.metadata); the real server never sends them.
describe('mock Keystone records (issue #5)', () => {
  it('answers teams without the undeclared created field', () => {
    const mock = createMockKeystone()
    expect(mock.records('teams').length).toBeGreaterThan(0)
    for (const team of mock.records('teams')) expect(team).not.toHaveProperty('created')
  })

  it('answers notifications without the undeclared metadata field', () => {
    const mock = createMockKeystone()
    expect(mock.records('notifications').length).toBeGreaterThan(0)
    for (const notification of mock.records('notifications')) expect(notification).not.toHaveProperty('metadata')
  })
})
