"""Helpers the browser scripts share for the coding workbench (docs/keyboard.md): users, the server, login,
selecting a passage by its code-point offsets, and coding it with the keyboard only."""

import re
import subprocess
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC

# Selects [start, end) of the article, in code points, as a reader's mouse would: a DOM range over the pieces
# whose data-o offsets hold the two ends.
SELECT = """
var start = arguments[0], end = arguments[1];
var pieces = document.querySelectorAll('#article [data-o]');
function point(offset, preferNext) {
  var found = null;
  for (var i = 0; i < pieces.length; i++) {
    var text = pieces[i].firstChild, o = Number(pieces[i].getAttribute('data-o'));
    var points = Array.from(text.data);
    if (offset >= o && offset <= o + points.length) {
      found = [text, points.slice(0, offset - o).join('').length];
      if (!preferNext || offset < o + points.length) { return found; }
    }
  }
  return found;
}
var a = point(start, true), b = point(end, false);
window.getSelection().setBaseAndExtent(a[0], a[1], b[0], b[1]);
return window.getSelection().toString();
"""


def add_user(stance, db, name, role, password):
    """`stance user add NAME --role ROLE`, the password on standard input."""
    subprocess.run([stance, "user", "add", name, "--role", role, "--db", db], input=password + "\n", text=True,
                   check=True, stdout=subprocess.DEVNULL)


def serve(stance, db):
    """Starts `stance serve --port 0`; returns the process and its base URL."""
    server = subprocess.Popen([stance, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.fullmatch(r"listening on (http://127\.0\.0\.1:\d+)\n", line)
    if not match:
        server.terminate()
        raise AssertionError(f"stance serve printed {line!r}, not 'listening on http://127.0.0.1:PORT'")
    return server, match.group(1)


def log_in(driver, wait, base, name, password):
    """Logs in through /login with the keyboard; waits until the page shows who is logged in."""
    driver.get(base + "/login")
    box = wait.until(EC.presence_of_element_located((By.ID, "l-name")))
    box.send_keys(name, Keys.TAB, password, Keys.ENTER)
    wait.until(lambda d: d.find_elements(By.ID, "whoami-name") and
               d.find_element(By.ID, "whoami-name").text.startswith(name))


def log_out(driver, wait):
    driver.find_element(By.ID, "logout").click()
    wait.until(EC.url_contains("/login"))


def open_source(driver, wait, base, source):
    driver.get(base + "/code/" + source)
    wait.until(lambda d: d.find_element(By.ID, "workbench").get_attribute("data-ready") == "yes")


def code_selection(driver, wait, start, end, actor, issue, stance_key, basis_key):
    """Selects [start, end) and codes it with keys only: c, actor, Tab, issue, Tab, stance, Tab, basis, Enter.
    Returns the status line once it says saved or not, the number of keys pressed, and the actor and issue the
    form was prefilled with (the workbench's guesses)."""
    driver.execute_script(SELECT, start, end)
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys("c")
    field = wait.until(EC.visibility_of_element_located((By.ID, "f-actor")))
    guessed = (field.get_attribute("value"), driver.find_element(By.ID, "f-issue").get_attribute("value"))
    keys = [Keys.CONTROL + "a", actor, Keys.TAB, Keys.CONTROL + "a", issue, Keys.TAB, stance_key, Keys.TAB, basis_key,
            Keys.ENTER]
    field = driver.switch_to.active_element
    for key in keys:
        field.send_keys(key)
        field = driver.switch_to.active_element
    wait.until(lambda d: d.find_element(By.ID, "status").text.startswith(("saved", "not saved")) or
               any(e.text for e in d.find_elements(By.CSS_SELECTOR, "#code-form .field-error")))
    pressed = 1 + 2 + len(actor) + 1 + 2 + len(issue) + 1 + 1 + 1 + 1 + 1
    return driver.find_element(By.ID, "status").text, pressed, guessed


def wait_for_status(driver, wait, prefix, seconds=10):
    deadline = time.time() + seconds
    while time.time() < deadline:
        text = driver.find_element(By.ID, "status").text
        if text.startswith(prefix):
            return text
        time.sleep(0.05)
    raise AssertionError(f"the status line says {driver.find_element(By.ID, 'status').text!r}, not {prefix}…")
