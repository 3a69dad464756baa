"""p1203-3: formal report (UBND tỉnh Hải Dương), fruit vegetables 2023, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả sản xuất cây rau ăn quả năm 2023

Thực hiện Nghị quyết số 05-NQ/TU ngày 12/7/2021 của Tỉnh ủy, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Sản xuất
Năm 2023, toàn tỉnh gieo trồng 7.860 ha cây rau ăn quả (bí xanh, bí đỏ, dưa chuột, mướp đắng, su su), tăng 4,2% so với năm 2022; năng suất bình quân đạt 265 tạ/ha; sản lượng ước đạt 208.300 tấn. Giá trị sản xuất bình quân ước đạt 198,7 triệu đồng/ha. Nhiều mô hình đạt trên 400 triệu đồng/ha.

2. Diện tích một số cây rau ăn quả chủ lực
Đơn vị tính: ha
Địa phương | Bí xanh | Dưa chuột | Mướp đắng
Gia Lộc | 640 | 410 | 185
Cẩm Giàng | 520 | 370 | 140
Bình Giang | 380 | 290 | 120
Các địa phương khác | 1.310 | 960 | 455
Tổng cộng | 2.850 | 2.030 | 900

3. Liên kết tiêu thụ
Toàn tỉnh có 27 chuỗi liên kết sản xuất, tiêu thụ rau ăn quả với tổng diện tích 1.180 ha, chiếm 15% diện tích gieo trồng. Các doanh nghiệp đã bao tiêu khoảng 62.000 tấn sản phẩm, trong đó xuất khẩu 18.500 tấn dưa chuột bao tử sang Nhật Bản, EU.

II. NHIỆM VỤ NĂM 2024
Phấn đấu gieo trồng 8.000 ha cây rau ăn quả, sản lượng đạt 215.000 tấn; xây dựng thêm 5 chuỗi liên kết; cấp mới từ 10 đến 15 mã số vùng trồng phục vụ xuất khẩu.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT2.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H23 = P("I. KẾT QUẢ THỰC HIỆN NĂM 2023", "2023-01-01", "2023-12-31", inherited=True)
H24 = P("II. NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Bí xanh": "bí xanh", "Dưa chuột": "dưa chuột", "Mướp đắng": "mướp đắng"}
PLACES = {"Gia Lộc", "Cẩm Giàng", "Bình Giang"}


def cell(anchor, number, value, row, col):
    kw = {}
    if row in PLACES:
        subj = f"diện tích {COLS[col]}"
        kw["location"] = row
    else:
        subj = f"diện tích {COLS[col]} {row.lower()}"
    return F(anchor, number, value, "measure", "ha", subject=subj, period=H23, **kw)


FIGS = [
    F("gieo trồng 7.860 ha", "7.860", 7860, "measure", "ha", change=C("increase", 4.2, "%", "năm 2022"),
      subject="diện tích cây rau ăn quả gieo trồng", period=Y23),
    F("đạt 265 tạ/ha", "265", 265, "measure", "tạ/ha", subject="năng suất bình quân cây rau ăn quả", period=Y23),
    F("ước đạt 208.300 tấn", "208.300", 208300, "measure", "tấn", status="estimate",
      subject="sản lượng cây rau ăn quả", period=Y23),
    F("ước đạt 198,7 triệu", "198,7", 198700000, "money", "đồng/ha", status="estimate",
      subject="giá trị sản xuất bình quân cây rau ăn quả", period=I(Y23)),
    F("trên 400 triệu", "400", 400000000, "money", "đồng/ha", approx="over",
      subject="giá trị sản xuất của nhiều mô hình", period=I(Y23)),
    cell("Gia Lộc | 640", "640", 640, "Gia Lộc", "Bí xanh"),
    cell("640 | 410", "410", 410, "Gia Lộc", "Dưa chuột"),
    cell("410 | 185", "185", 185, "Gia Lộc", "Mướp đắng"),
    cell("Giàng | 520", "520", 520, "Cẩm Giàng", "Bí xanh"),
    cell("520 | 370", "370", 370, "Cẩm Giàng", "Dưa chuột"),
    cell("370 | 140", "140", 140, "Cẩm Giàng", "Mướp đắng"),
    cell("Bình Giang | 380", "380", 380, "Bình Giang", "Bí xanh"),
    cell("380 | 290", "290", 290, "Bình Giang", "Dưa chuột"),
    cell("290 | 120", "120", 120, "Bình Giang", "Mướp đắng"),
    cell("khác | 1.310", "1.310", 1310, "Các địa phương khác", "Bí xanh"),
    cell("1.310 | 960", "960", 960, "Các địa phương khác", "Dưa chuột"),
    cell("960 | 455", "455", 455, "Các địa phương khác", "Mướp đắng"),
    cell("Tổng cộng | 2.850", "2.850", 2850, "Tổng cộng", "Bí xanh"),
    cell("2.850 | 2.030", "2.030", 2030, "Tổng cộng", "Dưa chuột"),
    cell("2.030 | 900", "900", 900, "Tổng cộng", "Mướp đắng"),
    F("có 27 chuỗi", "27", 27, "count", "chuỗi liên kết",
      subject="chuỗi liên kết sản xuất, tiêu thụ rau ăn quả", period=H23),
    F("diện tích 1.180 ha", "1.180", 1180, "measure", "ha", percent=15,
      subject="tổng diện tích chuỗi liên kết sản xuất, tiêu thụ rau ăn quả", period=H23),
    F("khoảng 62.000 tấn", "62.000", 62000, "measure", "tấn", approx="about",
      subject="sản phẩm rau ăn quả doanh nghiệp bao tiêu", period=H23),
    F("xuất khẩu 18.500 tấn", "18.500", 18500, "measure", "tấn", total=62000,
      subject="dưa chuột bao tử xuất khẩu sang Nhật Bản, EU", period=H23),
    F("gieo trồng 8.000 ha", "8.000", 8000, "measure", "ha", status="target",
      subject="diện tích cây rau ăn quả gieo trồng", period=H24),
    F("đạt 215.000 tấn", "215.000", 215000, "measure", "tấn", status="target",
      subject="sản lượng cây rau ăn quả", period=H24),
    F("thêm 5 chuỗi", "5", 5, "count", "chuỗi liên kết", status="target",
      subject="chuỗi liên kết xây dựng thêm", period=H24),
    F("từ 10 đến 15 mã số", "10", 10, "count", "mã số vùng trồng", value_max=15, status="target",
      subject="mã số vùng trồng phục vụ xuất khẩu cấp mới", period=H24),
]

NOTES = [
    "Formal report: 'UBND TỈNH HẢI DƯƠNG', 'Số: 58/BC-UBND', 'Hải Dương, ngày 12 tháng 01 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: ha'; district rows (Gia Lộc, Cẩm Giàng, Bình Giang) give location, the column gives",
    "the crop (subject 'diện tích bí xanh'); 'Các địa phương khác' and 'Tổng cộng' rows are not places (location Hải Dương).",
    "Table and section-3 periods come from the section heading 'I. KẾT QUẢ THỰC HIỆN NĂM 2023' (inherited); section II targets",
    "from 'II. NHIỆM VỤ NĂM 2024' (inherited). 'Nhiều mô hình đạt trên 400 triệu' is a separate sentence without a cue: actual.",
    "Distractors: 'Số: 58/BC-UBND', 'Nghị quyết số 05-NQ/TU ngày 12/7/2021', section numbers I./II./1.-3., 'KT2'.",
]

if __name__ == "__main__":
    write("p1203-3", TEXT, NOTES, FIGS, published="2024-01-12", location="Hải Dương")
