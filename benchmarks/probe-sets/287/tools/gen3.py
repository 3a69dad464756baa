from lib import F, P, build

T = """ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả khai thác Cảng hàng không Điện Biên sau nâng cấp, mở rộng

Thực hiện Văn bản số 2156/BGTVT-VT ngày 04/3/2024 của Bộ Giao thông vận tải, UBND tỉnh Điện Biên báo cáo như sau:

1. Kết quả đầu tư
Dự án nâng cấp, mở rộng Cảng hàng không Điện Biên có tổng mức đầu tư 1.548 tỷ đồng, trong đó vốn ngân sách trung ương 1.300 tỷ đồng. Dự án đã xây dựng mới đường cất hạ cánh dài 2.400 m, rộng 45 m và nhà ga hành khách công suất 500.000 hành khách/năm, đáp ứng khai thác tàu bay A320, A321.

2. Kết quả khai thác năm 2024 (tính đến ngày 15/12/2024)
Bảng 1. Sản lượng theo đường bay
Đường bay | Số chuyến bay (chuyến) | Hành khách (lượt) | Hệ số sử dụng ghế (%)
Điện Biên - Hà Nội | 1.012 | 142.350 | 82,4
Điện Biên - TP Hồ Chí Minh | 286 | 48.920 | 88,1
Tổng cộng | 1.298 | 191.270 | 83,9

So với năm 2023, tổng số hành khách tăng gấp 2,6 lần. Sở Văn hóa, Thể thao và Du lịch ước tính khách du lịch đến tỉnh bằng đường hàng không chiếm khoảng 35% tổng lượt khách du lịch, góp phần đưa doanh thu du lịch năm 2024 đạt trên 3.200 tỷ đồng.

3. Phương hướng năm 2025
Phấn đấu mở thêm 2 đường bay đến Đà Nẵng và Hải Phòng; sản lượng hành khách đạt trên 250.000 lượt, hệ số sử dụng ghế từ 80% trở lên.

Nơi nhận:
- Bộ GTVT (b/c);
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Cương
"""

Yi = P("năm 2024 (tính đến ngày 15/12/2024)", "2024-01-01", "2024-12-15", inherited=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31", inherited=True)
HN, SG, TC = "Điện Biên - Hà Nội", "Điện Biên - TP Hồ Chí Minh", "tổng cộng"
figs = [
    F("đầu tư 1.548 tỷ đồng", "1.548", 1548000000000, "money", "đồng",
      "tổng mức đầu tư dự án nâng cấp, mở rộng Cảng hàng không Điện Biên"),
    F("trung ương 1.300 tỷ đồng", "1.300", 1300000000000, "money", "đồng", "vốn ngân sách trung ương",
      total=1548000000000),
    F("dài 2.400 m", "2.400", 2400, "measure", "m", "chiều dài đường cất hạ cánh"),
    F("rộng 45 m", "45", 45, "measure", "m", "chiều rộng đường cất hạ cánh"),
    F("công suất 500.000 hành khách/năm", "500.000", 500000, "measure", "hành khách/năm", "công suất nhà ga hành khách"),
    F("Hà Nội | 1.012 |", "1.012", 1012, "count", "chuyến", "số chuyến bay đường bay " + HN, period=Yi),
    F("1.012 | 142.350 |", "142.350", 142350, "count", "lượt", "hành khách đường bay " + HN, period=Yi),
    F("142.350 | 82,4", "82,4", 82.4, "percent", "%", "hệ số sử dụng ghế đường bay " + HN, period=Yi),
    F("Minh | 286 |", "286", 286, "count", "chuyến", "số chuyến bay đường bay " + SG, period=Yi),
    F("286 | 48.920 |", "48.920", 48920, "count", "lượt", "hành khách đường bay " + SG, period=Yi),
    F("48.920 | 88,1", "88,1", 88.1, "percent", "%", "hệ số sử dụng ghế đường bay " + SG, period=Yi),
    F("cộng | 1.298 |", "1.298", 1298, "count", "chuyến", "số chuyến bay tổng cộng", period=Yi),
    F("1.298 | 191.270 |", "191.270", 191270, "count", "lượt", "hành khách tổng cộng", period=Yi),
    F("191.270 | 83,9", "83,9", 83.9, "percent", "%", "hệ số sử dụng ghế tổng cộng", period=Yi),
    F("gấp 2,6 lần", "2,6", 2.6, "multiple", "lần", "tổng số hành khách so với năm 2023", period=Yi),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "khách du lịch đến tỉnh bằng đường hàng không trong tổng lượt khách du lịch",
      approx="about", status="estimate"),
    F("trên 3.200 tỷ đồng", "3.200", 3200000000000, "money", "đồng", "doanh thu du lịch", approx="over",
      status="estimate", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("thêm 2 đường bay", "2", 2, "count", "đường bay", "đường bay mở thêm", status="target", period=Y25),
    F("trên 250.000 lượt", "250.000", 250000, "count", "lượt", "sản lượng hành khách", approx="over",
      status="target", period=Y25),
    F("từ 80% trở lên", "80", 80, "percent", "%", "hệ số sử dụng ghế", approx="at_least", status="target", period=Y25),
]

build("p287-3", T, figs, [
    "Formal report with letterhead (UBND tỉnh Điện Biên, 'Số: 418/BC-UBND'); the place-and-date line is the report's date.",
    "Flattened '|' table (Bảng 1) with units in the column headers, '(%)' for the load factor; every numeric cell is a figure,",
    "subject = column label + row label (routes are not places); period from the section heading above (inherited):",
    "'năm 2024 (tính đến ngày 15/12/2024)' read as 2024-01-01..2024-12-15. No total for table cells (as in probe set 205).",
    "Distractors: report and document numbers (418/BC-UBND, 2156/BGTVT-VT), dates, section numbers '1.' '2.' '3.', 'Bảng 1',",
    "aircraft types A320/A321, 'Lưu: VT, KT', signer.",
    "'trong đó vốn ngân sách trung ương 1.300 tỷ đồng' is a part of 1.548 tỷ đồng. Runway length and width are measures.",
    "'tổng số hành khách tăng gấp 2,6 lần' stands alone as the claim (no base amount in the sentence): multiple.",
    "'ước tính … chiếm khoảng 35%' estimate; the estimate cue continues into 'góp phần đưa doanh thu … đạt trên 3.200 tỷ đồng'.",
    "Section 3 heading 'Phương hướng năm 2025' gives the targets their period (inherited); 'Phấn đấu' makes them targets.",
], published="2024-12-20", location="Điện Biên")
