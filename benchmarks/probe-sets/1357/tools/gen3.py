"""p1357-3: formal report (UBND tỉnh Bắc Ninh, Số: 196/BC-UBND): drink-shop inspections 9 months 2024, flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BẮC NINH
Số: 196/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn thực phẩm đối với cơ sở kinh doanh đồ uống pha chế 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
9 tháng năm 2024, các đoàn kiểm tra liên ngành và chuyên ngành đã kiểm tra 1.382 lượt cơ sở kinh doanh đồ uống pha chế, tăng 20,6% so với cùng kỳ năm 2023, bằng 92,1% kế hoạch năm. Số lượt cơ sở vi phạm là 154, chiếm 11,1%; đã xử phạt 98 cơ sở với tổng số tiền 412 triệu đồng, trong đó 23 cơ sở kinh doanh trà sữa bị phạt 126,5 triệu đồng.

Kết quả kiểm tra theo loại hình
Đơn vị tính: lượt cơ sở
Chỉ tiêu | 9 tháng 2023 | 9 tháng 2024 | So với cùng kỳ (%)
Tổng số lượt cơ sở được kiểm tra | 1.146 | 1.382 | 120,6
Trong đó: - Quán trà sữa | 418 | 563 | 134,7
- Quán cà phê, giải khát | 728 | 819 | 112,5
Số lượt cơ sở vi phạm | 167 | 154 | 92,2

2. Công tác giám sát, lấy mẫu
Trung tâm Kiểm soát bệnh tật tỉnh đã lấy 240 mẫu đồ uống, nguyên liệu pha chế và nước đá để xét nghiệm; kết quả có 19 mẫu không đạt (gồm 14 mẫu nước đá, 5 mẫu trà sữa), tỷ lệ mẫu không đạt là 7,9%. Trên địa bàn tỉnh không xảy ra vụ ngộ độc thực phẩm nào liên quan đến đồ uống pha chế.

II. NHIỆM VỤ QUÝ IV NĂM 2024
Phấn đấu kiểm tra thêm khoảng 400 lượt cơ sở, nâng tổng số lượt kiểm tra cả năm lên trên 1.780 lượt; lấy ít nhất 80 mẫu nước đá, trà sữa để giám sát trong quý IV.

Nơi nhận:
- Bộ Y tế (Cục An toàn thực phẩm);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

N24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = P("9 tháng 2023", "2023-01-01", "2023-09-30")
C24 = P("9 tháng 2024", "2024-01-01", "2024-09-30")
Q4 = P("trong quý IV", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

ROWS = [  # label, subject stem, (2023, 2024, %) , part of the Tổng số row?
    ("Tổng số lượt cơ sở được kiểm tra", "tổng số lượt cơ sở được kiểm tra", ("1.146", "1.382", "120,6"), False),
    ("Quán trà sữa", "quán trà sữa", ("418", "563", "134,7"), True),
    ("Quán cà phê, giải khát", "quán cà phê, giải khát", ("728", "819", "112,5"), True),
    ("Số lượt cơ sở vi phạm", "số lượt cơ sở vi phạm", ("167", "154", "92,2"), False),
]
TOTALS = {"9 tháng 2023": 1146, "9 tháng 2024": 1382}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, stem, (a, b, r), part in ROWS:
    for n, col, per in ((a, "9 tháng 2023", C23), (b, "9 tháng 2024", C24)):
        kw = {"total": TOTALS[col]} if part else {}
        CELLS.append(F(f"| {n} |", n, num(n), "count", "lượt cơ sở", subject=f"{stem} {col}", period=per, **kw))
    CELLS.append(F(f"| {r}\n", r, num(r), "percent", "%", subject=f"{stem} so với cùng kỳ", period=I(N24)))

FIGS = [
    F("kiểm tra 1.382 lượt", "1.382", 1382, "count", "lượt cơ sở", percent=92.1,
      change=C("increase", 20.6, "%", "cùng kỳ năm 2023"),
      subject="lượt cơ sở kinh doanh đồ uống pha chế được kiểm tra", period=N24),
    F("là 154,", "154", 154, "count", "lượt cơ sở", percent=11.1, subject="số lượt cơ sở vi phạm", period=I(N24)),
    F("xử phạt 98 cơ sở", "98", 98, "count", "cơ sở", subject="cơ sở bị xử phạt", period=I(N24)),
    F("tiền 412 triệu", "412", 412e6, "money", "đồng", subject="tổng số tiền xử phạt", period=I(N24)),
    F("đó 23 cơ sở", "23", 23, "count", "cơ sở", total=98,
      subject="cơ sở kinh doanh trà sữa bị phạt", period=I(N24)),
    F("phạt 126,5 triệu", "126,5", 126.5e6, "money", "đồng", total=412e6,
      subject="tiền phạt cơ sở kinh doanh trà sữa", period=I(N24)),
] + CELLS + [
    F("lấy 240 mẫu", "240", 240, "count", "mẫu",
      subject="mẫu đồ uống, nguyên liệu pha chế và nước đá lấy để xét nghiệm", period=I(N24)),
    F("có 19 mẫu", "19", 19, "count", "mẫu", subject="mẫu không đạt", period=I(N24)),
    F("gồm 14 mẫu", "14", 14, "count", "mẫu", total=19, subject="mẫu nước đá không đạt", period=I(N24)),
    F("5 mẫu trà sữa", "5", 5, "count", "mẫu", total=19, subject="mẫu trà sữa không đạt", period=I(N24)),
    F("là 7,9%", "7,9", 7.9, "percent", "%", subject="tỷ lệ mẫu không đạt", period=I(N24)),
    F("khoảng 400 lượt", "400", 400, "count", "lượt cơ sở", approx="about", status="target",
      subject="lượt cơ sở kiểm tra thêm", period=Q4),
    F("trên 1.780 lượt", "1.780", 1780, "count", "lượt", approx="over", status="target",
      subject="tổng số lượt kiểm tra cả năm", period=YEAR),
    F("ít nhất 80 mẫu", "80", 80, "count", "mẫu", approx="at_least", status="target",
      subject="mẫu nước đá, trà sữa lấy để giám sát", period=Q4),
]

NOTES = [
    "Formal report (UBND TỈNH BẮC NINH, Số: 196/BC-UBND, 'Bắc Ninh, ngày 08 tháng 10 năm 2024'), sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: 196/BC-UBND, the letterhead date, section numbers I./II./1./2., 'cùng kỳ năm 2023', '9 tháng năm 2024' in the title, 'Lưu: VT, KGVX'.",
    "1.382 lượt: change 20,6% (tăng … so với cùng kỳ) and percent 92,1 (bằng … kế hoạch năm).",
    "'… 98 cơ sở với tổng số tiền 412 triệu đồng, trong đó 23 cơ sở … bị phạt 126,5 triệu đồng': each part takes the whole that counts",
    "the same thing (23 → 98 cơ sở, 126,5 triệu → 412 triệu).",
    "Flattened '|' table, 'Đơn vị tính: lượt cơ sở': period from the column headers '9 tháng 2023', '9 tháng 2024' (scored).",
    "The 'Trong đó:' sub-rows are parts of the 'Tổng số' row in the same column: total 1.146 / 1.382 (a choice: the spec's trong đó rule read for a table).",
    "'So với cùng kỳ (%)' cells are percent figures; their header has no period, so the report's '9 tháng năm 2024' is inherited (not scored).",
    "'có 19 mẫu không đạt (gồm 14 …, 5 …)' → total 19; 19 itself has no part-of cue to 240. 'tỷ lệ mẫu không đạt là 7,9%' is its own percent figure.",
    "Section II: 'Phấn đấu' governs the whole sentence (target); 400 and 80 belong to quý IV (named in the sentence), 1.780 to 'cả năm' 2024.",
]

if __name__ == "__main__":
    write("p1357-3", TEXT, NOTES, FIGS, published="2024-10-08", location="Bắc Ninh")
