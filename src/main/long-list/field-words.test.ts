import { describe, expect, it } from 'vitest';
import { readCalendarDate } from './calendar-date-text';
import { readOrigin, readPartnerType } from './field-words';

describe('words of the type and origin columns', () => {
  it('reads partner types in English and Japanese, in any width and case', () => {
    const words = ['Distributor', '代理店', '販売代理店', 'ﾃﾞｨｽﾄﾘﾋﾞｭｰﾀｰ', '商社', 'Trading House', 'エージェント', 'ｴｰｼﾞｪﾝﾄ', 'sales-agent', '合弁', 'JV', 'ＪＶ', 'Joint-venture partner', 'jv_partner'];
    expect(words.map(readPartnerType)).toEqual(['distributor', 'distributor', 'distributor', 'distributor', 'trading_house', 'trading_house', 'agent', 'agent', 'agent', 'jv_partner', 'jv_partner', 'jv_partner', 'jv_partner', 'jv_partner']);
    expect([readPartnerType('wholesale club'), readPartnerType('')]).toEqual([null, null]);
  });

  it('reads origins, telling a referral from an introducer', () => {
    expect(['Inbound', 'インバウンド', '引き合い', 'outreach', '当社から', '紹介', 'Referral', '紹介者', 'introducer', '不明'].map(readOrigin)).toEqual([
      'inbound',
      'inbound',
      'inbound',
      'outreach',
      'outreach',
      'referral',
      'referral',
      'introducer',
      'introducer',
      'unknown',
    ]);
    expect(readOrigin('trade fair')).toBeNull();
  });

  it("reads the app's own origin labels in both languages", () => {
    expect(['Inbound approach', 'Our outreach', 'Through an introducer', 'Origin not recorded', '先方からの打診', '当社からの働きかけ', '仲介者経由', '経緯未記録'].map(readOrigin)).toEqual([
      'inbound',
      'outreach',
      'introducer',
      'unknown',
      'inbound',
      'outreach',
      'introducer',
      'unknown',
    ]);
  });
});

describe('dates of first contact', () => {
  it('reads year-first dates as Japanese and English sheets write them', () => {
    expect(['2027-04-01', '2027/4/1', '2027/04/01', '2027.4.1', '2027年4月1日', '２０２７／４／１', '2027-04-01 09:30', '2028/2/29'].map(readCalendarDate)).toEqual([
      '2027-04-01',
      '2027-04-01',
      '2027-04-01',
      '2027-04-01',
      '2027-04-01',
      '2027-04-01',
      '2027-04-01',
      '2028-02-29',
    ]);
  });

  it('refuses dates that do not exist or are not written year first', () => {
    expect(['2027-02-29', '2027-13-01', '2027/4/31', '04/05/2027', '1 April 2027', 'soon', '20270401'].map(readCalendarDate)).toEqual([null, null, null, null, null, null, null]);
  });
});
