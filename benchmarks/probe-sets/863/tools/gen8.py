"""p863-8: Báo Long An online, headline figure and '(BLA) -' tag (2024-10-10)."""
from lib import F, write, period, inherit, change

TEXT = """Báo Long An điện tử vượt 30 triệu lượt truy cập sau 9 tháng
Cập nhật: 10/10/2024 - 08:30

(BLA) - Tính đến ngày 30/9, Báo Long An điện tử đạt hơn 30,4 triệu lượt truy cập, tăng 26% so với cùng kỳ năm 2023, bằng 80% kế hoạch năm. Trong đó, lượng truy cập từ thiết bị di động chiếm 78%. Riêng quý III/2024, báo điện tử có 11,2 triệu lượt truy cập.

Trên các nền tảng mạng xã hội, kênh YouTube của báo có 126.000 người đăng ký, fanpage đạt 215.000 lượt theo dõi; số người theo dõi trên TikTok gấp 3 lần cuối năm 2023.

Trong 9 tháng đầu năm 2024, Báo đã đăng 11.870 tin, bài, trong đó 1.436 tin, bài phản ánh hoạt động ở cơ sở. Các huyện có nhiều tin, bài nhất lần lượt là Cần Giuộc (142), Đức Hòa (128) và Bến Lức (117). Báo Long An in phát hành 3 kỳ/tuần vào thứ Hai, thứ Tư, thứ Sáu, bình quân 5.200 bản/kỳ; riêng số Xuân Giáp Thìn 2024 in 12.000 bản.

Doanh thu 9 tháng ước đạt 14,6 tỷ đồng, đạt 78% kế hoạch năm; trong đó thu từ quảng cáo, thông tin tuyên truyền trên báo điện tử 8,1 tỷ đồng. Báo hiện có 74 cán bộ, phóng viên, biên tập viên và nhân viên; thù lao cộng tác viên từ 200.000 đến 800.000 đồng/bài.

Năm 2024, Báo phấn đấu đạt 38 triệu lượt truy cập, doanh thu 18,7 tỷ đồng.

Tòa soạn: số 11 Võ Văn Tần, phường 2, TP Tân An. Đường dây nóng: 0272.3826.350
"""

HEAD = period("sau 9 tháng", "2024-01-01", "2024-09-30")
ASOF = period("Tính đến ngày 30/9", None, "2024-09-30")
Q3 = period("Riêng quý III/2024", "2024-07-01", "2024-09-30")
M9 = period("Trong 9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9b = period("9 tháng", "2024-01-01", "2024-09-30")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
BASE = "tin, bài phản ánh hoạt động ở cơ sở"

FIGS = [
    F("vượt 30 triệu lượt truy cập", "30", 30e6, "count", "lượt truy cập",
      "lượt truy cập Báo Long An điện tử", HEAD, approx="over"),
    F("hơn 30,4 triệu lượt truy cập", "30,4", 30.4e6, "count", "lượt truy cập",
      "lượt truy cập Báo Long An điện tử", ASOF, approx="over", percent=80,
      change=change("increase", 26, "%", "cùng kỳ năm 2023")),
    F("chiếm 78%", "78", 78, "percent", "%", "lượng truy cập từ thiết bị di động", inherit(ASOF)),
    F("có 11,2 triệu lượt truy cập", "11,2", 11.2e6, "count", "lượt truy cập",
      "lượt truy cập báo điện tử", Q3),
    F("có 126.000 người đăng ký", "126.000", 126000, "count", "người đăng ký",
      "người đăng ký kênh YouTube của báo"),
    F("đạt 215.000 lượt theo dõi", "215.000", 215000, "count", "lượt theo dõi",
      "lượt theo dõi fanpage của báo"),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      "số người theo dõi trên TikTok so với cuối năm 2023"),
    F("đăng 11.870 tin, bài", "11.870", 11870, "count", "tin, bài", "tin, bài Báo đã đăng", M9),
    F("trong đó 1.436 tin, bài", "1.436", 1436, "count", "tin, bài", BASE, M9, total=11870),
    F("Cần Giuộc (142)", "142", 142, "count", "tin, bài", BASE, inherit(M9), location="Cần Giuộc"),
    F("Đức Hòa (128)", "128", 128, "count", "tin, bài", BASE, inherit(M9), location="Đức Hòa"),
    F("Bến Lức (117)", "117", 117, "count", "tin, bài", BASE, inherit(M9), location="Bến Lức"),
    F("phát hành 3 kỳ/tuần", "3", 3, "measure", "kỳ/tuần", "kỳ phát hành Báo Long An in"),
    F("bình quân 5.200 bản/kỳ", "5.200", 5200, "measure", "bản/kỳ",
      "số bản Báo Long An in phát hành bình quân mỗi kỳ"),
    F("in 12.000 bản", "12.000", 12000, "count", "bản", "bản in số Xuân Giáp Thìn 2024"),
    F("ước đạt 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "doanh thu", M9b,
      percent=78, status="estimate"),
    F("báo điện tử 8,1 tỷ đồng", "8,1", 8.1e9, "money", "đồng",
      "thu từ quảng cáo, thông tin tuyên truyền trên báo điện tử", M9b, total=14.6e9,
      status="estimate"),
    F("có 74 cán bộ", "74", 74, "count", "cán bộ, phóng viên, biên tập viên và nhân viên",
      "cán bộ, phóng viên, biên tập viên và nhân viên của Báo"),
    F("từ 200.000 đến 800.000 đồng/bài", "200.000", 200000, "money", "đồng/bài",
      "thù lao cộng tác viên", value_max=800000),
    F("đạt 38 triệu lượt truy cập", "38", 38e6, "count", "lượt truy cập", "lượt truy cập", Y24,
      status="target"),
    F("doanh thu 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "doanh thu", Y24,
      status="target"),
]

NOTES = [
    "Báo Long An online: headline with a year-less figure ('sau 9 tháng' = 2024 from the date below it),",
    "'Cập nhật: 10/10/2024 - 08:30', tag '(BLA) -', footer address and hotline.",
    "Not figures: '(BLA)', the time, 'thứ Hai, thứ Tư, thứ Sáu', 'Giáp Thìn 2024', 'số 11 Võ Văn Tần, phường 2',",
    "'TP Tân An' (the newsroom address), hotline, 'cuối năm 2023' (baseline).",
    "'Tính đến ngày 30/9' takes 2024 from the dateline. 'Trong đó, ... chiếm 78%' is a share of page views by",
    "device: a percent figure of its own (inherited as-of period).",
    "District list 'Cần Giuộc (142)' shares the indicator and unit of '1.436 tin, bài ...'; the district is the location;",
    "the ranking list does not add up to a whole: no total.",
    "'gấp 3 lần cuối năm 2023' stands alone (no base amount): multiple. 'riêng số Xuân ... 12.000 bản' is no part of a per-issue rate: no total.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, published="2024-10-10", location="Long An", notes=NOTES)
