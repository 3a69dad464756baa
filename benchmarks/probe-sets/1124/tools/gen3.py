"""p1124-3: formal report (UBND tỉnh Thái Bình), food-safety checks for Tết Trung thu 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 05 tháng 10 năm 2023

BÁO CÁO
Kết quả kiểm tra an toàn thực phẩm dịp Tết Trung thu năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
Thực hiện Kế hoạch số 142/KH-BCĐ ngày 28/8/2023, từ ngày 01/9 đến ngày 30/9/2023, toàn tỉnh thành lập 9 đoàn kiểm tra liên ngành tuyến tỉnh, tuyến huyện; kiểm tra 612 cơ sở, đạt 102% kế hoạch; phát hiện 57 cơ sở vi phạm, xử phạt 41 cơ sở với số tiền 214,5 triệu đồng, bằng 107% so với cùng kỳ năm 2022.

2. Kết quả theo địa bàn
Đơn vị tính: cơ sở
Địa bàn | Số cơ sở được kiểm tra | Số cơ sở vi phạm | Số cơ sở bị xử phạt
TP Thái Bình | 148 | 17 | 13
Huyện Vũ Thư | 96 | 9 | 7
Huyện Kiến Xương | 102 | 8 | 5
Huyện Hưng Hà | 87 | 6 | 4
Các huyện còn lại | 179 | 17 | 12
Tổng cộng | 612 | 57 | 41

3. Lấy mẫu, kiểm nghiệm
Các đoàn đã lấy 75 mẫu bánh trung thu, nhân bánh gửi kiểm nghiệm, trong đó 71 mẫu đạt, 4 mẫu không đạt chỉ tiêu vi sinh vật (chiếm 5,3%); test nhanh 296 mẫu thực phẩm, tất cả đều đạt. Tiêu hủy 620 chiếc bánh trung thu không nhãn mác và 85 kg nguyên liệu không rõ nguồn gốc.

4. Tình hình sản xuất
Toàn tỉnh có 64 cơ sở sản xuất bánh trung thu, sản lượng ước đạt 410 tấn, tăng khoảng 8% so với năm 2022; giá bánh phổ biến từ 40.000 đến 95.000 đồng/chiếc.

II. NHIỆM VỤ NĂM 2024
Phấn đấu 100% cơ sở sản xuất bánh trung thu được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm; mỗi huyện, thành phố lấy ít nhất 10 mẫu bánh trung thu để giám sát.

Nơi nhận:
- Bộ Y tế (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

SEP = P("từ ngày 01/9 đến ngày 30/9/2023", "2023-09-01", "2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = ["Số cơ sở được kiểm tra", "Số cơ sở vi phạm", "Số cơ sở bị xử phạt"]
ROWS = [  # label, location, values, anchor prefix
    ("TP Thái Bình", "Thái Bình", ["148", "17", "13"], "Bình"),
    ("Huyện Vũ Thư", "Vũ Thư", ["96", "9", "7"], "Thư"),
    ("Huyện Kiến Xương", "Kiến Xương", ["102", "8", "5"], "Xương"),
    ("Huyện Hưng Hà", "Hưng Hà", ["87", "6", "4"], "Hà"),
    ("Các huyện còn lại", "Thái Bình", ["179", "17", "12"], "lại"),
    ("Tổng cộng", "Thái Bình", ["612", "57", "41"], "Tổng cộng"),
]


def table():
    out = []
    for label, loc, vals, head in ROWS:
        prev = head
        for col, v in zip(COLS, vals):
            subj = col if label in ("TP Thái Bình",) or label.startswith("Huyện") else f"{col} {label.lower()}"
            out.append(F(f"{prev} | {v}", v, int(v), "count", "cơ sở", subject=subj, period=I(SEP), location=loc))
            prev = v
    return out


FIGS = [
    F("thành lập 9 đoàn", "9", 9, "count", "đoàn kiểm tra liên ngành",
      subject="đoàn kiểm tra liên ngành tuyến tỉnh, tuyến huyện", period=SEP),
    F("kiểm tra 612 cơ sở", "612", 612, "count", "cơ sở", percent=102,
      subject="cơ sở được kiểm tra an toàn thực phẩm", period=SEP),
    F("phát hiện 57 cơ sở", "57", 57, "count", "cơ sở", subject="cơ sở vi phạm", period=SEP),
    F("xử phạt 41 cơ sở", "41", 41, "count", "cơ sở", subject="cơ sở bị xử phạt", period=SEP),
    F("tiền 214,5 triệu", "214,5", 214500000, "money", "đồng", percent=107,
      subject="số tiền xử phạt", period=SEP),
] + table() + [
    F("lấy 75 mẫu", "75", 75, "count", "mẫu",
      subject="mẫu bánh trung thu, nhân bánh gửi kiểm nghiệm", period=I(SEP)),
    F("71 mẫu", "71", 71, "count", "mẫu", total=75, subject="mẫu bánh trung thu, nhân bánh đạt", period=I(SEP)),
    F("4 mẫu không đạt", "4", 4, "count", "mẫu", total=75, percent=5.3,
      subject="mẫu bánh trung thu, nhân bánh không đạt chỉ tiêu vi sinh vật", period=I(SEP)),
    F("test nhanh 296 mẫu", "296", 296, "count", "mẫu", subject="mẫu thực phẩm test nhanh", period=I(SEP)),
    F("Tiêu hủy 620 chiếc", "620", 620, "count", "chiếc bánh trung thu",
      subject="bánh trung thu không nhãn mác bị tiêu hủy", period=I(SEP)),
    F("85 kg", "85", 85, "measure", "kg", subject="nguyên liệu không rõ nguồn gốc bị tiêu hủy", period=I(SEP)),
    F("có 64 cơ sở", "64", 64, "count", "cơ sở", subject="cơ sở sản xuất bánh trung thu", period=Y23),
    F("ước đạt 410 tấn", "410", 410, "measure", "tấn", status="estimate",
      change=C("increase", 8, "%", "năm 2022", approx="about"), subject="sản lượng bánh trung thu", period=Y23),
    F("từ 40.000 đến 95.000", "40.000", 40000, "money", "đồng/chiếc", value_max=95000,
      subject="giá bánh trung thu phổ biến", period=Y23),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="cơ sở sản xuất bánh trung thu được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", period=Y24),
    F("ít nhất 10 mẫu", "10", 10, "count", "mẫu", approx="at_least", status="target",
      subject="mẫu bánh trung thu mỗi huyện, thành phố lấy để giám sát", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH THÁI BÌNH', 'Số: 318/BC-UBND', 'Thái Bình, ngày 05 tháng 10 năm 2023' (published), sections, 'Nơi nhận'.",
    "Distractors: 'Số: 318/BC-UBND', 'Kế hoạch số 142/KH-BCĐ ngày 28/8/2023', section numbers I./II./1.-4., 'Lưu: VT, KGVX'.",
    "'đạt 102% kế hoạch' is the share of 612 (percent); 'bằng 107% so với cùng kỳ năm 2022' the share of 214,5 triệu (percent).",
    "Flattened '|' table, 'Đơn vị tính: cơ sở': row labels are places → location (TP Thái Bình → Thái Bình), subject = column label;",
    "'Các huyện còn lại' and 'Tổng cộng' are not places: subject = column + row label, location the province. Cells get no totals.",
    "Table period: the campaign dates of section 1 (inherited). '4 mẫu không đạt ... (chiếm 5,3%)' → total 75 and percent 5,3.",
    "Section 4 has no period in its sentence: 'năm 2023' of the title, inherited. Section II heading 'NHIỆM VỤ NĂM 2024' gives the targets' period (inherited).",
]

if __name__ == "__main__":
    write("p1124-3", TEXT, NOTES, FIGS, published="2023-10-05", location="Thái Bình")
