'use client'
import { type RefObject, useEffect, useRef } from 'react'

/** A ref to the value of the last committed render, for callbacks that outlive it. @internal */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value)
  useEffect(() => {
    ref.current = value
  })
  return ref
}
