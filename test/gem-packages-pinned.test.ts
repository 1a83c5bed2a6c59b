import rule from "../rules/gem-packages-pinned";
import { testRule } from "./helpers/rule-tester";

testRule(rule, {
  valid: [
    "FROM ruby:3.3\nRUN gem install bundler -v 2.5.22",
    "FROM ruby:3.3\nRUN gem install bundler --version=2.5.22",
    "FROM ruby:3.3\nRUN gem install -v2.5.22 bundler",
    "FROM ruby:3.3\nRUN gem install bundler:2.5.22 rake:13.2.1",
    "FROM ruby:3.3\nRUN gem install ./pkg/app-1.0.gem",
    "FROM ruby:3.3\nRUN gem update --system",
    "FROM ruby:3.3\nRUN bundle install",
    "FROM ruby:3.3\nARG G\nRUN gem install $G",
    "FROM ruby:3.3\nRUN gem install nokogiri:1.16.7 -- --use-system-libraries",
  ],
  invalid: [
    { code: "FROM ruby:3.3\nRUN gem install bundler", errors: [{ messageId: "unpinned", line: 2, column: 17, endColumn: 24 }] },
    { code: "FROM ruby:3.3\nRUN gem install --no-document rails", errors: [{ messageId: "unpinned", message: "'rails'" }] },
    { code: "FROM ruby:3.3\nRUN gem i -N --source https://rubygems.org rails", errors: [{ messageId: "unpinned", message: "'rails'" }] },
    { code: "FROM ruby:3.3\nRUN gem install rake bundler:2.5.22", errors: [{ messageId: "unpinned", message: "'rake'" }] },
  ],
});
