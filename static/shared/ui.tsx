import React from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { router } from '@forge/bridge';
import type { MemberStatus, Severity } from '../../src/app/contract';
import { SHARED } from './strings';

export const SEVERITY_APPEARANCE: Record<Severity, 'removed' | 'moved' | 'default'> = {
  error: 'removed',
  warning: 'moved',
  info: 'default',
};
export const STATUS_APPEARANCE: Record<MemberStatus, 'removed' | 'moved' | 'success'> = {
  red: 'removed',
  amber: 'moved',
  green: 'success',
};

export function SeverityLozenge({ severity }: { severity: Severity }) {
  return <Lozenge appearance={SEVERITY_APPEARANCE[severity]}>{SHARED.severity[severity]}</Lozenge>;
}

export function StatusLozenge({ status }: { status: MemberStatus }) {
  return <Lozenge appearance={STATUS_APPEARANCE[status]}>{SHARED.status[status]}</Lozenge>;
}

export function Loading({ label }: { label: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', padding: token('space.300') }}
    >
      <Spinner size="medium" label={label} />
      <span style={{ color: token('color.text.subtle') }}>{label}</span>
    </div>
  );
}

export function ErrorState({ title, message, onRetry }: { title: string; message: string; onRetry?: () => void }) {
  return (
    <SectionMessage
      appearance="error"
      title={title}
      actions={
        onRetry
          ? [
              <Button key="retry" onClick={onRetry}>
                {SHARED.tryAgain}
              </Button>,
            ]
          : []
      }
    >
      <p>{message}</p>
    </SectionMessage>
  );
}

export function Empty({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <SectionMessage appearance="success" title={title}>
      {children}
    </SectionMessage>
  );
}

export const pageStyle: React.CSSProperties = {
  fontFamily: token('font.family.body'),
  color: token('color.text'),
  background: token('elevation.surface'),
  padding: token('space.200'),
  minHeight: '100vh',
  boxSizing: 'border-box',
};

export function issueLink(siteUrl: string | null, key: string | null) {
  if (!key) return null;
  return siteUrl ? (
    <a href={`${siteUrl}/browse/${key}`} target="_blank" rel="noreferrer">
      {key}
    </a>
  ) : (
    <ProductLink path={`/browse/${key}`}>{key}</ProductLink>
  );
}

/**
 * A link to a page of the product (Jira or Confluence). A Custom UI frame lives on another
 * origin, so a relative href would point at the frame: the bridge's router navigates the product.
 */
export function ProductLink({ path, children, testId }: { path: string; children: React.ReactNode; testId?: string }) {
  return (
    <a
      href={path}
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        void router.navigate(path).catch(() => undefined);
      }}
    >
      {children}
    </a>
  );
}

/** A finding's link to code (branch, commit, pull request), when it has one. */
export function ExternalLink({ url }: { url: unknown }) {
  if (typeof url !== 'string') return null;
  return (
    <>
      {' '}
      <a href={url} target="_blank" rel="noreferrer">
        {SHARED.open}
      </a>
    </>
  );
}
