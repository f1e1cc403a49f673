// The tables the network screens read from: a write to any of them refetches the screen.
export const GROUP_TABLES = ['affinity_groups', 'group_members', 'members', 'pledges', 'instalment_marks'];
export const PARTNER_TABLES = ['partners', 'partner_links', 'campaigns', 'meetings'];
export const NETWORK_TABLES = ['members', 'pledges', 'instalment_marks', 'campaigns', 'affinity_groups', 'group_members'];
