"""p1350-7: department site (Sở GTVT Bắc Giang), no dateline: road-surface repairs 2023 by district, one-cell-per-line table."""
from lib import F, P, I, C, T, write

ROWS = [("Huyện Lạng Giang", "Lạng Giang", ["12,4", "14,8", "119,4", "16,0"]),
        ("Huyện Lục Nam", "Lục Nam", ["9,6", "8,2", "85,4", "10,5"]),
        ("Huyện Tân Yên", "Tân Yên", ["7,5", "9,0", "120,0", "9,5"]),
        ("Huyện Yên Dũng", "Yên Dũng", ["6,3", "7,6", "120,6", "8,0"]),
        ("Tổng số", "Bắc Giang", ["35,8", "39,6", "110,6", "44,0"])]
COLS = ["Năm 2022", "Năm 2023", "So với cùng kỳ (%)", "Kế hoạch 2024"]

TABLE = "\n".join(["Địa bàn"] + COLS + [x for label, _, nums in ROWS for x in [label] + nums])

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH BẮC GIANG
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp | Liên hệ

Năm 2023 sửa chữa gần 40 km mặt đường tỉnh

Bắc Giang hiện có 21 tuyến đường tỉnh với tổng chiều dài 468,5 km. Năm 2023, Sở Giao thông vận tải đã sửa chữa 39,6 km mặt đường trên các tuyến đường tỉnh, vượt 3,6 km so với kế hoạch; vá 6.820 m2 ổ gà, tổng kinh phí 54,3 tỷ đồng. Các tuyến ĐT.293, ĐT.295B và ĐT.398 hiện có lưu lượng trên 5.000 xe/ngày đêm nên mặt đường xuống cấp nhanh.

Chiều dài mặt đường tỉnh được sửa chữa theo địa bàn
Đơn vị tính: km
""" + TABLE + """

Năm 2024, Sở đặt mục tiêu sửa chữa 44 km mặt đường tỉnh, vá khoảng 7.000 m2 ổ gà, ưu tiên các đoạn qua khu dân cư, trường học. Đường dây nóng tiếp nhận phản ánh hư hỏng mặt đường: 0204.3854.290.

Tin cùng chuyên mục:
- Thông báo hạn chế tải trọng cầu trên ĐT.398
- Kết quả đánh giá chỉ số cải cách hành chính năm 2023

SỞ GIAO THÔNG VẬN TẢI TỈNH BẮC GIANG
Địa chỉ: Số 52 đường Nguyễn Văn Cừ, phường Ngô Quyền, TP Bắc Giang
Lượt truy cập: 1.204.557 | Đang trực tuyến: 23
"""

PER = {"Năm 2022": (P("Năm 2022", "2022-01-01", "2022-12-31"), None),
       "Năm 2023": (P("Năm 2023", "2023-01-01", "2023-12-31"), None),
       "So với cùng kỳ (%)": (I(P("Năm 2023", "2023-01-01", "2023-12-31")), None),
       "Kế hoạch 2024": (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")}
IND = "chiều dài mặt đường tỉnh được sửa chữa"

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        per, st = PER[col]
        v = float(n.replace(",", "."))
        row = "tổng số " if label == "Tổng số" else ""
        if col.startswith("So với"):
            CELLS.append(F(f"{prev}\n{n}", n, v, "percent", "%", f"{row}{IND} so với cùng kỳ", per, location=place))
        else:
            CELLS.append(F(f"{prev}\n{n}", n, v, "measure", "km", f"{row}{IND} {col.lower()}", per, location=place,
                           status=st))
        prev = n

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("gần 40 km", "40", 40, "measure", "km", "mặt đường tỉnh sửa chữa", P("Năm 2023", "2023-01-01", "2023-12-31"),
      approx="nearly"),
    F("có 21 tuyến", "21", 21, "count", "tuyến", "tuyến đường tỉnh"),
    F("dài 468,5 km", "468,5", 468.5, "measure", "km", "tổng chiều dài đường tỉnh"),
    F("chữa 39,6 km", "39,6", 39.6, "measure", "km", "mặt đường trên các tuyến đường tỉnh đã sửa chữa", Y23,
      change=C("increase", 3.6, "km", "kế hoạch")),
    F("vá 6.820 m2", "6.820", 6820, "measure", "m2", "ổ gà đã vá", Y23),
    F("phí 54,3 tỷ", "54,3", 54.3e9, "money", "đồng", "tổng kinh phí sửa chữa mặt đường", Y23),
    F("trên 5.000 xe", "5.000", 5000, "measure", "xe/ngày đêm", "lưu lượng các tuyến ĐT.293, ĐT.295B và ĐT.398",
      approx="over"),
] + CELLS + [
    F("chữa 44 km", "44", 44, "measure", "km", "mặt đường tỉnh sửa chữa", Y24, status="target"),
    F("khoảng 7.000 m2", "7.000", 7000, "measure", "m2", "ổ gà vá", Y24, approx="about", status="target"),
]

NOTES = [
    "Department site (Sở GTVT Bắc Giang), no dateline: menu, related links, footer address, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: ĐT.293, ĐT.295B, ĐT.398 (twice), phone 0204.3854.290, 'năm 2023' in a link title, 'Số 52 đường Nguyễn Văn Cừ',",
    "counters 1.204.557 and 23. Headline 'Năm 2023 ... gần 40 km' is its own figure (nearly).",
    "'vượt 3,6 km so với kế hoạch' → change increase 3,6 km, baseline kế hoạch (a gap to the plan).",
    "'hiện có lưu lượng trên 5.000 xe/ngày đêm' → measure, rate unit, over, no period ('hiện').",
    "One-cell-per-line table, 'Đơn vị tính: km', a place column: districts → location, 'Tổng số' row → Bắc Giang;",
    "subject = caption indicator + column; 'Kế hoạch 2024' → target; 'So với cùng kỳ (%)' cells are percent figures",
    "(header without a year: period năm 2023 from the table's logic, inherited). Cells get no total.",
    "'Năm 2024, Sở đặt mục tiêu ...' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1350-7", TEXT, NOTES, FIGS, location="Bắc Giang")
