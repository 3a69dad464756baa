"""p560-5: Party newspaper (Báo Cần Thơ) — Trường Đại học Cần Thơ graduate employment, intake, lecturers, tuition, rank."""
from lib import F, P, I, YEAR, CH, TG, emit

TEXT = """Trường Đại học Cần Thơ: 93,5% sinh viên có việc làm sau một năm tốt nghiệp

Kết quả khảo sát của Trường Đại học Cần Thơ (Khu II, đường 3/2, quận Ninh Kiều) cho thấy, trong số 7.842 sinh viên tốt nghiệp năm 2023, có 6.905 sinh viên phản hồi; trong đó 6.456 sinh viên đã có việc làm, chiếm 93,5% số phản hồi, tăng 2,1% so với khảo sát năm trước.

Tỷ lệ có việc làm cao nhất thuộc các ngành Công nghệ thông tin, Kỹ thuật xây dựng và Dược học, lần lượt đạt 98,2%, 97,6% và 97,1%. Thu nhập bình quân của sinh viên sau tốt nghiệp khoảng 8,7 triệu đồng/tháng; có 14,3% sinh viên có thu nhập trên 15 triệu đồng/tháng.

Năm 2023, Trường tuyển được 9.716/10.160 chỉ tiêu đại học chính quy. Điểm chuẩn cao nhất là ngành Luật với 26,45 điểm. Cũng trong năm 2023, Trường xếp thứ 5 trong bảng xếp hạng các cơ sở giáo dục đại học Việt Nam (VNUR).

Đội ngũ của Trường hiện có 1.183 giảng viên, trong đó có 542 tiến sĩ, chiếm 45,8%. Học phí năm học 2023-2024 đối với chương trình đại trà là 490.000 đồng/tín chỉ, chương trình tiên tiến và chất lượng cao 1,2 triệu đồng/tín chỉ.

Theo PGS.TS Trần Trung Tính, Phó Hiệu trưởng nhà trường, thời gian tới Trường phấn đấu mở rộng liên kết với hơn 300 doanh nghiệp để sinh viên thực tập, tăng cơ hội việc làm sau khi ra trường.

NGỌC THẢO
20/05/2024
"""

Y23 = YEAR(2023)
Y23_N = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("93,5% sinh viên", "93,5", 93.5, "percent", "%",
      "sinh viên có việc làm sau một năm tốt nghiệp"),
    F("sau một năm tốt nghiệp", "một", 1, "measure", "năm", optional=True),
    F("số 7.842 sinh viên", "7.842", 7842, "count", "sinh viên",
      "sinh viên tốt nghiệp", Y23),
    F("có 6.905 sinh viên", "6.905", 6905, "count", "sinh viên",
      "sinh viên tốt nghiệp phản hồi khảo sát", Y23, total=7842),
    F("6.456 sinh viên", "6.456", 6456, "count", "sinh viên",
      "sinh viên tốt nghiệp đã có việc làm", Y23,
      total=6905, percent=93.5, change=CH("increase", 2.1, baseline="khảo sát năm trước")),
    F("đạt 98,2%", "98,2", 98.2, "percent", "%",
      "tỷ lệ có việc làm ngành Công nghệ thông tin"),
    F("98,2%, 97,6%", "97,6", 97.6, "percent", "%",
      "tỷ lệ có việc làm ngành Kỹ thuật xây dựng"),
    F("và 97,1%", "97,1", 97.1, "percent", "%",
      "tỷ lệ có việc làm ngành Dược học"),
    F("khoảng 8,7 triệu đồng/tháng", "8,7", 8700000, "money", "đồng/tháng",
      "thu nhập bình quân của sinh viên sau tốt nghiệp", approx="about"),
    F("có 14,3% sinh viên", "14,3", 14.3, "percent", "%",
      "sinh viên có thu nhập trên 15 triệu đồng/tháng"),
    F("trên 15 triệu đồng/tháng", "15", 15000000, "money", "đồng/tháng", approx="over", optional=True),
    F("9.716/10.160", "9.716", 9716, "count", "chỉ tiêu",
      "chỉ tiêu đại học chính quy Trường tuyển được", Y23_N, target=TG(10160, "chỉ tiêu")),
    F("với 26,45 điểm", "26,45", 26.45, "measure", "điểm",
      "điểm chuẩn ngành Luật", I(Y23_N)),
    F("xếp thứ 5", "5", 5, "rank", "hạng",
      "thứ hạng của Trường Đại học Cần Thơ trong bảng xếp hạng các cơ sở giáo dục đại học Việt Nam (VNUR)",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("có 1.183 giảng viên", "1.183", 1183, "count", "giảng viên",
      "giảng viên của Trường Đại học Cần Thơ"),
    F("có 542 tiến sĩ", "542", 542, "count", "tiến sĩ",
      "giảng viên có trình độ tiến sĩ", total=1183, percent=45.8),
    F("là 490.000 đồng/tín chỉ", "490.000", 490000, "money", "đồng/tín chỉ",
      "học phí chương trình đại trà năm học 2023-2024"),
    F("1,2 triệu đồng/tín chỉ", "1,2", 1200000, "money", "đồng/tín chỉ",
      "học phí chương trình tiên tiến và chất lượng cao năm học 2023-2024"),
    F("hơn 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp",
      "doanh nghiệp liên kết để sinh viên thực tập", approx="over", status="target"),
]

COMMENTS = [
    "Probe 560: Party newspaper (Báo Cần Thơ), byline and bare date at the end — Trường Đại học Cần Thơ graduate employment survey.",
    "Location Cần Thơ throughout (the address 'quận Ninh Kiều' is a distractor, not the figures' place). Published = the date under the byline.",
    "'trong số 7.842 …, có 6.905' -> total 7842; '6.905 …; trong đó 6.456' -> total 6905, percent 93,5, change 2,1 (vs khảo sát năm trước).",
    "'9.716/10.160 chỉ tiêu' is result against plan: target 10160, not total (FIGURES.md 'Result against plan'); 10.160 is not a figure.",
    "'phấn đấu mở rộng liên kết với hơn 300 doanh nghiệp' is a target. Thresholds 'một năm', 'trên 15 triệu đồng/tháng' optional.",
    "Not figures: 'Khu II, đường 3/2', 'PGS.TS', the dateline; 'năm học 2023-2024' gives no period.",
]

if __name__ == "__main__":
    emit("p560-5", TEXT, COMMENTS, FIGS, published="2024-05-20", location="Cần Thơ")
