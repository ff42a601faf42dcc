"""What each role may do, as shown on the person's own page."""

from django.utils.translation import gettext_lazy as _

from fou.accounts.models import Role

CAPABILITIES = {
    Role.APPLICANT: [
        _("Se öppna utlysningar för din organisation"),
        _("Skriva, spara och skicka in ansökningar om LUM och MUL för din organisation"),
        _("Bjuda in en medsökande organisation till en gemensam ansökan"),
        _("Se dina ansökningar och beslut, och läsa kunskapsbanken"),
    ],
    Role.OFFICER: [
        _("Skapa utlysningar och ändra deras regler utan programändring"),
        _("Granska, kontrollera, returnera eller återta ansökningar"),
        _("Fördela ansökningar till FoU-rådets ledamöter och ta fram förslag till fördelning"),
        _("Se hela ändringsloggen och administrera utlysningar och organisationer"),
    ],
    Role.COUNCIL: [
        _("Bedöma de ansökningar du tilldelats, per kriterium"),
        _("Anmäla jäv; du ser eller bedömer aldrig ansökningar där du är jävig"),
        _("Se sammanställda bedömningar när du lämnat dina egna"),
    ],
    Role.READER: [
        _("Läsa utlysningar, beviljade projekt och kunskapsbanken"),
        _("Söka bland tidigare projekt och rapporter"),
    ],
    Role.ADMINISTRATOR: [
        _("Allt som handläggare kan"),
        _("Hantera användare, roller och organisationer i administrationen"),
        _("Läsa säkerhetsloggen med nekade åtgärder och jävsförsök"),
    ],
}


def capabilities_for(user) -> list[str]:
    return CAPABILITIES.get(user.role, CAPABILITIES[Role.READER])
