<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Curtain</name>
    <message>
        <source>Ripartire

Press Esc to continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>Active paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aid budget used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for retention review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesForm</name>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (or name, when names are shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;unsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamiliesView</name>
    <message>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Family {0} created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyActionDialog</name>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family, the counsellor, a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyActionsForm</name>
    <message>
        <source>Plan actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyAidForm</name>
    <message>
        <source>Aid payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyAssessmentForm</name>
    <message>
        <source>Assessed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need areas: severity from 0 (no problem) to 3 (severe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resident in the project area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one mi&amp;nor child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job loss or economic hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moti&amp;vation (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and &amp;strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and strengths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyClosureForm</name>
    <message>
        <source>Close the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the e&amp;xit scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past closures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyConsentDialog</name>
    <message>
        <source>Privacy &amp;notice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous s&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyConsentForm</name>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyIdentityForm</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (names appear only here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s ta&amp;x code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s tax code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSSMRA80A01F205X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. only after 6 pm, never leave messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;unicipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact c&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known to social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known to social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyInterviewDialog</name>
    <message>
        <source>&amp;Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyInterviewsForm</name>
    <message>
        <source>&amp;New interview note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens interview mode (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyMemberDialog</name>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unemployed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPaymentDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the energy company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyStatusDialog</name>
    <message>
        <source>&amp;New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyViewForm</name>
    <message>
        <source>Family code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new interview note, showing only this family (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyWithdrawDialog</name>
    <message>
        <source>The consent stays in the record, marked as withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunAbout</name>
    <message>
        <source>Ripartire keeps the records of the families you support in an encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPassphrase</name>
    <message>
        <source>Choose a passphrase: a few words that only you know are easier to remember and harder to guess than a short password. It opens the vault every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member on this device (the app opens without the passphrase on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunRecovery</name>
    <message>
        <source>This is your recovery key. It is shown only now. Write it on paper and keep it in a safe place away from this computer: if you forget the passphrase, it is the only way to open the vault. Nobody else can recover your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written it down and put it in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Ripartire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be created: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open a family first, then start the interview note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowCentral</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <source>Search &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from notes, assessments, actions, or a family code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n results (best first)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No results. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Ripartire: locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault with fictional families. Passphrase: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no usable keyring: the passphrase will be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in {0} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid recovery key: check each group of four characters against the recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup from Settings or with &apos;ripartire restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ripartire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>describe_error</name>
    <message>
        <source>Restore the most recent backup (Settings, Restore…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Ripartire backup, or it is damaged (truncated, altered or made by a newer version of Ripartire). Nothing was changed: choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file is missing, so the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged, so the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s data file is missing from its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file in the vault&apos;s folder does not belong to this vault (it was replaced by another file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s data file is truncated (cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Ripartire: update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s data file is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of the vault is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Free some space or use another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive is read-only (a write-protected USB stick?): nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: Ripartire may not write or read there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or folder is no longer there (was the USB stick removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with that name already exists: nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive reported a read or write error (a failing or removed USB stick?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in {0} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid recovery key: check each group of four characters against the recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery key: nothing was changed. Check the keyboard layout and Caps Lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in that folder: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked: unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in that folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error ({0}): nothing more is known. Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self._wizard</name>
    <message>
        <source>At least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer is stronger: add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
