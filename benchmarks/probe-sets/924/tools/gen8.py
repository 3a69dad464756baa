"""p924-8: provincial newspaper online (Báo Bắc Giang, tag (BGĐT) -), headline figure."""
from lib import F, period, carried, change, target, write_set

TEXT = """
Bắc Giang: Hơn 1.600 người khuyết tật được hỗ trợ phương tiện trợ giúp
Cập nhật lúc 10:05, Thứ tư, 04/12/2024

(BGĐT) - Từ đầu năm đến nay, các cấp, ngành, tổ chức trong tỉnh đã hỗ trợ phương tiện, dụng cụ trợ giúp cho 1.628 người khuyết tật, đạt 108,5% kế hoạch năm, tăng 23% so với cùng kỳ năm 2023.

Trong đó, 742 người được tặng xe lăn, 215 người được tặng xe lắc, 583 người được cấp máy trợ thính và 88 người được lắp chân tay giả. Tổng kinh phí hỗ trợ khoảng 7,6 tỷ đồng, gồm vận động xã hội hóa 5,1 tỷ đồng và ngân sách nhà nước 2,5 tỷ đồng; nguồn xã hội hóa gấp hơn 2 lần ngân sách.

Các huyện Lục Ngạn, Sơn Động, Lục Nam có số người được hỗ trợ nhiều nhất, lần lượt là 236, 198 và 174 người. Tại huyện Sơn Động, nhiều trường hợp ở các thôn xa Quốc lộ 31 được cán bộ mang xe đến tận nhà.

Đến nay, toàn tỉnh có 27.430 người khuyết tật, trong đó 19.856 người đang hưởng trợ cấp xã hội hằng tháng với mức từ 750.000 đồng đến 1,25 triệu đồng/người/tháng.

Trong tháng 12, Sở Lao động - Thương binh và Xã hội dự kiến phối hợp với Bệnh viện Chỉnh hình và Phục hồi chức năng Hà Nội khám sàng lọc cho khoảng 400 người khuyết tật tại 5 huyện. Mục tiêu năm 2025, tỉnh hỗ trợ phương tiện cho ít nhất 1.800 người khuyết tật.

Lan Anh
"""

SINCE = period("Từ đầu năm đến nay", "2024-01-01", "2024-12-04")
ASOF = period("Đến nay", end="2024-12-04")
DEC = period("Trong tháng 12", "2024-12-01", "2024-12-31")
SUBJ = "người khuyết tật được hỗ trợ phương tiện, dụng cụ trợ giúp"

FIGS = [
    F("Hơn 1.600 người", "1.600", 1600, "count", "người", "người khuyết tật được hỗ trợ phương tiện trợ giúp",
      approx="over"),
    F("cho 1.628 người", "1.628", 1628, "count", "người", SUBJ, SINCE, percent=108.5,
      change=change("increase", 23, "%", "cùng kỳ năm 2023")),
    F("742 người", "742", 742, "count", "người", "người được tặng xe lăn", carried(SINCE), total=1628),
    F("215 người", "215", 215, "count", "người", "người được tặng xe lắc", carried(SINCE), total=1628),
    F("583 người", "583", 583, "count", "người", "người được cấp máy trợ thính", carried(SINCE), total=1628),
    F("88 người", "88", 88, "count", "người", "người được lắp chân tay giả", carried(SINCE), total=1628),
    F("khoảng 7,6 tỷ đồng", "7,6", 7.6e9, "money", "đồng", "tổng kinh phí hỗ trợ", carried(SINCE), approx="about"),
    F("hóa 5,1 tỷ đồng", "5,1", 5.1e9, "money", "đồng", "vận động xã hội hóa", carried(SINCE), total=7.6e9),
    F("nước 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "ngân sách nhà nước", carried(SINCE), total=7.6e9),
    F("gấp hơn 2 lần", "2", 2, "multiple", "lần", "nguồn xã hội hóa so với ngân sách", carried(SINCE), approx="over"),
    F("lần lượt là 236", "236", 236, "count", "người", SUBJ, carried(SINCE), location="Lục Ngạn"),
    F("236, 198", "198", 198, "count", "người", SUBJ, carried(SINCE), location="Sơn Động"),
    F("và 174 người", "174", 174, "count", "người", SUBJ, carried(SINCE), location="Lục Nam"),
    F("có 27.430 người", "27.430", 27430, "count", "người", "người khuyết tật", ASOF),
    F("19.856 người", "19.856", 19856, "count", "người", "người khuyết tật đang hưởng trợ cấp xã hội hằng tháng", ASOF,
      total=27430),
    F("từ 750.000 đồng", "750.000", 750000, "money", "đồng/người/tháng", "mức trợ cấp xã hội hằng tháng",
      value_max=1250000),
    F("khoảng 400 người", "400", 400, "count", "người", "người khuyết tật được khám sàng lọc", DEC, approx="about",
      status="forecast"),
    F("tại 5 huyện", "5", 5, "count", "huyện", "huyện tổ chức khám sàng lọc", DEC, status="forecast"),
    F("ít nhất 1.800 người", "1.800", 1800, "count", "người", "người khuyết tật được hỗ trợ phương tiện",
      period("năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Báo Bắc Giang online: headline 'Hơn 1.600 người ...', 'Cập nhật lúc 10:05, Thứ tư, 04/12/2024', tag '(BGĐT) -', byline Lan Anh.",
    "Not figures: '10:05', 'Thứ tư', '(BGĐT)', 'Quốc lộ 31'. 'đạt 108,5% kế hoạch năm' is the percent of 1.628 (no plan number is stated).",
    "Parts after 'Trong đó' (new paragraph) take the whole 1.628; 'gồm' parts take 7,6 tỷ. 'nguồn xã hội hóa gấp hơn 2 lần ngân sách'",
    "is a clause of its own: a multiple (over). District items of 'lần lượt là 236, 198 và 174 người' are located in their districts.",
    "'Đến nay' = as-of the dateline; 'Trong tháng 12' = December 2024; the range 750.000 đồng - 1,25 triệu đồng/người/tháng is one money figure.",
]

write_set("p924-8", TEXT, FIGS, NOTES, published="2024-12-04", location="Bắc Giang")
