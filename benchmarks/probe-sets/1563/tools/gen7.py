"""p1563-7: department site (Chi cục Kiểm lâm Đắk Lắk), no dateline: registered songbird farms, one-cell-per-line table by species."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CHI CỤC KIỂM LÂM TỈNH ĐẮK LẮK
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Quản lý cơ sở nuôi chim cảnh thuộc loài hoang dã thông thường

Thực hiện Nghị định số 06/2019/NĐ-CP và Nghị định số 84/2021/NĐ-CP, Chi cục Kiểm lâm đã hướng dẫn các tổ chức, cá nhân nuôi chim cảnh đăng ký mã số cơ sở nuôi. Năm 2024, toàn tỉnh cấp mới mã số cho 74 cơ sở, nâng tổng số cơ sở nuôi chim được quản lý lên 412 cơ sở, chủ yếu tại TP Buôn Ma Thuột và huyện Krông Pắc.

Số cá thể chim nuôi được đăng ký theo loài
Đơn vị tính: cá thể
Loài
Năm 2023
Năm 2024
So với cùng kỳ (%)
Chào mào
3.860
4.512
116,9
Họa mi
1.245
1.318
105,9
Chích chòe than
640
702
109,7
Khướu bạc má
315
296
94,0
Tổng số
6.060
6.828
112,7

Qua kiểm tra 128 cơ sở, lực lượng kiểm lâm phát hiện 9 cơ sở nuôi chim không rõ nguồn gốc, xử phạt 43,5 triệu đồng, tịch thu 57 cá thể chim để thả về rừng. Dự kiến năm 2025, Chi cục tổ chức 6 lớp tập huấn cho khoảng 300 chủ cơ sở nuôi.

Tin khác:
- Tập huấn nghiệp vụ phòng cháy, chữa cháy rừng năm 2024
- Hội nghị tổng kết công tác quản lý, bảo vệ rừng

CHI CỤC KIỂM LÂM TỈNH ĐẮK LẮK
Địa chỉ: 15 Lê Duẩn, TP Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.614
Lượt truy cập: 1.204.337 | Đang truy cập: 29
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2023", C23, "count"), ("năm 2024", Y24, "count"), ("so với cùng kỳ", None, "percent")]
ROWS = [("Chào mào", ["3.860", "4.512", "116,9"]), ("Họa mi", ["1.245", "1.318", "105,9"]),
        ("Chích chòe than", ["640", "702", "109,7"]), ("Khướu bạc má", ["315", "296", "94,0"]),
        ("Tổng số", ["6.060", "6.828", "112,7"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, kind), n in zip(COLS, nums):
        v = float(n.replace(".", "").replace(",", "."))
        unit = "%" if kind == "percent" else "cá thể"
        CELLS.append(fig(f"{prev}\n{n}", n, v, kind, unit,
                         subject=f"cá thể chim nuôi được đăng ký {label.lower()} {col}", period=p))
        prev = n

FIGS = [
    fig("cho 74 cơ sở", "74", 74, "count", "cơ sở", subject="cơ sở được cấp mới mã số", period=Y24),
    fig("lên 412 cơ sở", "412", 412, "count", "cơ sở", subject="tổng số cơ sở nuôi chim được quản lý",
        period=Y24),
] + CELLS + [
    fig("kiểm tra 128 cơ sở", "128", 128, "count", "cơ sở", subject="cơ sở được kiểm tra"),
    fig("phát hiện 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở nuôi chim không rõ nguồn gốc"),
    fig("phạt 43,5 triệu", "43,5", 43.5e6, "money", "đồng", subject="tiền xử phạt"),
    fig("tịch thu 57 cá thể", "57", 57, "count", "cá thể", subject="cá thể chim tịch thu"),
    fig("tổ chức 6 lớp", "6", 6, "count", "lớp", status="forecast", subject="lớp tập huấn", period=Y25),
    fig("khoảng 300 chủ", "300", 300, "count", "chủ cơ sở", approx="about", status="forecast",
        subject="chủ cơ sở nuôi được tập huấn", period=Y25),
]

NOTES = [
    "Department site (Chi cục Kiểm lâm tỉnh Đắk Lắk), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: Nghị định số 06/2019/NĐ-CP and 84/2021/NĐ-CP, '15 Lê Duẩn', phone 0262.3852.614, counters 1.204.337 and 29, 'năm 2024' in a link.",
    "'cấp mới mã số cho 74 cơ sở, nâng tổng số ... lên 412 cơ sở, chủ yếu tại TP Buôn Ma Thuột và huyện Krông Pắc': province-wide (Đắk Lắk);",
    "  the whole follows the part with no part-of cue, so 74 has no total.",
    "One-cell-per-line table, 'Đơn vị tính: cá thể': year cells are counts in cá thể with the column year as period;",
    "  'So với cùng kỳ (%)' cells are percent figures of their own (every cell is a figure), no period. Cells carry no totals.",
    "'Qua kiểm tra 128 cơ sở, ... phát hiện 9 cơ sở': no part-of cue, no total; no period in that sentence.",
    "'Dự kiến năm 2025 ...' → forecast for 6 lớp and khoảng 300 chủ cơ sở.",
]

if __name__ == "__main__":
    write("p1563-7", TEXT, NOTES, FIGS, location="Đắk Lắk")
