import { formatPeriod, formatVnd, parsePeriod, periodKeyOf, validate, VndSchema } from "antt";

// Every figure is counted in Vietnam time, whatever the zone of the machine.
console.log(periodKeyOf("2024-06-30T18:00:00Z", "half")); // "2024-H2": 01:00 on 1 July in Vietnam
console.log(formatPeriod(parsePeriod("2024-H1"))); // "6 tháng đầu năm 2024"

// Money is a whole number of đồng, written the way reports write it.
console.log(formatVnd(12_500_000)); // "12,5 triệu đồng"

// Bad input gives every problem, with a path and a message in English and Vietnamese.
const result = validate(VndSchema, 12.5);
if (!result.success) console.log(result.issues[0]?.message.vi);
