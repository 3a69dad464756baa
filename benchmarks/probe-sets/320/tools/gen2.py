from lib import F, P, Pi, ch, tg, build

TEXT = """
ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện | Kinh tế

Phòng giao dịch NHCSXH huyện Mường Khương: 6 tháng đầu năm giải ngân hơn 96 tỷ đồng

Sáng ngày 9/7, Ban đại diện Hội đồng quản trị NHCSXH huyện tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2024. Tính đến 30/6/2024, tổng nguồn vốn của Phòng giao dịch đạt 742,3 tỷ đồng, tăng 41,7 tỷ đồng so với cuối năm 2023, đạt 98,2% kế hoạch giao. Trong đó, nguồn vốn nhận ủy thác từ ngân sách huyện là 12,8 tỷ đồng.

Trong 6 tháng, doanh số cho vay đạt 96,4 tỷ đồng với 1.873 lượt khách hàng, tập trung vào các chương trình: cho vay hộ nghèo 28,6 tỷ đồng, hộ cận nghèo 21,3 tỷ đồng, hộ mới thoát nghèo 14,9 tỷ đồng, giải quyết việc làm 17,2 tỷ đồng.

Tổng dư nợ đến 30/6/2024 đạt 735,6 tỷ đồng với 14.260 khách hàng đang vay vốn, dư nợ bình quân 51,6 triệu đồng/hộ. Nợ quá hạn 412 triệu đồng, chiếm 0,06% tổng dư nợ.

Toàn huyện có 16/16 xã, thị trấn duy trì Điểm giao dịch xã; 217 Tổ tiết kiệm và vay vốn, trong đó 209 tổ xếp loại tốt (đạt 96,3%). Các xã có dư nợ lớn là Bản Lầu (68,4 tỷ đồng), Lùng Vai (57,1 tỷ đồng) và Thanh Bình (49,8 tỷ đồng).

Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND huyện đề nghị các xã tiếp tục thực hiện tốt Chỉ thị số 39-CT/TW của Ban Bí thư. 6 tháng cuối năm, Phòng giao dịch phấn đấu tăng trưởng dư nợ thêm khoảng 35 tỷ đồng, giữ tỷ lệ nợ quá hạn dưới 0,1%; tập trung giải ngân kịp thời nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.

Thu Hà - Trung tâm Văn hóa - Thể thao và Truyền thông huyện
10/7/2024
"""

E = "2024-06-30"
I630 = Pi("Tính đến 30/6/2024", end=E)
P6 = P("6 tháng", "2024-01-01", E)
P630 = P("đến 30/6/2024", end=E)
I630b = Pi("đến 30/6/2024", end=E)
P6c = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("giải ngân hơn 96 tỷ đồng", "96", 96_000_000_000, "money", "đồng", "giải ngân",
      P("6 tháng đầu năm", "2024-01-01", E), approx="over"),
    F("Phòng giao dịch đạt 742,3 tỷ đồng", "742,3", 742_300_000_000, "money", "đồng",
      "tổng nguồn vốn của Phòng giao dịch", P("Tính đến 30/6/2024", end=E),
      change=ch("increase", 41_700_000_000, "đồng", "cuối năm 2023"), percent=98.2),
    F("ngân sách huyện là 12,8 tỷ đồng", "12,8", 12_800_000_000, "money", "đồng",
      "nguồn vốn nhận ủy thác từ ngân sách huyện", I630, total=742_300_000_000),
    F("cho vay đạt 96,4 tỷ đồng", "96,4", 96_400_000_000, "money", "đồng", "doanh số cho vay", P6),
    F("1.873 lượt khách hàng", "1.873", 1873, "count", "lượt khách hàng", "lượt khách hàng vay vốn", P6),
    F("hộ nghèo 28,6 tỷ đồng", "28,6", 28_600_000_000, "money", "đồng", "doanh số cho vay hộ nghèo", P6,
      total=96_400_000_000),
    F("cận nghèo 21,3 tỷ đồng", "21,3", 21_300_000_000, "money", "đồng", "doanh số cho vay hộ cận nghèo", P6,
      total=96_400_000_000),
    F("thoát nghèo 14,9 tỷ đồng", "14,9", 14_900_000_000, "money", "đồng",
      "doanh số cho vay hộ mới thoát nghèo", P6, total=96_400_000_000),
    F("việc làm 17,2 tỷ đồng", "17,2", 17_200_000_000, "money", "đồng",
      "doanh số cho vay giải quyết việc làm", P6, total=96_400_000_000),
    F("đạt 735,6 tỷ đồng", "735,6", 735_600_000_000, "money", "đồng", "Tổng dư nợ", P630),
    F("với 14.260 khách hàng", "14.260", 14260, "count", "khách hàng", "khách hàng đang vay vốn", P630),
    F("bình quân 51,6 triệu đồng/hộ", "51,6", 51_600_000, "money", "đồng/hộ", "dư nợ bình quân", P630),
    F("Nợ quá hạn 412 triệu đồng", "412", 412_000_000, "money", "đồng", "Nợ quá hạn", I630b, percent=0.06),
    F("có 16/16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn duy trì Điểm giao dịch xã", total=16),
    F("217 Tổ tiết kiệm", "217", 217, "count", "Tổ tiết kiệm và vay vốn", "Tổ tiết kiệm và vay vốn"),
    F("209 tổ xếp loại", "209", 209, "count", "tổ", "tổ xếp loại tốt", total=217, percent=96.3),
    F("Bản Lầu (68,4 tỷ đồng)", "68,4", 68_400_000_000, "money", "đồng", "dư nợ xã Bản Lầu", I630b),
    F("Lùng Vai (57,1 tỷ đồng)", "57,1", 57_100_000_000, "money", "đồng", "dư nợ xã Lùng Vai", I630b),
    F("Thanh Bình (49,8 tỷ đồng)", "49,8", 49_800_000_000, "money", "đồng", "dư nợ xã Thanh Bình", I630b),
    F("thêm khoảng 35 tỷ đồng", "35", 35_000_000_000, "money", "đồng", "tăng trưởng dư nợ", P6c,
      approx="about", status="target"),
    F("dưới 0,1%", "0,1", 0.1, "percent", "%", "tỷ lệ nợ quá hạn", P6c, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mường Khương (district portal, Lào Cai): Phòng giao dịch NHCSXH huyện, sơ kết 6 tháng đầu năm 2024.",
    "No dateline at the top; byline and a bare date '10/7/2024' at the end (taken as published).",
    "Distractors: 'Sáng ngày 9/7', 'Chỉ thị số 39-CT/TW', names of offices. '6 tháng đầu năm 2024' (meeting title) is a period.",
    "'tập trung vào các chương trình: ...' — parts after ':' following the whole 96,4 tỷ take it as total (the list need not sum to it).",
    "'đạt 98,2% kế hoạch giao' is the capital's percent attribute. '209 tổ ... (đạt 96,3%)' is part of 217 (trong đó) with its share.",
    "Communes (Bản Lầu, Lùng Vai, Thanh Bình) are below district level: location stays the district, the commune goes into the subject.",
    "'6 tháng cuối năm' (no year) takes 2024 and runs 1/7–31/12; 'phấn đấu' makes both its figures targets.",
]

build(2, COMMENTS, TEXT, FIGS, published="2024-07-10", location="Mường Khương")
