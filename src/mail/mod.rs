//! Email messages, built from templates in `templates/mail/<name>/`. Delivery goes
//! through the outbox (`store::outbox`); nothing here talks to a mail server.

use askama::Template;

pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Template)]
#[template(path = "mail/sign_in_link/body.txt")]
struct SignInLinkText<'a> {
    name: &'a str,
    link: &'a str,
    minutes: i64,
}

#[derive(Template)]
#[template(path = "mail/sign_in_link/body.html")]
struct SignInLinkHtml<'a> {
    name: &'a str,
    link: &'a str,
    minutes: i64,
}

pub fn sign_in_link(name: &str, link: &str, minutes: i64) -> Result<Rendered, askama::Error> {
    Ok(Rendered {
        subject: "Your expomatch sign-in link".to_owned(),
        text: SignInLinkText {
            name,
            link,
            minutes,
        }
        .render()?,
        html: SignInLinkHtml {
            name,
            link,
            minutes,
        }
        .render()?,
    })
}
