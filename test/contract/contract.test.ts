import { contractEnv } from './support/env.ts'
import { defineContractSuite } from './support/suite.ts'

// Live when KEYSTONE_URL, KEYSTONE_USERNAME and KEYSTONE_PASSWORD are set (README, Contract tests).
await defineContractSuite(contractEnv(process.env))
