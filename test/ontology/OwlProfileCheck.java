// OWL 2 profile check of ontology/newsgraph.ttl with the OWL API's profile checkers (Debian's
// libowlapi-java): prints one line per profile, "PROFILE: ok" or "PROFILE: N violations", then each
// violation. Run by test/ontology/owl-profile.test.ts as `java -cp '/usr/share/java/*' <this file> <ttl>`.

import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.Profiles;

public class OwlProfileCheck {
  public static void main(String[] args) throws Exception {
    OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new File(args[0]));
    System.out.println("axioms: " + ontology.getAxiomCount());
    for (Profiles p : new Profiles[] {Profiles.OWL2_DL, Profiles.OWL2_EL, Profiles.OWL2_QL, Profiles.OWL2_RL}) {
      OWLProfileReport report = p.checkOntology(ontology);
      System.out.println(p.name() + ": " + (report.isInProfile() ? "ok" : report.getViolations().size() + " violations"));
      if (p == Profiles.OWL2_DL) {
        for (OWLProfileViolation v : report.getViolations()) System.out.println("  " + v.toString().replace('\n', ' '));
      }
    }
  }
}
