// The few line icons the sidebar uses, drawn inline (no icon font, nothing fetched).
const common = { viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

export function PeopleIcon() {
  return (
    <svg {...common}>
      <circle cx="6" cy="5.5" r="2.5" />
      <path d="M1.5 13.5c.6-2.4 2.3-3.5 4.5-3.5s3.9 1.1 4.5 3.5" />
      <path d="M10.5 3.2a2.5 2.5 0 0 1 0 4.6M12 10.3c1.3.5 2.1 1.5 2.5 3.2" />
    </svg>
  );
}

export function ImportIcon() {
  return (
    <svg {...common}>
      <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5" />
      <path d="M2.5 11v2.5h11V11" />
    </svg>
  );
}

export function SettingsIcon() {
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="2" />
      <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" />
    </svg>
  );
}

export function SearchIcon() {
  return (
    <svg {...common}>
      <circle cx="7" cy="7" r="4.5" />
      <path d="m10.5 10.5 3.5 3.5" />
    </svg>
  );
}

export function SyncIcon() {
  return (
    <svg {...common}>
      <path d="M13.5 6.5A5.5 5.5 0 0 0 3.4 4.6M2.5 9.5a5.5 5.5 0 0 0 10.1 1.9" />
      <path d="M3.2 2v2.8H6M12.8 14v-2.8H10" />
    </svg>
  );
}

export function HeadquartersIcon() {
  return (
    <svg {...common}>
      <path d="M2.5 14V5.5L8 2l5.5 3.5V14" />
      <path d="M1.5 14h13M6.5 14v-3.5h3V14M5.5 7.5h1M9.5 7.5h1" />
    </svg>
  );
}

export function MeetingsIcon() {
  return (
    <svg {...common}>
      <rect x="2" y="3" width="12" height="11" rx="1.5" />
      <path d="M2 6.5h12M5 1.5v3M11 1.5v3M5 9h2M9 9h2M5 11.5h2" />
    </svg>
  );
}

export function DecisionsIcon() {
  return (
    <svg {...common}>
      <path d="M4 1.5h6l3 3v10H4z" />
      <path d="M10 1.5v3h3M6.2 9.5l1.6 1.6 3-3.2" />
    </svg>
  );
}

export function PledgesIcon() {
  return (
    <svg {...common}>
      <rect x="6" y="1.5" width="4" height="9.5" rx="2" />
      <circle cx="8" cy="12.5" r="2.5" />
      <path d="M8 7v4M11.5 3.5h1.5M11.5 6h1.5" />
    </svg>
  );
}

export function GroupsIcon() {
  return (
    <svg {...common}>
      <circle cx="8" cy="4" r="2" />
      <circle cx="3.5" cy="10" r="2" />
      <circle cx="12.5" cy="10" r="2" />
      <path d="M6.6 5.6 4.6 8.3M9.4 5.6l2 2.7M5.5 10.5h5" />
    </svg>
  );
}

export function PartnersIcon() {
  return (
    <svg {...common}>
      <path d="M1.5 8.5 4.5 5.5l2.5 1 2-1.5 2.5.5 3 3" />
      <path d="M4.5 10.5 6 12a1.2 1.2 0 0 0 1.7 0l.3-.3M8 11.7l.5.5a1.2 1.2 0 0 0 1.7 0l2.3-2.4" />
      <path d="M7 6.5 5.8 7.8a1 1 0 0 0 1.4 1.4L9 7.5" />
    </svg>
  );
}
