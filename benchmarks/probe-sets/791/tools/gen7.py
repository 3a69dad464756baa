"""p791-7: department site (Chi cục Trồng trọt và BVTV Nghệ An), no dateline, one-cell-per-line table, footer."""
from lib import F, P, I, C, T, emit

ROWS = [("Lúa", ["49.120", "59.760", "66.000"]),
        ("Ngô", ["3.260", "4.150", "5.500"]),
        ("Mía", ["2.910", "3.840", "5.000"]),
        ("Cây trồng khác", ["990", "700", "1.500"]),
        ("Tổng số", ["56.280", "68.450", "78.000"])]
COLS = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("năm 2024", P("Năm 2024", "2024-01-01", "2024-12-31"), "actual"),
        ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]

TABLE = "\n".join(["Cây trồng", "Năm 2023", "Năm 2024", "Kế hoạch 2025"]
                  + [x for label, cells in ROWS for x in [label] + cells])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NGHỆ AN
CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả ứng dụng thiết bị bay phòng trừ sinh vật gây hại năm 2024

Năm 2024, diện tích cây trồng được phun thuốc bằng thiết bị bay trên địa bàn tỉnh đạt 68.450 lượt ha, tăng 21,6% so với năm 2023, trong đó lúa chiếm 87,3%. Các huyện có diện tích lớn là Yên Thành, Diễn Châu và Quỳnh Lưu với lần lượt 14.200, 11.850 và 9.760 lượt ha.

Toàn tỉnh hiện có 97 thiết bị bay của 41 tổ chức, cá nhân cung cấp dịch vụ; 134 người được cấp chứng chỉ điều khiển. Giá dịch vụ phun trên lúa từ 40.000 đến 50.000 đồng/ha, trên mía 70.000 đồng/ha.

Năm 2025, Chi cục phấn đấu mở 5 lớp huấn luyện với khoảng 150 học viên; dự kiến thí điểm gieo sạ bằng thiết bị bay cho 500 ha lúa tại huyện Nghi Lộc.

Diện tích phun thuốc bằng thiết bị bay theo cây trồng
Đơn vị tính: lượt ha
""" + TABLE + """

Chi cục Trồng trọt và Bảo vệ thực vật Nghệ An
Địa chỉ: số 4 Nguyễn Thái Học, TP Vinh, Nghệ An
Điện thoại: 0238.3844.172 - Fax: 0238.3844.173
Lượt truy cập: 1.284.509 | Đang trực tuyến: 37
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
AREA = "diện tích phun thuốc bằng thiết bị bay"


def table():
    out = []
    for label, cells in ROWS:
        prev = label
        for (col, per, status), cell in zip(COLS, cells):
            extra = {"status": status} if status != "actual" else {}
            out.append(F(f"{prev}\n{cell}", cell, int(cell.replace(".", "")), "measure", "lượt ha",
                         f"{label} {col}", per, **extra))
            prev = cell
    return out


FIGS = [
    F("đạt 68.450 lượt ha", "68.450", 68450, "measure", "lượt ha",
      "diện tích cây trồng được phun thuốc bằng thiết bị bay", Y24, change=C("increase", 21.6, "%", "năm 2023")),
    F("lúa chiếm 87,3%", "87,3", 87.3, "percent", "%", "lúa trong diện tích phun thuốc bằng thiết bị bay", Y24),
    F("lần lượt 14.200", "14.200", 14200, "measure", "lượt ha", AREA, I(Y24), location="Yên Thành"),
    F("14.200, 11.850", "11.850", 11850, "measure", "lượt ha", AREA, I(Y24), location="Diễn Châu"),
    F("và 9.760 lượt ha", "9.760", 9760, "measure", "lượt ha", AREA, I(Y24), location="Quỳnh Lưu"),
    F("hiện có 97 thiết bị bay", "97", 97, "count", "thiết bị bay", "thiết bị bay"),
    F("của 41 tổ chức", "41", 41, "count", "tổ chức, cá nhân", "tổ chức, cá nhân cung cấp dịch vụ"),
    F("; 134 người", "134", 134, "count", "người", "người được cấp chứng chỉ điều khiển"),
    F("từ 40.000 đến 50.000 đồng/ha", "40.000", 40000, "money", "đồng/ha", "giá dịch vụ phun trên lúa",
      value_max=50000),
    F("mía 70.000 đồng/ha", "70.000", 70000, "money", "đồng/ha", "giá dịch vụ phun trên mía"),
    F("mở 5 lớp", "5", 5, "count", "lớp", "lớp huấn luyện", Y25, status="target"),
    F("khoảng 150 học viên", "150", 150, "count", "học viên", "học viên các lớp huấn luyện", Y25, approx="about",
      status="target"),
    F("cho 500 ha", "500", 500, "measure", "ha", "diện tích lúa thí điểm gieo sạ bằng thiết bị bay", Y25,
      status="forecast", location="Nghi Lộc"),
] + table()

NOTES = [
    "Chi cục Trồng trọt và BVTV Nghệ An (department site): no dateline, so no published date; footer address, phone, counter.",
    "The header names Nghệ An ('TỈNH NGHỆ AN'), so 'trên địa bàn tỉnh' is Nghệ An. 'trong đó lúa chiếm 87,3%' is a share",
    "of a part (rice) with no rice figure stated: a percent figure of its own. 'lần lượt 14.200, 11.850 và 9.760 lượt ha':",
    "all three share the unit of the last item and the indicator of the sentence before (inherited period).",
    "One-cell-per-line table (Đơn vị tính: lượt ha): periods from column headers; 'Kế hoạch 2025' -> status target.",
    "'Năm 2025 ... phấn đấu' governs the 5 lớp and 150 học viên; 'dự kiến' makes the pilot 500 ha a forecast (Nghi Lộc).",
    "Distractors: số 4 Nguyễn Thái Học, 0238.3844.172/173, Lượt truy cập 1.284.509, Đang trực tuyến 37.",
]

emit("p791-7", TEXT, FIGS, NOTES, location="Nghệ An")
