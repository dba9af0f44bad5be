// Every unit test runs with the shipped actor model loaded, as the extension's engine document and the CLI do.
import { loadNodeModel } from './node-model';

loadNodeModel();
