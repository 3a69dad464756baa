"""p1163-3: formal report (UBND tỉnh Yên Bái), wood pellet output 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH YÊN BÁI
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 20 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất viên nén gỗ và tận dụng phụ phẩm chế biến gỗ năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất, tiêu thụ
Năm 2024, toàn tỉnh có 11 nhà máy sản xuất viên nén gỗ đang hoạt động, tổng công suất thiết kế 265.000 tấn/năm. Sản lượng viên nén đạt 198.400 tấn, bằng 105,3% kế hoạch, tăng 14,2% so với năm 2023; giá trị xuất khẩu ước đạt 24,6 triệu USD.

2. Sản lượng viên nén theo địa phương
Đơn vị tính: tấn
Địa phương | Năm 2023 | Năm 2024
Huyện Văn Yên | 61.200 | 70.500
Huyện Trấn Yên | 48.300 | 52.100
Huyện Yên Bình | 33.700 | 41.800
Các địa phương khác | 30.500 | 34.000
Tổng cộng | 173.700 | 198.400

3. Nguyên liệu
Các nhà máy đã thu mua khoảng 340.000 tấn mùn cưa, dăm bào, gỗ vụn từ trên 600 cơ sở chế biến gỗ, trong đó mùn cưa chiếm khoảng 45%. Giá thu mua bình quân 1.050 đồng/kg, tạo thêm thu nhập cho chủ xưởng và hộ trồng rừng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng viên nén đạt 220.000 tấn; kêu gọi đầu tư thêm 2 nhà máy có công suất từ 30.000 tấn/năm trở lên tại các huyện vùng nguyên liệu.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NLN.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
PLACES = {"Huyện Văn Yên": "Văn Yên", "Huyện Trấn Yên": "Trấn Yên", "Huyện Yên Bình": "Yên Bình"}


def cell(anchor, number, value, row, col):
    per = {"Năm 2023": Y23, "Năm 2024": Y24}[col]
    if row in PLACES:
        return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng viên nén {col.lower()}",
                 period=per, location=PLACES[row])
    return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng viên nén {row.lower()} {col.lower()}",
             period=per)


FIGS = [
    F("có 11 nhà máy", "11", 11, "count", "nhà máy", subject="nhà máy sản xuất viên nén gỗ đang hoạt động",
      period=Y24),
    F("265.000 tấn/năm", "265.000", 265000, "measure", "tấn/năm",
      subject="tổng công suất thiết kế nhà máy sản xuất viên nén gỗ", period=Y24),
    F("đạt 198.400 tấn", "198.400", 198400, "measure", "tấn", percent=105.3,
      change=C("increase", 14.2, "%", "năm 2023"), subject="sản lượng viên nén", period=I(Y24)),
    F("ước đạt 24,6 triệu USD", "24,6", 24.6e6, "money", "USD", status="estimate",
      subject="giá trị xuất khẩu viên nén", period=I(Y24)),
    cell("Văn Yên | 61.200", "61.200", 61200, "Huyện Văn Yên", "Năm 2023"),
    cell("61.200 | 70.500", "70.500", 70500, "Huyện Văn Yên", "Năm 2024"),
    cell("Trấn Yên | 48.300", "48.300", 48300, "Huyện Trấn Yên", "Năm 2023"),
    cell("48.300 | 52.100", "52.100", 52100, "Huyện Trấn Yên", "Năm 2024"),
    cell("Yên Bình | 33.700", "33.700", 33700, "Huyện Yên Bình", "Năm 2023"),
    cell("33.700 | 41.800", "41.800", 41800, "Huyện Yên Bình", "Năm 2024"),
    cell("khác | 30.500", "30.500", 30500, "Các địa phương khác", "Năm 2023"),
    cell("30.500 | 34.000", "34.000", 34000, "Các địa phương khác", "Năm 2024"),
    cell("Tổng cộng | 173.700", "173.700", 173700, "Tổng cộng", "Năm 2023"),
    cell("173.700 | 198.400", "198.400", 198400, "Tổng cộng", "Năm 2024"),
    F("khoảng 340.000 tấn", "340.000", 340000, "measure", "tấn", approx="about",
      subject="mùn cưa, dăm bào, gỗ vụn các nhà máy thu mua", period=I(Y24)),
    F("trên 600 cơ sở", "600", 600, "count", "cơ sở", approx="over",
      subject="cơ sở chế biến gỗ bán nguyên liệu cho nhà máy viên nén", period=I(Y24)),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", approx="about",
      subject="tỷ trọng mùn cưa trong nguyên liệu thu mua", period=I(Y24)),
    F("1.050 đồng/kg", "1.050", 1050, "money", "đồng/kg", subject="giá thu mua bình quân mùn cưa, dăm bào",
      period=I(Y24)),
    F("đạt 220.000 tấn", "220.000", 220000, "measure", "tấn", status="target",
      subject="sản lượng viên nén", period=T25),
    F("thêm 2 nhà máy", "2", 2, "count", "nhà máy", status="target",
      subject="nhà máy viên nén kêu gọi đầu tư thêm", period=T25),
    F("từ 30.000 tấn/năm", "30.000", 30000, "measure", "tấn/năm", approx="at_least", status="target",
      subject="công suất nhà máy kêu gọi đầu tư", period=T25),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH YÊN BÁI, 'Số: 58/BC-UBND', 'Yên Bái, ngày 20 tháng 01 năm 2025' (published).",
    "Flattened '|' table, 'Đơn vị tính: tấn'; rows are districts (location) plus 'Các địa phương khác' and 'Tổng cộng' (province);",
    "cell subject = caption indicator + column label (+ row label when not a place); period from the column header (scored). No totals on cells.",
    "Distractors: 'Số: 58/BC-UBND', section numbers I./II./1.-3., the date line, 'Nơi nhận', 'b/c'. 'mùn cưa chiếm khoảng 45%' is a percent figure of its own.",
    "'từ 30.000 tấn/năm trở lên' = at least. Section II heading 'NHIỆM VỤ NĂM 2025' gives the target period (inherited: a heading line).",
]

if __name__ == "__main__":
    write("p1163-3", TEXT, NOTES, FIGS, published="2025-01-20", location="Yên Bái")
