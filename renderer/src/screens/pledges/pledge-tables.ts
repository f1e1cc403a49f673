// The tables pledge screens read from: a write to any of them refetches the screen (useQuery).
export const PLEDGE_TABLES = ['campaigns', 'pledges', 'instalment_marks', 'chapter_goals', 'members', 'affinity_groups', 'group_members', 'partner_links'];
