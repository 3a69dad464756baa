"""p1230-3: formal report (UBND tỉnh Thanh Hóa) on areca growing in 2023, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THANH HÓA
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 20 tháng 02 năm 2024

BÁO CÁO
Tình hình phát triển cây cau trên địa bàn tỉnh năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
Năm 2023, toàn tỉnh trồng mới 415 ha cau, nâng tổng diện tích lên 4.126 ha, bằng 103,2% kế hoạch. Sản lượng cau quả tươi đạt 17.850 tấn, tăng 5,1% so với năm 2022; giá trị sản xuất ước đạt 412 tỷ đồng.

2. Diện tích cau theo địa phương
Đơn vị tính: ha
Địa phương | Tổng diện tích | Diện tích cho sản phẩm | Trồng mới năm 2023
Huyện Như Thanh | 1.215 | 980 | 132
Huyện Như Xuân | 846 | 702 | 75
Huyện Thạch Thành | 690 | 541 | 88
Huyện Ngọc Lặc | 502 | 420 | 46
Các huyện khác | 873 | 712 | 74
Tổng cộng | 4.126 | 3.355 | 415

3. Liên kết tiêu thụ
Toàn tỉnh có 12 doanh nghiệp, hợp tác xã thu mua, sơ chế cau, trong đó 3 cơ sở sấy cau xuất khẩu với công suất mỗi cơ sở từ 20 đến 30 tấn cau tươi/ngày. Giá cau tươi bình quân năm 2023 khoảng 18.500 đồng/kg, thấp hơn 42% so với năm 2022.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu trồng mới 300 ha cau; cấp 10 mã số vùng trồng với diện tích khoảng 450 ha; sản lượng cau quả tươi đạt 19.000 tấn trở lên.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- Sở NN&PTNT, Sở Công Thương;
- Lưu: VT, NN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23P = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Tổng diện tích": ("tổng diện tích cau", I(Y23)),
        "Diện tích cho sản phẩm": ("diện tích cau cho sản phẩm", I(Y23)),
        "Trồng mới năm 2023": ("diện tích cau trồng mới năm 2023", P("Trồng mới năm 2023", "2023-01-01", "2023-12-31"))}
PLACES = {"Huyện Như Thanh": "Như Thanh", "Huyện Như Xuân": "Như Xuân", "Huyện Thạch Thành": "Thạch Thành",
          "Huyện Ngọc Lặc": "Ngọc Lặc"}


def cell(anchor, number, row, col):
    subj, per = COLS[col]
    kw = {}
    if row in PLACES:
        kw["location"] = PLACES[row]
    else:
        subj = f"{subj} {row.lower()}"
    return F(anchor, number, float(number.replace(".", "")), "measure", "ha", subject=subj, period=per, **kw)


ROWS = [("Huyện Như Thanh", "1.215", "980", "132"), ("Huyện Như Xuân", "846", "702", "75"),
        ("Huyện Thạch Thành", "690", "541", "88"), ("Huyện Ngọc Lặc", "502", "420", "46"),
        ("Các huyện khác", "873", "712", "74"), ("Tổng cộng", "4.126", "3.355", "415")]
CELLS = []
for row, a, b, c in ROWS:
    short = row.split()[-1]
    CELLS += [cell(f"{short} | {a}", a, row, "Tổng diện tích"),
              cell(f"{short} | {a} | {b}", b, row, "Diện tích cho sản phẩm"),
              cell(f"{a} | {b} | {c}", c, row, "Trồng mới năm 2023")]

FIGS = [
    F("trồng mới 415 ha", "415", 415, "measure", "ha", subject="diện tích cau trồng mới", period=Y23),
    F("lên 4.126 ha", "4.126", 4126, "measure", "ha", percent=103.2, subject="tổng diện tích cau", period=Y23),
    F("đạt 17.850 tấn", "17.850", 17850, "measure", "tấn", change=C("increase", 5.1, "%", "năm 2022"),
      subject="sản lượng cau quả tươi", period=I(Y23)),
    F("ước đạt 412 tỷ", "412", 412000000000, "money", "đồng", status="estimate",
      subject="giá trị sản xuất cây cau", period=I(Y23)),
] + CELLS + [
    F("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp, hợp tác xã",
      subject="doanh nghiệp, hợp tác xã thu mua, sơ chế cau"),
    F("3 cơ sở", "3", 3, "count", "cơ sở", total=12, subject="cơ sở sấy cau xuất khẩu"),
    F("từ 20 đến 30 tấn", "20", 20, "measure", "tấn/ngày", value_max=30,
      subject="công suất mỗi cơ sở sấy cau xuất khẩu"),
    F("khoảng 18.500 đồng/kg", "18.500", 18500, "money", "đồng/kg", approx="about",
      change=C("decrease", 42, "%", "năm 2022"), subject="giá cau tươi bình quân", period=Y23P),
    F("trồng mới 300 ha", "300", 300, "measure", "ha", status="target", subject="diện tích cau trồng mới", period=Y24),
    F("cấp 10 mã số", "10", 10, "count", "mã số vùng trồng", status="target", subject="mã số vùng trồng được cấp",
      period=Y24),
    F("khoảng 450 ha", "450", 450, "measure", "ha", approx="about", status="target",
      subject="diện tích vùng trồng được cấp mã số", period=Y24),
    F("đạt 19.000 tấn", "19.000", 19000, "measure", "tấn", approx="at_least", status="target",
      subject="sản lượng cau quả tươi", period=Y24),
]

NOTES = [
    "revised after the first run: unit of 'từ 20 đến 30 tấn cau tươi/ngày' is 'tấn/ngày' (was 'tấn cau tươi/ngày'; the unit is the",
    "shortest phrase, the substance belongs to the subject, as in p1230-8 '10-12 tấn cau tươi' → tấn/ngày).",
    "Formal report under letterhead: 'UBND TỈNH THANH HÓA', 'Số: 58/BC-UBND', 'Thanh Hóa, ngày 20 tháng 02 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: ha', rows are districts (location) plus 'Các huyện khác' and 'Tổng cộng' (location Thanh Hóa,",
    "row label in the subject). Subject = caption indicator + column label. Columns without a year inherit 'năm 2023' from the",
    "title/section 1 (inherited); 'Trồng mới năm 2023' states its year in the header (scored). Columns add up (4.126 / 3.355 / 415);",
    "table cells get no total. Section II targets inherit 'PHƯƠNG HƯỚNG NĂM 2024' (heading). '19.000 tấn trở lên' → at_least.",
    "Distractors: Số: 58/BC-UBND, section numbers I./II./1.-3., 'Lưu: VT, NN', the date line.",
    "'trong đó 3 cơ sở sấy cau' follows '12 doanh nghiệp, hợp tác xã' (the same establishments): total 12.",
]

if __name__ == "__main__":
    write("p1230-3", TEXT, NOTES, FIGS, published="2024-02-20", location="Thanh Hóa")
