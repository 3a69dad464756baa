"""p606-3: formal report, Sở NN&PTNT Hà Giang — tea 9 months 2024, flattened '|' table, processing, export, OCOP, Q4 tasks."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HÀ GIANG
SỞ NÔNG NGHIỆP VÀ PTNT
Số: 1873/BC-SNN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Giang, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả sản xuất, chế biến chè 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Tổng diện tích chè toàn tỉnh ước đạt 21.960 ha, trong đó chè Shan tuyết 17.850 ha, chiếm 81,3%. Diện tích chè cho thu hoạch ước 19.420 ha. Kết quả một số chỉ tiêu chủ yếu:

Chỉ tiêu | ĐVT | TH 9 tháng 2023 | KH năm 2024 | Ước TH 9 tháng 2024
Trồng mới, trồng lại | ha | 245 | 400 | 318
Sản lượng chè búp tươi | tấn | 71.300 | 95.000 | 74.850
Sản lượng chè khô | tấn | 14.150 | 19.000 | 14.960
Chè có chứng nhận hữu cơ | ha | 3.420 | 4.000 | 3.880

2. Chế biến, tiêu thụ
Toàn tỉnh có 312 cơ sở chế biến chè, trong đó 46 cơ sở có công suất từ 10 tấn búp tươi/ngày trở lên. Ước 9 tháng, xuất khẩu được 4.230 tấn chè khô, kim ngạch 8,6 triệu USD, tăng 11,5% so với cùng kỳ. Có 78 sản phẩm chè được công nhận OCOP (chiếm 38,2% tổng số sản phẩm OCOP của tỉnh), tập trung tại các huyện Vị Xuyên (21 sản phẩm), Hoàng Su Phì (19 sản phẩm), Bắc Quang (15 sản phẩm).

II. NHIỆM VỤ QUÝ IV/2024
Tập trung thu hái vụ thu; phấn đấu cả năm sản lượng chè búp tươi đạt 96.000 tấn, vượt 1% kế hoạch; hoàn thiện hồ sơ đề nghị công nhận thêm 120 cây chè Shan tuyết cổ thụ là Cây Di sản Việt Nam.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, TT.
"""

Q9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
C23 = P("TH 9 tháng 2023", "2023-01-01", "2023-09-30")
K24 = P("KH năm 2024", "2024-01-01", "2024-12-31")
U24 = P("Ước TH 9 tháng 2024", "2024-01-01", "2024-09-30")


def row(label, unit, cells):
    out = []
    for (anchor, number, value), per, col, st in zip(cells, (C23, K24, U24),
                                                     ("TH 9 tháng 2023", "KH năm 2024", "Ước TH 9 tháng 2024"),
                                                     ("actual", "target", "estimate")):
        kw = {} if st == "actual" else {"status": st}
        out.append(F(anchor, number, value, "measure", unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("ước đạt 21.960 ha", "21.960", 21960, "measure", "ha", "tổng diện tích chè", Q9, status="estimate"),
    F("Shan tuyết 17.850 ha", "17.850", 17850, "measure", "ha", "diện tích chè Shan tuyết", Q9,
      total=21960, percent=81.3, status="estimate"),
    F("ước 19.420 ha", "19.420", 19420, "measure", "ha", "diện tích chè cho thu hoạch", Q9, status="estimate"),
    *row("Trồng mới, trồng lại", "ha", [("| 245 |", "245", 245), ("| 400 |", "400", 400), ("| 318", "318", 318)]),
    *row("Sản lượng chè búp tươi", "tấn", [("| 71.300 |", "71.300", 71300), ("| 95.000 |", "95.000", 95000),
                                          ("| 74.850", "74.850", 74850)]),
    *row("Sản lượng chè khô", "tấn", [("| 14.150 |", "14.150", 14150), ("| 19.000 |", "19.000", 19000),
                                     ("| 14.960", "14.960", 14960)]),
    *row("Chè có chứng nhận hữu cơ", "ha", [("| 3.420 |", "3.420", 3420), ("| 4.000 |", "4.000", 4000),
                                           ("| 3.880", "3.880", 3880)]),
    F("có 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở chế biến chè"),
    F("trong đó 46 cơ sở", "46", 46, "count", "cơ sở", "cơ sở có công suất từ 10 tấn búp tươi/ngày trở lên",
      total=312),
    F("từ 10 tấn búp tươi/ngày trở lên", "10", 10, "measure", "tấn búp tươi/ngày", "công suất",
      approx="at_least", optional=True),
    F("được 4.230 tấn", "4.230", 4230, "measure", "tấn", "chè khô xuất khẩu",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("kim ngạch 8,6 triệu USD", "8,6", 8.6e6, "money", "USD", "kim ngạch xuất khẩu chè",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("increase", 11.5, baseline="cùng kỳ"), status="estimate"),
    F("Có 78 sản phẩm", "78", 78, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP", percent=38.2),
    F("Vị Xuyên (21 sản phẩm)", "21", 21, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP",
      location="Vị Xuyên"),
    F("Hoàng Su Phì (19 sản phẩm)", "19", 19, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP",
      location="Hoàng Su Phì"),
    F("Bắc Quang (15 sản phẩm)", "15", 15, "count", "sản phẩm", "sản phẩm chè được công nhận OCOP",
      location="Bắc Quang"),
    F("đạt 96.000 tấn", "96.000", 96000, "measure", "tấn", "sản lượng chè búp tươi cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), change=CH("increase", 1, baseline="kế hoạch"), status="target"),
    F("thêm 120 cây", "120", 120, "count", "cây",
      "cây chè Shan tuyết cổ thụ đề nghị công nhận Cây Di sản Việt Nam", status="target"),
]

COMMENTS = [
    "Báo cáo Sở NN&PTNT Hà Giang (letterhead, 'Số: 1873/BC-SNN', 'Hà Giang, ngày 07 tháng 10 năm 2024'): chè 9 tháng năm 2024.",
    "Flattened '|' table (Chỉ tiêu | ĐVT | TH 9 tháng 2023 | KH năm 2024 | Ước TH 9 tháng 2024): every numeric cell is a figure; unit from",
    "the ĐVT column, period from the column header, KH -> target, Ước TH -> estimate; subject = row label + column label.",
    "Distractors: 'Số: 1873/BC-SNN', the date line, section numbers 'I.', '1.', '2.', 'II.', heading 'QUÝ IV/2024', 'Lưu: VT, TT'.",
    "17.850 ha is a part of 21.960 ha (trong đó) with its share 81,3%; 'Diện tích chè cho thu hoạch ước 19.420 ha' is its own sentence: no total.",
    "46 cơ sở is a part of 312 cơ sở; 'từ 10 tấn búp tươi/ngày trở lên' is a threshold (optional). District OCOP list after 'tập trung tại'",
    "gets no total (no cue, does not add up to 78). 'phấn đấu cả năm ... 96.000 tấn, vượt 1% kế hoạch': target, gap to plan as change;",
    "'cả năm' is 2024 (year of the nearest earlier period). Area stocks take the title's period as inherited.",
]

if __name__ == "__main__":
    emit("p606-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Hà Giang")
