#!/usr/bin/env python3
"""p703-7: department site (Sở NN&PTNT Quảng Ngãi), no dateline — reef areas under protection by district, one-cell-per-line table."""
from lib import F, P, I, CH, emit, parse_num

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH QUẢNG NGÃI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Khoanh vùng bảo vệ 612,5 ha rạn san hô ven biển

Năm 2023, toàn tỉnh đã khoanh vùng, thả phao đánh dấu bảo vệ 612,5 ha rạn san hô tại 5 huyện, thị xã ven biển, tăng 86,3 ha so với năm 2022, đạt 102,1% kế hoạch. Tổng kinh phí thực hiện 3,85 tỷ đồng, trong đó ngân sách tỉnh 2,6 tỷ đồng, vốn tài trợ quốc tế 1,25 tỷ đồng. Chi cục Thủy sản đã lắp đặt 146 phao ranh giới, 32 biển báo và thành lập 9 tổ đồng quản lý với 214 thành viên.

Theo kết quả giám sát trong năm 2023, độ phủ san hô sống tại các vùng được khoanh vùng đạt bình quân 34,2%, cao hơn 9,5% so với vùng không được bảo vệ. Số tàu cá vi phạm vùng cấm khai thác giảm còn 7 trường hợp, giảm 12 trường hợp so với năm 2022.

Bảng: Diện tích rạn san hô được khoanh vùng bảo vệ
Đơn vị tính: ha
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Lý Sơn
312,0
371,5
400
Bình Sơn
78,4
92,0
110
Đức Phổ
64,2
71,6
80
Mộ Đức
42,6
46,4
50
Tư Nghĩa
29,0
31,0
35
Tổng cộng
526,2
612,5
675

Năm 2024, Sở đặt mục tiêu nâng diện tích khoanh vùng bảo vệ lên 675 ha; trồng phục hồi khoảng 1,2 ha san hô tại Khu bảo tồn biển Lý Sơn. Định mức hỗ trợ trồng phục hồi san hô của tỉnh hiện là 350 triệu đồng/ha.

Địa chỉ: 136 Hùng Vương, TP Quảng Ngãi. Điện thoại: 0255.3822.540.
Tổng lượt truy cập: 2.604.117
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [
    ("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
    ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target"),
]
IND = "Diện tích rạn san hô được khoanh vùng bảo vệ"
ROWS = [
    ("Lý Sơn", ["\n312,0\n", "\n371,5\n", "\n400\n"]),
    ("Bình Sơn", ["\n78,4\n", "\n92,0\n", "\n110\n"]),
    ("Đức Phổ", ["\n64,2\n", "\n71,6\n", "\n80\n"]),
    ("Mộ Đức", ["\n42,6\n", "\n46,4\n", "\n50\n"]),
    ("Tư Nghĩa", ["\n29,0\n", "\n31,0\n", "\n35\n"]),
    ("Quảng Ngãi", ["\n526,2\n", "\n612,5\n", "\n675\n"]),
]

FIGS = [
    F("bảo vệ 612,5 ha rạn san hô ven biển", "612,5", 612.5, "measure", "ha", "diện tích rạn san hô ven biển được khoanh vùng bảo vệ",
      I(Y23)),
    F("bảo vệ 612,5 ha rạn san hô tại", "612,5", 612.5, "measure", "ha", "diện tích rạn san hô được khoanh vùng, thả phao đánh dấu bảo vệ",
      Y23, percent=102.1, change=CH("increase", 86.3, "ha", "năm 2022")),
    F("tại 5 huyện", "5", 5, "count", "huyện, thị xã", "huyện, thị xã ven biển có rạn san hô được khoanh vùng bảo vệ", Y23),
    F("thực hiện 3,85 tỷ đồng", "3,85", 3.85e9, "money", "đồng", "tổng kinh phí thực hiện khoanh vùng bảo vệ", I(Y23)),
    F("ngân sách tỉnh 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", I(Y23), total=3.85e9),
    F("quốc tế 1,25 tỷ đồng", "1,25", 1.25e9, "money", "đồng", "vốn tài trợ quốc tế", I(Y23), total=3.85e9),
    F("lắp đặt 146 phao", "146", 146, "count", "phao ranh giới", "phao ranh giới lắp đặt", I(Y23)),
    F("32 biển báo", "32", 32, "count", "biển báo", "biển báo lắp đặt", I(Y23)),
    F("thành lập 9 tổ", "9", 9, "count", "tổ đồng quản lý", "tổ đồng quản lý thành lập", I(Y23)),
    F("với 214 thành viên", "214", 214, "count", "thành viên", "thành viên tổ đồng quản lý", I(Y23)),
    F("bình quân 34,2%", "34,2", 34.2, "percent", "%", "độ phủ san hô sống tại các vùng được khoanh vùng",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 9.5, "%", "vùng không được bảo vệ")),
    F("còn 7 trường hợp", "7", 7, "count", "trường hợp", "tàu cá vi phạm vùng cấm khai thác", I(Y23),
      change=CH("decrease", 12, "trường hợp", "năm 2022")),
]
for place, anchors in ROWS:
    for (col, per, status), a in zip(COLS, anchors):
        num = a.strip()
        kw = {"status": status} if status else {}
        FIGS.append(F(a, num, parse_num(num), "measure", "ha", f"{IND} {col}", per, location=place, **kw))
FIGS += [
    F("lên 675 ha", "675", 675, "measure", "ha", "diện tích khoanh vùng bảo vệ rạn san hô", Y24, status="target"),
    F("khoảng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích san hô trồng phục hồi tại Khu bảo tồn biển Lý Sơn", Y24,
      approx="about", status="target", location="Lý Sơn"),
    F("là 350 triệu đồng/ha", "350", 350e6, "money", "đồng/ha", "định mức hỗ trợ trồng phục hồi san hô"),
]

COMMENTS = [
    "Sở NN&PTNT Quảng Ngãi (department site), no dateline: rạn san hô được khoanh vùng bảo vệ năm 2023 and plan 2024, with a",
    "one-cell-per-line table (Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024) and 'Đơn vị tính: ha'. Every numeric cell is a figure;",
    "district rows go to location (Lý Sơn, Bình Sơn, Đức Phổ, Mộ Đức, Tư Nghĩa), the 'Tổng cộng' row is the province's (Quảng Ngãi);",
    "period from the column header (scored, as in shared h23), 'Kế hoạch 2024' → target. Footer address '136 Hùng Vương', phone,",
    "'Tổng lượt truy cập: 2.604.117' are not figures. Lead 612,5 ha carries both its change (86,3 ha vs 2022) and percent (102,1% kế hoạch).",
    "'Định mức hỗ trợ … hiện là 350 triệu đồng/ha' is a provincial norm stated as fact (actual, Quảng Ngãi); 1,2 ha at the Lý Sơn MPA → Lý Sơn.",
]

if __name__ == "__main__":
    emit("p703-7", TEXT, COMMENTS, FIGS, location="Quảng Ngãi")
