"""p1208-7: department site (Sở LĐ-TB&XH Bến Tre), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẾN TRE
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Bến Tre quan tâm cải thiện nhà ở cho gia đình người có công

Bến Tre hiện có hơn 62.000 người có công với cách mạng, trong đó 5.870 người đang hưởng trợ cấp ưu đãi hằng tháng. Từ năm 2021 đến nay, tỉnh đã xây mới, sửa chữa 1.146 căn nhà tình nghĩa với tổng kinh phí gần 58 tỷ đồng.

Kết quả xây mới, sửa chữa nhà tình nghĩa giai đoạn 2022-2024:
Đơn vị tính: căn
Nội dung
Năm 2022
Năm 2023
Ước thực hiện năm 2024
Xây mới
86
104
120
Sửa chữa
142
165
180
Tổng số
228
269
300

Trong 6 tháng đầu năm, Quỹ Đền ơn đáp nghĩa tỉnh tiếp nhận 3,6 tỷ đồng, đạt 72% kế hoạch; đã trao 48 căn nhà, mỗi căn được hỗ trợ từ 50 đến 80 triệu đồng.

Tại xã An Thới, huyện Mỏ Cày Nam, ông Lê Văn Tư (thương binh 1/4) vừa nhận căn nhà mới rộng 48 m2. Quỹ Đền ơn đáp nghĩa hỗ trợ 80 triệu đồng, Đoàn Thanh niên xã góp hơn 30 ngày công. Cũng tại huyện này, một doanh nghiệp chế biến dừa đã nhận xây tặng 5 căn nhà tình nghĩa, mỗi căn trị giá khoảng 75 triệu đồng.

Mục tiêu đến năm 2025, 100% hộ người có công trên địa bàn tỉnh có nhà ở ổn định, bảo đảm chất lượng.

Bài viết liên quan:
- Hội nghị tập huấn công tác người có công lần thứ 2
- Thăm, tặng quà gia đình chính sách nhân dịp 27/7

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẾN TRE
Địa chỉ: Số 252A Nguyễn Đình Chiểu, phường 8, TP Bến Tre
Điện thoại: 0275.3822.476
Tổng lượt truy cập: 2.046.118 | Đang trực tuyến: 37
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
H1 = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
BY25 = P("đến năm 2025", None, "2025-12-31")
MCN = "Mỏ Cày Nam"


def cell(anchor, number, value, row, col):
    per = {"Năm 2022": Y22, "Năm 2023": Y23, "Ước thực hiện năm 2024": E24}[col]
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return F(anchor, number, value, "count", "căn",
             subject=f"nhà tình nghĩa {row.lower()} {col.lower()}", period=per, **kw)


COLS = ["Năm 2022", "Năm 2023", "Ước thực hiện năm 2024"]
ROWS = [("Xây mới", ["86", "104", "120"]), ("Sửa chữa", ["142", "165", "180"]), ("Tổng số", ["228", "269", "300"])]
TABLE = []
for row, nums in ROWS:
    prev = row
    for col, num in zip(COLS, nums):
        TABLE.append(cell(f"{prev}\n{num}\n", num, float(num), row, col))
        prev = num

FIGS = [
    F("hơn 62.000 người", "62.000", 62000, "count", "người có công", approx="over",
      subject="người có công với cách mạng"),
    F("5.870 người", "5.870", 5870, "count", "người", total=62000,
      subject="người có công đang hưởng trợ cấp ưu đãi hằng tháng"),
    F("1.146 căn", "1.146", 1146, "count", "căn nhà tình nghĩa",
      subject="căn nhà tình nghĩa xây mới, sửa chữa", period=SINCE),
    F("gần 58 tỷ", "58", 58000000000, "money", "đồng", approx="nearly",
      subject="tổng kinh phí xây mới, sửa chữa nhà tình nghĩa", period=SINCE),
] + TABLE + [
    F("tiếp nhận 3,6 tỷ", "3,6", 3600000000, "money", "đồng", percent=72,
      subject="Quỹ Đền ơn đáp nghĩa tỉnh tiếp nhận", period=H1),
    F("trao 48 căn", "48", 48, "count", "căn nhà", subject="căn nhà đã trao", period=H1),
    F("từ 50 đến 80 triệu", "50", 50000000, "money", "đồng/căn", value_max=80000000,
      subject="mức hỗ trợ mỗi căn", period=H1),
    F("rộng 48 m2", "48", 48, "measure", "m2", subject="diện tích căn nhà mới của ông Lê Văn Tư", location=MCN),
    F("hỗ trợ 80 triệu", "80", 80000000, "money", "đồng", subject="Quỹ Đền ơn đáp nghĩa hỗ trợ", location=MCN),
    F("hơn 30 ngày công", "30", 30, "count", "ngày công", approx="over",
      subject="ngày công Đoàn Thanh niên xã góp", location=MCN),
    F("tặng 5 căn", "5", 5, "count", "căn nhà tình nghĩa",
      subject="căn nhà tình nghĩa doanh nghiệp chế biến dừa nhận xây tặng", location=MCN),
    F("khoảng 75 triệu", "75", 75000000, "money", "đồng/căn", approx="about",
      subject="trị giá mỗi căn nhà tình nghĩa", location=MCN),
    F("100% hộ", "100", 100, "percent", "%", status="target",
      subject="hộ người có công có nhà ở ổn định, bảo đảm chất lượng", period=BY25),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Bến Tre), NO dateline: published absent; related links, footer address, phone, counters.",
    "'Từ năm 2021 đến nay' with no published date → start 2021-01-01, end null.",
    "One-cell-per-line table, 'Đơn vị tính: căn'; subject = indicator + row label + column label; period from the column header;",
    "'Ước thực hiện năm 2024' column → status estimate. 'Tổng số' row cells are figures; cells carry no totals.",
    "'Trong 6 tháng đầu năm' takes 2024 from the nearest earlier period (the column header 'Ước thực hiện năm 2024').",
    "'5.870 người' after 'trong đó' → total 62.000. Passage in xã An Thới, huyện Mỏ Cày Nam (and 'Cũng tại huyện này') → Mỏ Cày Nam.",
    "Distractors: 'giai đoạn 2022-2024', 'thương binh 1/4' (a grade), 'lần thứ 2', '27/7', 'Số 252A', 'phường 8', phone, counters.",
    "'Mục tiêu đến năm 2025, 100% …' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1208-7", TEXT, NOTES, FIGS, location="Bến Tre")
