import { render } from "preact";
import { ClinicApp } from "./ClinicApp.js";
import "../styles.css";
import "./clinic.css";

const root = document.getElementById("clinic");
if (root !== null) render(<ClinicApp />, root);
