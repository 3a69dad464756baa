"""p1219-7: department site (Sở TN&MT Thừa Thiên Huế), no dateline; budget revenue from titanium mining,
table written one cell per line."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THỪA THIÊN HUẾ
Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả thu ngân sách từ khai thác khoáng sản titan

Thừa Thiên Huế hiện có 5 doanh nghiệp khai thác sa khoáng titan tại các huyện Phong Điền, Quảng Điền và Phú Vang, với tổng diện tích được cấp phép khoảng 620 ha. Năm 2023, các doanh nghiệp khai thác 32.600 tấn khoáng vật nặng, tăng 9,4% so với năm 2022, sử dụng gần 400 lao động.

Kết quả nộp ngân sách từ hoạt động khai thác titan:
Đơn vị tính: triệu đồng
Khoản thu
Năm 2022
Năm 2023
Kế hoạch 2024
Tiền cấp quyền khai thác
12.480
13.960
15.000
Thuế tài nguyên
9.350
10.720
11.500
Phí bảo vệ môi trường
2.140
2.385
2.500
Tổng cộng
23.970
27.065
29.000

Riêng 6 tháng đầu năm 2024, các doanh nghiệp đã nộp 14.230 triệu đồng, đạt 49,1% kế hoạch năm. Tỷ lệ diện tích đã hoàn thổ trên diện tích đã khai thác đạt khoảng 68%; tổng số tiền ký quỹ phục hồi môi trường lũy kế hơn 21 tỷ đồng. Tại huyện Phú Vang, các doanh nghiệp đã trồng lại 35 ha rừng phi lao trên diện tích sau khai thác, mật độ 2.500 cây/ha.

Tin liên quan:
- Tập huấn Luật Địa chất và Khoáng sản cho cán bộ cấp xã
- Công bố Quyết định số 1520/QĐ-UBND về khu vực cấm hoạt động khoáng sản

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THỪA THIÊN HUẾ
Địa chỉ: 22 Tôn Đức Thắng, TP Huế | ĐT: 0234.3822.654
Tổng lượt truy cập: 2.764.109 | Đang online: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Tiền cấp quyền khai thác", ["12.480", "13.960", "15.000"]),
        ("Thuế tài nguyên", ["9.350", "10.720", "11.500"]),
        ("Phí bảo vệ môi trường", ["2.140", "2.385", "2.500"]),
        ("Tổng cộng", ["23.970", "27.065", "29.000"])]


def table():
    out = []
    for row, cells in ROWS:
        left = row
        for (col, per, status), c in zip(COLS, cells):
            kw = {"status": status} if status != "actual" else {}
            subj = f"{row.lower()} nộp ngân sách {col.lower()}" if row == "Tổng cộng" else f"{row.lower()} {col.lower()}"
            out.append(F(f"{left}\n{c}", c, int(c.replace(".", "")) * 1_000_000, "money", "đồng",
                         subject=subj, period=per, **kw))
            left = c
    return out


FIGS = [
    F("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
      subject="doanh nghiệp khai thác sa khoáng titan"),
    F("khoảng 620 ha", "620", 620, "measure", "ha", approx="about",
      subject="tổng diện tích được cấp phép khai thác titan"),
    F("khai thác 32.600 tấn", "32.600", 32600, "measure", "tấn",
      change=C("increase", 9.4, "%", "năm 2022"),
      subject="khoáng vật nặng các doanh nghiệp khai thác", period=Y23),
    F("gần 400 lao động", "400", 400, "count", "lao động", approx="nearly",
      subject="lao động các doanh nghiệp khai thác titan sử dụng", period=Y23),
] + table() + [
    F("nộp 14.230 triệu", "14.230", 14230000000, "money", "đồng", percent=49.1,
      subject="ngân sách các doanh nghiệp khai thác titan nộp", period=H1),
    F("khoảng 68%", "68", 68, "percent", "%", approx="about",
      subject="tỷ lệ diện tích đã hoàn thổ trên diện tích đã khai thác"),
    F("hơn 21 tỷ", "21", 21000000000, "money", "đồng", approx="over",
      subject="tổng số tiền ký quỹ phục hồi môi trường lũy kế"),
    F("lại 35 ha", "35", 35, "measure", "ha",
      subject="rừng phi lao trồng lại trên diện tích sau khai thác", location="Phú Vang"),
    F("2.500 cây/ha", "2.500", 2500, "measure", "cây/ha",
      subject="mật độ trồng rừng phi lao", location="Phú Vang"),
]

NOTES = [
    "Department site (Sở TN&MT Thừa Thiên Huế), no dateline: budget revenue from titanium mining. Related links, footer address, phone, counters.",
    "Table written one cell per line: 'Đơn vị tính: triệu đồng' (×10^6, unit đồng), items × Năm 2022 / Năm 2023 / Kế hoạch 2024, 'Tổng cộng' row.",
    "Cells: subject = row label + column label; period from the column header (scored); 'Kế hoạch 2024' → status target. No totals in tables.",
    "Distractors: Quyết định số 1520/QĐ-UBND, '22 Tôn Đức Thắng', phone 0234.3822.654, 'Tổng lượt truy cập: 2.764.109', 'Đang online: 41'.",
    "No published date. '14.230 triệu đồng, đạt 49,1% kế hoạch năm' → percent 49.1. Phú Vang passage → location Phú Vang.",
    "'hiện có 5 doanh nghiệp … khoảng 620 ha' and the unperiodised ratio / deposit sentence get no period.",
]

if __name__ == "__main__":
    write("p1219-7", TEXT, NOTES, FIGS, location="Thừa Thiên Huế")
