"""p623-3: UBND tỉnh Ninh Bình formal report, mushroom scheme 9 months 2024, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 268/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án phát triển sản xuất nấm và sử dụng rơm rạ 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất nấm
9 tháng năm 2024, sản lượng nấm toàn tỉnh ước đạt 3.286 tấn, tăng 12,5% so với cùng kỳ, đạt 76,4% kế hoạch năm (kế hoạch 4.300 tấn). Giá trị sản xuất ước đạt 98,7 tỷ đồng.

Bảng 1. Kết quả sản xuất nấm 9 tháng năm 2024 theo địa phương
Địa phương | Số hộ trồng nấm (hộ) | Sản lượng nấm (tấn) | Rơm rạ thu gom (tấn)
Huyện Kim Sơn | 286 | 812 | 14.500
Huyện Yên Khánh | 214 | 640 | 11.200
Huyện Gia Viễn | 158 | 455 | 8.900
Huyện Hoa Lư | 97 | 268 | 5.150
Các địa phương còn lại | 305 | 1.111 | 16.350
Toàn tỉnh | 1.060 | 3.286 | 56.100

2. Thu gom, sử dụng rơm rạ
Lượng rơm rạ phát sinh 9 tháng khoảng 185.000 tấn; đã thu gom 56.100 tấn, đạt 30,3%; trong đó làm giá thể trồng nấm 21.400 tấn, làm thức ăn chăn nuôi 18.600 tấn, ủ phân hữu cơ 9.800 tấn.

3. Tổ chức sản xuất, liên kết
Đến 30/9/2024, toàn tỉnh có 19 HTX, 46 tổ hợp tác và 8 doanh nghiệp sản xuất, kinh doanh nấm; đã hình thành 11 chuỗi liên kết sản xuất, tiêu thụ nấm với 624 hộ tham gia, chiếm 58,9% số hộ trồng nấm. Thu nhập bình quân từ trồng nấm đạt 165 triệu đồng/hộ/năm.

II. NHIỆM VỤ QUÝ IV/2024
Dự kiến quý IV sản xuất thêm 1.050 tấn nấm, nâng sản lượng cả năm lên khoảng 4.336 tấn, vượt kế hoạch 0,8%.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN2.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9s = P("9 tháng", "2024-01-01", "2024-09-30")
AS = P("Đến 30/9/2024", None, "2024-09-30")
TBL = I(P("Bảng 1. Kết quả sản xuất nấm 9 tháng năm 2024", "2024-01-01", "2024-09-30"))

ROWS = [  # (label, location, subject-suffix, hộ, tấn nấm, tấn rơm)
    ("Huyện Kim Sơn | 286", "Kim Sơn", "", "286", "812", "14.500"),
    ("Huyện Yên Khánh | 214", "Yên Khánh", "", "214", "640", "11.200"),
    ("Huyện Gia Viễn | 158", "Gia Viễn", "", "158", "455", "8.900"),
    ("Huyện Hoa Lư | 97", "Hoa Lư", "", "97", "268", "5.150"),
    ("Các địa phương còn lại | 305", "Ninh Bình", " các địa phương còn lại", "305", "1.111", "16.350"),
    ("Toàn tỉnh | 1.060", "Ninh Bình", " toàn tỉnh", "1.060", "3.286", "56.100"),
]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("ước đạt 3.286 tấn", "3.286", 3286, "measure", "tấn", "sản lượng nấm toàn tỉnh", N9,
      change=CH("increase", 12.5, baseline="cùng kỳ"), percent=76.4, target=TG(4300, "tấn", False),
      status="estimate"),
    F("ước đạt 98,7 tỷ đồng", "98,7", 98.7e9, "money", "đồng", "giá trị sản xuất nấm", I(N9), status="estimate"),
]
for label, loc, suf, h, t, r in ROWS:
    row = label.split(" | ")[0]
    FIGS.append(F(f"{row} | {h} |", h, num(h), "count", "hộ", "Số hộ trồng nấm" + suf, TBL, location=loc))
    FIGS.append(F(f"| {h} | {t} |", t, num(t), "measure", "tấn", "Sản lượng nấm" + suf, TBL, location=loc))
    FIGS.append(F(f"| {t} | {r}\n", r, num(r), "measure", "tấn", "Rơm rạ thu gom" + suf, TBL, location=loc))

FIGS += [
    F("khoảng 185.000 tấn", "185.000", 185000, "measure", "tấn", "lượng rơm rạ phát sinh", N9s, approx="about"),
    F("thu gom 56.100 tấn", "56.100", 56100, "measure", "tấn", "rơm rạ đã thu gom", N9s, percent=30.3),
    F("nấm 21.400 tấn", "21.400", 21400, "measure", "tấn", "rơm rạ làm giá thể trồng nấm", N9s, total=56100),
    F("nuôi 18.600 tấn", "18.600", 18600, "measure", "tấn", "rơm rạ làm thức ăn chăn nuôi", N9s, total=56100),
    F("cơ 9.800 tấn", "9.800", 9800, "measure", "tấn", "rơm rạ ủ phân hữu cơ", N9s, total=56100),
    F("có 19 HTX", "19", 19, "count", "HTX", "HTX sản xuất, kinh doanh nấm", AS),
    F("46 tổ hợp tác", "46", 46, "count", "tổ hợp tác", "tổ hợp tác sản xuất, kinh doanh nấm", AS),
    F("8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", "doanh nghiệp sản xuất, kinh doanh nấm", AS),
    F("11 chuỗi liên kết", "11", 11, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất, tiêu thụ nấm", AS),
    F("với 624 hộ", "624", 624, "count", "hộ", "hộ tham gia chuỗi liên kết sản xuất, tiêu thụ nấm", AS,
      percent=58.9),
    F("đạt 165 triệu đồng/hộ/năm", "165", 165e6, "money", "đồng/hộ/năm", "thu nhập bình quân từ trồng nấm"),
    F("thêm 1.050 tấn", "1.050", 1050, "measure", "tấn", "sản lượng nấm sản xuất thêm",
      P("quý IV", "2024-10-01", "2024-12-31"), status="forecast"),
    F("khoảng 4.336 tấn", "4.336", 4336, "measure", "tấn", "sản lượng nấm cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="about", status="forecast",
      change=CH("increase", 0.8, baseline="kế hoạch")),
]

COMMENTS = [
    "UBND tỉnh Ninh Bình, Báo cáo số 268/BC-UBND ngày 08/10/2024: Đề án phát triển sản xuất nấm và sử dụng rơm rạ, 9 tháng năm 2024.",
    "Formal report: letterhead, place-and-date line (published), section numbers I./1./2./3./II., 'Bảng 1', 'Nơi nhận', 'Lưu: VT, NN2' are not figures.",
    "Flattened '|' table (units in the column headers): every cell a figure, subject = column label (+ row label when not a place),",
    "district rows go to location; 'Các địa phương còn lại' and 'Toàn tỉnh' rows are provincial. No 'Ước' column, so cells are actual;",
    "table periods come from the title line (inherited, unscored). Table cells get no total (no textual cue).",
    "'đạt 76,4% kế hoạch năm (kế hoạch 4.300 tấn)': percent 76,4 and target 4.300 (plan figure is an attribute, not a figure).",
    "'vượt kế hoạch 0,8%' is a change against the plan (FIGURES.md 'Result against plan'). 'Dự kiến' governs both Q4 figures (forecast).",
    "'Đến 30/9/2024' is an as-of period for the whole sentence (HTX ... 624 hộ).",
]

if __name__ == "__main__":
    emit("p623-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Ninh Bình")
