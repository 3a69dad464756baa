"""p1490-3: formal report (Sở KH&CN Thanh Hóa): quality inspections of microwave and electric ovens 2024, flattened '|' table."""
from lib import F, P, inh, ch, tg, write

TEXT = """UBND TỈNH THANH HÓA
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 1468/BC-SKHCN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thanh Hóa, ngày 26 tháng 12 năm 2024

BÁO CÁO
Kết quả kiểm tra chất lượng lò vi sóng, lò nướng điện lưu thông trên thị trường năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kiểm tra, lấy mẫu thử nghiệm
Thực hiện Kế hoạch số 112/KH-SKHCN ngày 15/3/2024, trong năm 2024 Đoàn kiểm tra liên ngành đã kiểm tra 148 cơ sở kinh doanh lò vi sóng, lò nướng điện, tăng 21 cơ sở so với năm 2023; lấy 36/30 mẫu theo kế hoạch để gửi thử nghiệm tại Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1, trong đó 5 mẫu không đạt yêu cầu về an toàn điện, chiếm 13,9%.

2. Số cơ sở được kiểm tra theo địa bàn
Đơn vị tính: cơ sở
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TP Thanh Hóa | 64 | 75 | 117,2
TP Sầm Sơn | 18 | 22 | 122,2
Thị xã Bỉm Sơn | 15 | 16 | 106,7
Các huyện còn lại | 30 | 35 | 116,7
Tổng cộng | 127 | 148 | 116,5

3. Xử lý vi phạm
Đoàn đã xử phạt vi phạm hành chính 9 cơ sở với tổng số tiền 126,5 triệu đồng; tạm giữ 214 chiếc lò vi sóng, lò nướng không rõ nguồn gốc, trị giá khoảng 190 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2025
Năm 2025, Sở phấn đấu kiểm tra ít nhất 160 cơ sở, lấy không dưới 40 mẫu để thử nghiệm; 100% cơ sở được kiểm tra được hướng dẫn về ghi nhãn hàng hóa theo Nghị định số 43/2017/NĐ-CP.

Nơi nhận:
- Bộ Khoa học và Công nghệ (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, TĐC.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Thịnh
"""

Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "cơ sở được kiểm tra"

# (row label as written, location, subject prefix, cells)
ROWS = [
    ("TP Thanh Hóa", "TP Thanh Hóa", "", ["64", "75", "117,2"]),
    ("TP Sầm Sơn", "Sầm Sơn", "", ["18", "22", "122,2"]),
    ("Thị xã Bỉm Sơn", "Bỉm Sơn", "", ["15", "16", "106,7"]),
    ("Các huyện còn lại", "Thanh Hóa", "các huyện còn lại ", ["30", "35", "116,7"]),
    ("Tổng cộng", "Thanh Hóa", "tổng cộng ", ["127", "148", "116,5"]),
]
CELLS = []
for label, loc, pre, nums in ROWS:
    a23, a24, apc = nums
    CELLS.append(F(f"{label} | {a23} |", a23, float(a23), "count", "cơ sở",
                   subject=f"{pre}{SUBJ} năm 2023".strip(), period=C23, location=loc))
    CELLS.append(F(f"| {a23} | {a24} |", a24, float(a24), "count", "cơ sở",
                   subject=f"{pre}{SUBJ} năm 2024".strip(), period=C24, location=loc))
    CELLS.append(F(f"| {a24} | {apc}", apc, float(apc.replace(",", ".")), "percent", "%",
                   subject=f"{pre}{SUBJ} so với cùng kỳ".strip(), location=loc))

FIGS = [
    F("kiểm tra 148 cơ sở", "148", 148, "count", "cơ sở", change=ch("increase", 21, "cơ sở", "năm 2023"),
      subject="cơ sở kinh doanh lò vi sóng, lò nướng điện được kiểm tra", period=Y24),
    F("lấy 36/30 mẫu", "36", 36, "count", "mẫu", target=tg(30, "mẫu"),
      subject="mẫu lấy để gửi thử nghiệm", period=Y24),
    F("trong đó 5 mẫu", "5", 5, "count", "mẫu", total=36, percent=13.9,
      subject="mẫu không đạt yêu cầu về an toàn điện", period=Y24),
] + CELLS + [
    F("phạt vi phạm hành chính 9 cơ sở", "9", 9, "count", "cơ sở",
      subject="cơ sở bị xử phạt vi phạm hành chính", period=inh(Y24)),
    F("tiền 126,5 triệu", "126,5", 126.5e6, "money", "đồng", subject="tổng số tiền xử phạt", period=inh(Y24)),
    F("tạm giữ 214 chiếc", "214", 214, "count", "chiếc",
      subject="lò vi sóng, lò nướng không rõ nguồn gốc bị tạm giữ", period=inh(Y24)),
    F("khoảng 190 triệu", "190", 190e6, "money", "đồng", approx="about",
      subject="trị giá hàng tạm giữ", period=inh(Y24)),
    F("ít nhất 160 cơ sở", "160", 160, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở được kiểm tra", period=Y25),
    F("không dưới 40 mẫu", "40", 40, "count", "mẫu", approx="at_least", status="target",
      subject="mẫu lấy để thử nghiệm", period=Y25),
    F("100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở được kiểm tra được hướng dẫn về ghi nhãn hàng hóa", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Thanh Hóa / Sở KH&CN, Số: 1468/BC-SKHCN, 26/12/2024): inspections of microwave and electric ovens; flattened '|' table by area.",
    "Distractors: 'Số: 1468/BC-SKHCN', 'Kế hoạch số 112/KH-SKHCN ngày 15/3/2024', 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1', 'Nghị định số 43/2017/NĐ-CP', section numbers I./II./1.-3., letterhead date.",
    "'lấy 36/30 mẫu theo kế hoạch': the second number is the plan, so target 30, not a total. 'trong đó 5 mẫu ..., chiếm 13,9%': total 36, percent 13,9.",
    "Table: the row label is a place (TP Thanh Hóa, Sầm Sơn, Bỉm Sơn) → location; 'Các huyện còn lại' and 'Tổng cộng' stay in the subject with location Thanh Hóa.",
    "'So với cùng kỳ (%)' column: percent figures without period (the header names none) and without status cue (actual).",
    "Section 3 figures inherit 'trong năm 2024' (other sentence). Section II: 'phấn đấu' governs both clauses after ';' → target; 'ít nhất' and 'không dưới' → at_least.",
]

if __name__ == "__main__":
    write("p1490-3", TEXT, NOTES, FIGS, published="2024-12-26", location="Thanh Hóa")
