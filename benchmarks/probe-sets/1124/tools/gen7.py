"""p1124-7: department site (Chi cục ATVSTP Lâm Đồng), no dateline: sample testing for Tết Trung thu 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Hỏi đáp

Kết quả giám sát mẫu thực phẩm dịp Tết Trung thu năm 2024

Trong đợt cao điểm từ ngày 19/8 đến ngày 13/9/2024, Chi cục đã phối hợp với Trung tâm Y tế các huyện, thành phố lấy 210 mẫu thực phẩm để kiểm nghiệm, trong đó 196 mẫu đạt yêu cầu, chiếm 93,3%. Các mẫu không đạt tập trung ở bánh trung thu không nhãn và phẩm màu bán lẻ tại chợ Đà Lạt, chợ Bảo Lộc.

Kết quả kiểm nghiệm theo nhóm sản phẩm:
Đơn vị tính: mẫu
Nhóm sản phẩm
Số mẫu kiểm nghiệm
Số mẫu đạt
Số mẫu không đạt
Bánh trung thu
96
88
8
Nhân bánh, mứt
52
49
3
Phẩm màu, hương liệu
34
31
3
Dầu ăn, bơ
28
28
0
Tổng cộng
210
196
14

Trong số 14 mẫu không đạt, có 9 mẫu vượt giới hạn vi sinh vật, 5 mẫu chứa chất tạo ngọt hoặc phẩm màu ngoài danh mục được phép sử dụng. Chi cục đã chuyển kết quả cho các đoàn kiểm tra để xử lý theo quy định; 11 cơ sở bị phạt tiền với tổng số 68,5 triệu đồng.

Năm 2024, toàn tỉnh có 51 cơ sở sản xuất bánh trung thu, tập trung chủ yếu ở TP Đà Lạt (19 cơ sở) và TP Bảo Lộc (12 cơ sở). Trong quý III, Chi cục đã tập huấn kiến thức an toàn thực phẩm cho 430 người trực tiếp sản xuất, chế biến.

Tin liên quan:
- Tập huấn kiến thức an toàn thực phẩm lần thứ 2 năm 2024
- Tăng cường kiểm tra thực phẩm trước Tết Trung thu

CHI CỤC AN TOÀN VỆ SINH THỰC PHẨM TỈNH LÂM ĐỒNG
Địa chỉ: số 36 Trần Phú, Phường 4, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.415
Lượt truy cập: 1.204.377 | Đang online: 31
"""

CAMP = P("từ ngày 19/8 đến ngày 13/9/2024", "2024-08-19", "2024-09-13")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("Trong quý III", "2024-07-01", "2024-09-30")
COLS = ["Số mẫu kiểm nghiệm", "Số mẫu đạt", "Số mẫu không đạt"]
ROWS = [
    ("Bánh trung thu", ["96", "88", "8"]),
    ("Nhân bánh, mứt", ["52", "49", "3"]),
    ("Phẩm màu, hương liệu", ["34", "31", "3"]),
    ("Dầu ăn, bơ", ["28", "28", "0"]),
    ("Tổng cộng", ["210", "196", "14"]),
]
LIST = "cơ sở sản xuất bánh trung thu"


def table():
    out = []
    for label, vals in ROWS:
        prev = label
        for col, v in zip(COLS, vals):
            anchor = f"{prev}\n{v}\n"
            if label == "Tổng cộng" and col == COLS[2]:
                anchor += "\nTrong"
            if prev == v:  # '28\n28\n' would point at the first 28: anchor on the cell and the one after it
                anchor = f"{v}\n{vals[COLS.index(col) + 1]}\nTổng"
            out.append(F(anchor, v, int(v), "count", "mẫu", subject=f"{col} {label.lower()}", period=I(CAMP)))
            prev = v
    return out


FIGS = [
    F("lấy 210 mẫu", "210", 210, "count", "mẫu", subject="mẫu thực phẩm lấy để kiểm nghiệm", period=CAMP),
    F("trong đó 196 mẫu", "196", 196, "count", "mẫu", total=210, percent=93.3,
      subject="mẫu thực phẩm đạt yêu cầu", period=CAMP),
] + table() + [
    F("Trong số 14 mẫu", "14", 14, "count", "mẫu", optional=True,
      subject="mẫu không đạt", period=I(CAMP)),
    F("có 9 mẫu", "9", 9, "count", "mẫu", total=14, subject="mẫu vượt giới hạn vi sinh vật", period=I(CAMP)),
    F("5 mẫu chứa", "5", 5, "count", "mẫu", total=14,
      subject="mẫu chứa chất tạo ngọt hoặc phẩm màu ngoài danh mục được phép sử dụng", period=I(CAMP)),
    F("11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở bị phạt tiền", period=I(CAMP)),
    F("68,5 triệu", "68,5", 68500000, "money", "đồng", subject="tổng số tiền phạt", period=I(CAMP)),
    F("có 51 cơ sở", "51", 51, "count", "cơ sở", subject=LIST, period=Y24),
    F("(19 cơ sở)", "19", 19, "count", "cơ sở", subject=LIST, location="Đà Lạt", period=Y24),
    F("(12 cơ sở)", "12", 12, "count", "cơ sở", subject=LIST, location="Bảo Lộc", period=Y24),
    F("cho 430 người", "430", 430, "count", "người",
      subject="người trực tiếp sản xuất, chế biến được tập huấn kiến thức an toàn thực phẩm", period=Q3),
]

NOTES = [
    "Department site (Chi cục ATVSTP Lâm Đồng), no dateline: no published. Menu, related links, footer address, phone, counters.",
    "Distractors: 'lần thứ 2 năm 2024', 'số 36 Trần Phú, Phường 4', phone 0263.3822.415, 'Lượt truy cập: 1.204.377', 'Đang online: 31'.",
    "One-cell-per-line table, 'Đơn vị tính: mẫu': rows are product groups (not places) → subject = column label + row label;",
    "period inherited from the campaign dates of paragraph 1; the zero cell 'Dầu ăn, bơ / Số mẫu không đạt = 0' is a figure (every numeric cell).",
    "'Trong số 14 mẫu không đạt, có 9 mẫu ..., 5 mẫu ...' → total 14. District list '(19 cơ sở)', '(12 cơ sở)' after 'tập trung chủ yếu' → no total.",
    "'Trong quý III' (year-less) takes 2024 from the nearest earlier date.",
    "revised after the first run: the anchor of 'Dầu ăn, bơ / Số mẫu đạt = 28' pointed at the first 28 (the 'Số mẫu kiểm nghiệm' cell): re-anchored;",
    "'Trong số 14 mẫu không đạt' restates the table total and is the whole of 9 and 5: added as an optional figure (cf. shared h13 'Trong 25 chỉ tiêu').",
]

if __name__ == "__main__":
    write("p1124-7", TEXT, NOTES, FIGS, published=None, location="Lâm Đồng")
