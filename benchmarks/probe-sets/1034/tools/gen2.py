"""p1034-2: district portal (huyện Đức Hòa, Long An), chứng thực 6 tháng đầu năm 2023."""
from lib import C, F, I, P, write

TEXT = """UBND HUYỆN ĐỨC HÒA - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hoạt động tư pháp

Chứng thực hơn 96 nghìn bản sao trong 6 tháng

Thứ Sáu, 14/07/2023 - 09:20

Sáu tháng đầu năm 2023, Phòng Tư pháp huyện và UBND 20 xã, thị trấn trên địa bàn huyện Đức Hòa đã chứng thực 96.412 bản sao từ bản chính, tăng 12,3% so với cùng kỳ năm 2022; thu phí chứng thực gần 215 triệu đồng.

Ngoài ra, toàn huyện chứng thực chữ ký 3.185 việc, chứng thực hợp đồng, giao dịch 1.742 việc, trong đó hợp đồng chuyển nhượng quyền sử dụng đất 1.206 việc, chiếm 69,2%. Các xã có số việc chứng thực hợp đồng nhiều là Đức Hòa Hạ (214 việc), Hựu Thạnh (187 việc) và Hòa Khánh Tây (152 việc).

Việc cấp bản sao điện tử có chứng thực từ bản chính trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đạt 8.937 bản, gấp 2,4 lần cùng kỳ. Thời gian giải quyết bình quân khoảng 15 phút/hồ sơ; 100% hồ sơ được trả kết quả đúng hạn.

Tính đến ngày 30/6/2023, trên địa bàn huyện có 4 văn phòng công chứng; trong 6 tháng, các văn phòng đã công chứng 7.520 hợp đồng, giao dịch, thu phí công chứng khoảng 4,3 tỷ đồng.

Ông Lê Văn Năm, Trưởng phòng Tư pháp huyện cho biết, 6 tháng cuối năm, phòng phấn đấu 100% xã, thị trấn thực hiện chứng thực bản sao điện tử; dự kiến cả năm toàn huyện chứng thực khoảng 190.000 bản sao.

Bộ phận Một cửa huyện: số 35 đường tỉnh 825, thị trấn Hậu Nghĩa. Điện thoại: 0272.3850.116.
"""

P6 = P("Sáu tháng đầu năm 2023", "2023-01-01", "2023-06-30")
FIGS = [
    F("hơn 96 nghìn bản sao", "96", 96000, "count", "bản sao", "bản sao được chứng thực",
      P("6 tháng", "2023-01-01", "2023-06-30"), approx="over"),
    F("UBND 20 xã", "20", 20, "count", "xã, thị trấn",
      "xã, thị trấn thực hiện chứng thực", P6),
    F("chứng thực 96.412 bản sao", "96.412", 96412, "count", "bản sao",
      "bản sao được chứng thực từ bản chính", P6,
      change=C("increase", 12.3, "%", "cùng kỳ năm 2022")),
    F("gần 215 triệu đồng", "215", 215e6, "money", "đồng", "phí chứng thực", P6, approx="nearly"),
    F("chữ ký 3.185 việc", "3.185", 3185, "count", "việc", "chứng thực chữ ký", I(P6)),
    F("giao dịch 1.742 việc", "1.742", 1742, "count", "việc",
      "chứng thực hợp đồng, giao dịch", I(P6)),
    F("đất 1.206 việc", "1.206", 1206, "count", "việc",
      "chứng thực hợp đồng chuyển nhượng quyền sử dụng đất", I(P6), total=1742, percent=69.2),
    F("(214 việc)", "214", 214, "count", "việc", "chứng thực hợp đồng", I(P6),
      location="Đức Hòa"),
    F("(187 việc)", "187", 187, "count", "việc", "chứng thực hợp đồng", I(P6),
      location="Đức Hòa"),
    F("(152 việc)", "152", 152, "count", "việc", "chứng thực hợp đồng", I(P6),
      location="Đức Hòa"),
    F("đạt 8.937 bản", "8.937", 8937, "count", "bản",
      "bản sao điện tử có chứng thực từ bản chính", I(P6),
      change=C("increase", 2.4, "lần", "cùng kỳ")),
    F("khoảng 15 phút/hồ sơ", "15", 15, "measure", "phút/hồ sơ",
      "thời gian giải quyết bình quân", I(P6), approx="about"),
    F("100% hồ sơ được trả", "100", 100, "percent", "%",
      "hồ sơ được trả kết quả đúng hạn", I(P6)),
    F("có 4 văn phòng", "4", 4, "count", "văn phòng công chứng", "văn phòng công chứng",
      P("Tính đến ngày 30/6/2023", None, "2023-06-30")),
    F("công chứng 7.520 hợp đồng", "7.520", 7520, "count", "hợp đồng, giao dịch",
      "hợp đồng, giao dịch được công chứng", P("trong 6 tháng", "2023-01-01", "2023-06-30")),
    F("khoảng 4,3 tỷ đồng", "4,3", 4.3e9, "money", "đồng", "phí công chứng",
      P("trong 6 tháng", "2023-01-01", "2023-06-30"), approx="about"),
    F("phấn đấu 100% xã", "100", 100, "percent", "%",
      "xã, thị trấn thực hiện chứng thực bản sao điện tử",
      P("6 tháng cuối năm", "2023-07-01", "2023-12-31"), status="target"),
    F("khoảng 190.000 bản sao", "190.000", 190000, "count", "bản sao",
      "bản sao được chứng thực", P("cả năm", "2023-01-01", "2023-12-31"),
      approx="about", status="forecast"),
]

HEADER = [
    "Cổng TTĐT huyện Đức Hòa (Long An): chứng thực bản sao, chữ ký, hợp đồng 6 tháng đầu năm 2023; văn phòng công chứng.",
    "Dateline 'Thứ Sáu, 14/07/2023 - 09:20'. The year-less headline '6 tháng' takes 2023 (published).",
    "'đường tỉnh 825', 'số 35', the phone and the name 'Lê Văn Năm' are not figures.",
    "Commune list items keep the district Đức Hòa as location (FIGURES.md: location is a province, city or district).",
    "revised: the three commune items (214, 187, 152 việc) had the commune as location; now Đức Hòa (spec location levels).",
    "'gấp 2,4 lần cùng kỳ' after a count is that count's change (unit lần), like 'tăng hơn 2,8 lần so với cùng kỳ'.",
    "'trong 6 tháng' (year-less) takes 2023 from the as-of date earlier in the same sentence.",
]

write("p1034-2", TEXT, HEADER, FIGS, published="2023-07-14", location="Đức Hòa")
