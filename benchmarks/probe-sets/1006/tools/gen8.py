"""p1006-8: Bắc Giang, provincial newspaper online (headline figure, (BGĐT) - tag), Q1/2025 payments into accounts."""
from lib import F, period, change, target, write_set

TEXT = """Gần 40 nghìn người hưởng chính sách nhận tiền qua tài khoản

Cập nhật: 18/04/2025 15:42

(BGĐT) - Quý I/2025, BHXH tỉnh và các đơn vị liên quan đã chi trả lương hưu, trợ cấp BHXH, trợ cấp xã hội qua tài khoản cho 39.816 người, tăng 18,4% so với cùng kỳ năm 2024.

Trong đó, người hưởng lương hưu, trợ cấp BHXH hàng tháng là 24.537 người; người hưởng trợ cấp thất nghiệp 3.126 người; đối tượng bảo trợ xã hội và người có công 12.153 người. Tổng số tiền chi trả qua tài khoản ước đạt 1.062 tỷ đồng, chiếm 47,3% tổng số tiền chi trả các chế độ.

Các địa phương có tỷ lệ người hưởng lương hưu nhận qua tài khoản cao là TP Bắc Giang, thị xã Việt Yên và huyện Yên Dũng, lần lượt đạt 68,2%, 51,7% và 46,9%. Huyện Sơn Động và Lục Ngạn thấp nhất, mới đạt 9,5% và 12,8%. So với tháng 12/2024, tỷ lệ chung của tỉnh tăng từ 31,6% lên 34,2%.

Ông Nguyễn Văn Sáu, cán bộ hưu trí ở xã Tân Dĩnh, huyện Lạng Giang cho biết, trước đây ông phải đi gần 5 km ra điểm chi trả cạnh Quốc lộ 37, nay chỉ cần rút tiền tại cây ATM gần nhà.

Năm 2025, tỉnh phấn đấu có 45% người hưởng lương hưu, trợ cấp BHXH nhận qua tài khoản, khu vực đô thị đạt 70%. Dự kiến trong quý II, Bưu điện tỉnh sẽ tổ chức 230 điểm hỗ trợ lưu động tại các xã vùng sâu, vùng xa.

Thu Hà
"""

PQ1 = period("Quý I/2025", "2025-01-01", "2025-03-31")
PQ1i = dict(PQ1, inherited=True)
P25 = period("Năm 2025", "2025-01-01", "2025-12-31")
RATE = "tỷ lệ người hưởng lương hưu nhận qua tài khoản"

FIGS = [
    F("Gần 40 nghìn người", "40", 40000, "count", "người", "người hưởng chính sách nhận tiền qua tài khoản", approx="nearly"),
    F("cho 39.816 người", "39.816", 39816, "count", "người",
      "người nhận lương hưu, trợ cấp BHXH, trợ cấp xã hội qua tài khoản", PQ1,
      change=change("increase", 18.4, "%", "cùng kỳ năm 2024")),
    F("là 24.537 người", "24.537", 24537, "count", "người", "người hưởng lương hưu, trợ cấp BHXH hàng tháng", PQ1i,
      total=39816),
    F("3.126 người", "3.126", 3126, "count", "người", "người hưởng trợ cấp thất nghiệp", PQ1i, total=39816),
    F("12.153 người", "12.153", 12153, "count", "người", "đối tượng bảo trợ xã hội và người có công", PQ1i, total=39816),
    F("ước đạt 1.062 tỷ đồng", "1.062", 1062e9, "money", "đồng", "tổng số tiền chi trả qua tài khoản", PQ1i,
      percent=47.3, status="estimate"),
    F("68,2%", "68,2", 68.2, "percent", "%", RATE, location="Bắc Giang"),
    F("51,7%", "51,7", 51.7, "percent", "%", RATE, location="Việt Yên"),
    F("46,9%", "46,9", 46.9, "percent", "%", RATE, location="Yên Dũng"),
    F("9,5%", "9,5", 9.5, "percent", "%", RATE, location="Sơn Động"),
    F("12,8%", "12,8", 12.8, "percent", "%", RATE, location="Lục Ngạn"),
    F("từ 31,6%", "31,6", 31.6, "percent", "%", "tỷ lệ chung của tỉnh người hưởng nhận qua tài khoản",
      period("tháng 12/2024", "2024-12-01", "2024-12-31")),
    F("lên 34,2%", "34,2", 34.2, "percent", "%", "tỷ lệ chung của tỉnh người hưởng nhận qua tài khoản"),
    F("gần 5 km", "5", 5, "measure", "km", "quãng đường đến điểm chi trả của ông Nguyễn Văn Sáu", approx="nearly",
      location="Lạng Giang", optional=True),
    F("có 45% người hưởng", "45", 45, "percent", "%", "tỷ lệ người hưởng lương hưu, trợ cấp BHXH nhận qua tài khoản", P25,
      status="target"),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ người hưởng khu vực đô thị nhận qua tài khoản", P25, status="target"),
    F("230 điểm", "230", 230, "count", "điểm", "điểm hỗ trợ lưu động của Bưu điện tỉnh",
      period("trong quý II", "2025-04-01", "2025-06-30"), status="forecast"),
]

NOTES = [
    "Báo Bắc Giang điện tử: headline 'Gần 40 nghìn người', '(BGĐT) -' tag, 'Cập nhật: 18/04/2025 15:42'; chi trả qua tài khoản quý I/2025.",
    "Distractors: 15:42; 'cùng kỳ năm 2024' and 'tháng 12/2024' as baselines; Ông Nguyễn Văn Sáu; Quốc lộ 37.",
    "'Trong đó' after a sentence break: the three groups (24.537 + 3.126 + 12.153 = 39.816) take total 39.816; their period is inherited from the previous sentence.",
    "'lần lượt đạt 68,2%, 51,7% và 46,9%' and 'mới đạt 9,5% và 12,8%': each item a figure, location the town/district in order.",
    "'tăng từ 31,6% lên 34,2%': two percent figures, no change value stated; 31,6% is the December 2024 level (period tháng 12/2024), 34,2% has no stated period.",
    "'gần 5 km' is the example pensioner's walk: optional. 'trong quý II' takes 2025 from 'Năm 2025' before it.",
]

write_set(8, TEXT, FIGS, NOTES, published="2025-04-18", location="Bắc Giang")
