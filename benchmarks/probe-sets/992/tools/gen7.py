"""p992-7: department site (Chi cục Thủy sản Nghệ An), no dateline, table pasted one cell per line, footer."""
from lib import F, P, I, C, T, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NGHỆ AN
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả quản lý các khu neo đậu tránh trú bão năm 2023

Năm 2023, 4 khu neo đậu tránh trú bão trên địa bàn tỉnh Nghệ An đã tiếp nhận 21.650 lượt tàu cá ra vào neo đậu, tăng 6,4% so với năm 2022; trong đó có 4.380 lượt tàu vào tránh trú các đợt áp thấp nhiệt đới và gió mùa đông bắc. Tỷ lệ tàu cá neo đậu đúng nơi quy định đạt 91,5%.

Số liệu các khu neo đậu
Khu neo đậu
Sức chứa (chiếc)
Diện tích vùng nước (ha)
Lượt tàu neo đậu năm 2023
Lạch Quèn
700
14,5
6.820
Lạch Vạn
600
11,2
5.410
Cửa Hội
1.000
22,0
7.150
Lạch Thơi
300
6,8
2.270
Tổng
2.600
54,5
21.650

Trong năm, Chi cục phối hợp với Ban Quản lý cảng cá nạo vét luồng Lạch Vạn với khối lượng 96.000 m3, kinh phí 14,3 tỷ đồng. Mức thu phí neo đậu áp dụng theo Nghị quyết số 18/2021/NQ-HĐND, từ 20.000 đến 80.000 đồng/lượt tùy chiều dài tàu.

Mục tiêu năm 2024 là nâng tỷ lệ tàu cá neo đậu đúng nơi quy định lên trên 95%, hoàn thành nạo vét luồng Lạch Quèn với khối lượng dự kiến 120.000 m3.

CHI CỤC THỦY SẢN NGHỆ AN
Địa chỉ: Số 121 đường Lê Duẩn, TP Vinh, Nghệ An
Điện thoại: 0238.3844.516 - Fax: 0238.3844.517
Lượt truy cập: 1.204.377 | Đang trực tuyến: 36
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COL = P("năm 2023", "2023-01-01", "2023-12-31")  # column header "Lượt tàu neo đậu năm 2023"
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

rows = [("Lạch Quèn", "700", "14,5", "6.820"), ("Lạch Vạn", "600", "11,2", "5.410"),
        ("Cửa Hội", "1.000", "22,0", "7.150"), ("Lạch Thơi", "300", "6,8", "2.270"),
        ("Tổng", "2.600", "54,5", "21.650")]

def num(s):
    return float(s.replace(".", "").replace(",", "."))

TABLE = []
for name, cap, area, visits in rows:
    lab = "tổng" if name == "Tổng" else f"khu neo đậu {name}"
    TABLE += [
        F(f"{name}\n{cap}\n", cap, num(cap), "count", "chiếc", f"sức chứa {lab}"),
        F(f"{cap}\n{area}\n", area, num(area), "measure", "ha", f"diện tích vùng nước {lab}"),
        F(f"{area}\n{visits}", visits, num(visits), "count", "lượt tàu", f"lượt tàu neo đậu {lab}", COL),
    ]

FIGS = [
    F("2023, 4 khu neo đậu", "4", 4, "count", "khu neo đậu", "khu neo đậu tránh trú bão", Y23),
    F("tiếp nhận 21.650 lượt tàu cá", "21.650", 21650, "count", "lượt tàu cá", "lượt tàu cá ra vào neo đậu", Y23,
      change=C("increase", 6.4, baseline="năm 2022")),
    F("có 4.380 lượt tàu", "4.380", 4380, "count", "lượt tàu", "lượt tàu vào tránh trú áp thấp nhiệt đới và gió mùa đông bắc",
      Y23, total=21650),
    F("đạt 91,5%", "91,5", 91.5, "percent", "%", "tỷ lệ tàu cá neo đậu đúng nơi quy định", I(Y23)),
] + TABLE + [
    F("khối lượng 96.000 m3", "96.000", 96000, "measure", "m3", "khối lượng nạo vét luồng Lạch Vạn",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("kinh phí 14,3 tỷ đồng", "14,3", 14300000000, "money", "đồng", "kinh phí nạo vét luồng Lạch Vạn",
      P("Trong năm", "2023-01-01", "2023-12-31")),
    F("từ 20.000 đến 80.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt", "mức thu phí neo đậu",
      value_max=80000),
    F("lên trên 95%", "95", 95, "percent", "%", "tỷ lệ tàu cá neo đậu đúng nơi quy định", Y24, approx="over",
      status="target"),
    F("dự kiến 120.000 m3", "120.000", 120000, "measure", "m3", "khối lượng nạo vét luồng Lạch Quèn", Y24,
      status="forecast"),
]

build("p992-7", TEXT, FIGS, location="Nghệ An", comments=[
    "Chi cục Thủy sản Nghệ An (department site): 2023 results of the 4 typhoon shelters. No dateline (no published); footer with",
    "address, phone/fax and a visit counter (page furniture). Table pasted one cell per line: header cells, then each row's cells.",
    "Table rows are shelters named after estuaries (Lạch Quèn, Lạch Vạn, Cửa Hội, Lạch Thơi), not provinces or districts, so they",
    "stay in the subject and the location is Nghệ An. Units from the header cells; only 'Lượt tàu neo đậu năm 2023' states a period.",
    "4.380 lượt after 'trong đó' is a part of 21.650 (same thing, same year). 91,5% stands in the next sentence: inherited 2023.",
    "'Trong năm' = 2023 (the year of the report). Target sentence: 'Mục tiêu năm 2024' → 95% target; 'khối lượng dự kiến 120.000 m3' forecast.",
    "Distractors: Nghị quyết số 18/2021/NQ-HĐND, Số 121 đường Lê Duẩn, phone and fax, Lượt truy cập 1.204.377, Đang trực tuyến 36.",
])
