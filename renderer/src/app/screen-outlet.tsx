// Which screen the main area shows for the current route.
import { DuplicatesScreen } from '../screens/members/duplicates-screen';
import { MemberProfileScreen } from '../screens/members/member-profile-screen';
import { MembersScreen } from '../screens/members/members-screen';
import { NewMemberScreen } from '../screens/members/new-member-screen';
import { ImportScreen } from '../screens/import/import-screen';
import { ProposalScreen } from '../screens/proposals/proposal-screen';
import { ProposalsScreen } from '../screens/proposals/proposals-screen';
import { DecisionsScreen } from '../screens/decisions/decisions-screen';
import { MeetingScreen } from '../screens/meetings/meeting-screen';
import { MeetingsScreen } from '../screens/meetings/meetings-screen';
import { HeadquartersScreen } from '../screens/headquarters/headquarters-screen';
import { SettingsScreen } from '../screens/settings/settings-screen';
import { SyncScreen } from '../screens/sync/sync-screen';
import { CampaignScreen } from '../screens/pledges/campaign-screen';
import { DueScreen } from '../screens/pledges/due-screen';
import { PledgeImportScreen } from '../screens/pledges/pledge-import-screen';
import { PledgeListScreen } from '../screens/pledges/pledge-list-screen';
import { PledgeScreen } from '../screens/pledges/pledge-screen';
import { PledgesScreen } from '../screens/pledges/pledges-screen';
import { GroupScreen } from '../screens/network/group-screen';
import { GroupsScreen } from '../screens/network/groups-screen';
import { LeaderboardScreen } from '../screens/network/leaderboard-screen';
import { MemberPageScreen } from '../screens/network/member-page-screen';
import { PartnerScreen } from '../screens/network/partner-screen';
import { PartnersScreen } from '../screens/network/partners-screen';
import { useRoute } from './routes';

export function ScreenOutlet() {
  const { route } = useRoute();
  switch (route.screen) {
    case 'members':
      return <MembersScreen />;
    case 'member':
      return <MemberProfileScreen key={route.id} id={route.id} />;
    case 'new-member':
      return <NewMemberScreen />;
    case 'duplicates':
      return <DuplicatesScreen />;
    case 'proposals':
      return <ProposalsScreen view={route} />;
    case 'proposal':
      return <ProposalScreen key={route.id} id={route.id} />;
    case 'meetings':
      return <MeetingsScreen view={route} />;
    case 'meeting':
      return <MeetingScreen key={route.id} id={route.id} tab={route.tab ?? 'agenda'} />;
    case 'decisions':
      return <DecisionsScreen view={route} />;
    case 'pledges':
      return <PledgesScreen />;
    case 'campaign':
      return <CampaignScreen key={route.id} id={route.id} />;
    case 'pledge':
      return <PledgeScreen key={route.id} id={route.id} />;
    case 'pledges-due':
      return <DueScreen />;
    case 'pledges-list':
      return <PledgeListScreen view={route} />;
    case 'pledges-import':
      return <PledgeImportScreen />;
    case 'groups':
      return <GroupsScreen />;
    case 'group':
      return <GroupScreen key={route.id} id={route.id} />;
    case 'partners':
      return <PartnersScreen view={route} />;
    case 'partner':
      return <PartnerScreen key={route.id} id={route.id} />;
    case 'leaderboard':
      return <LeaderboardScreen view={route} />;
    case 'member-page':
      return <MemberPageScreen key={route.id} id={route.id} />;
    case 'import':
      return <ImportScreen />;
    case 'sync':
      return <SyncScreen />;
    case 'headquarters':
      return <HeadquartersScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}
