// The genre's ways of writing a meeting's time, date and attendance.
import { describe, expect, it } from 'vitest';
import { attendanceIn, dateFrom, monthDayIn, timeIn } from '../../src/extract/when.js';

describe('meeting time, date and attendance', () => {
  it.each([
    ['8月4日上午9点，', '09:00'],
    ['当日下午1点，', '13:00'],
    ['上午9时30分', '09:30'],
    ['下午2点30分', '14:30'],
    ['下午3点半', '15:30'],
    ['上午十点', '10:00'],
    ['晚上8点', '20:00'],
    ['14时', '14:00'],
    ['上午10:00，', '10:00'],
    ['8点建议', null],
    ['当天上午', null],
  ])('%s → %s', (text, time) => expect(timeIn(text)).toBe(time));

  it('reads month and day, with the year where the sentence gives one', () => {
    expect(monthDayIn('3月28日，全市')).toEqual({ month: 3, day: 28 });
    expect(monthDayIn('2023年9月14日下午')).toEqual({ month: 9, day: 14, year: 2023 });
    expect(monthDayIn('十二月三日')).toEqual({ month: 12, day: 3 });
    expect(monthDayIn('13月40日')).toBeNull();
  });

  it('dates a meeting by the article, a December meeting in a January article the year before', () => {
    expect(dateFrom({ month: 8, day: 4 }, '2017-08-05')).toBe('2017-08-04');
    expect(dateFrom({ month: 8, day: 4 }, '--08-05')).toBe('--08-04');
    expect(dateFrom({ month: 12, day: 28 }, '2022-01-03')).toBe('2021-12-28');
    expect(dateFrom({ month: 9, day: 14, year: 2023 }, null)).toBe('2023-09-14');
  });

  it.each([
    ['共70余人参会', { value: 70, approx: 'more_than' }],
    ['约450名民警参加会议', { value: 450, approx: 'about' }],
    ['与会人员近百人', { value: 100, approx: 'nearly' }],
    ['县直各部门负责人千余人通过视频参会', { value: 1000, approx: 'more_than' }],
    ['八十余人参加', { value: 80, approx: 'more_than' }],
    ['培训职工93.5万人次', null],
    ['全市常住人口约300万人', null],
  ])('%s', (text, attendance) => expect(attendanceIn(text)).toEqual(attendance));
});
