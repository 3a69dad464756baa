"""p1213-3: formal report (UBND tỉnh Phú Thọ), veneer and plywood 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH PHÚ THỌ
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày 28 tháng 12 năm 2023

BÁO CÁO
Tình hình sản xuất, chế biến ván bóc, gỗ dán từ gỗ rừng trồng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Nguyên liệu
Năm 2023, sản lượng gỗ rừng trồng khai thác ước đạt 1.120.000 m3, bằng 101,8% kế hoạch, tăng 6,4% so với năm 2022; trong đó gỗ keo chiếm khoảng 78%.

2. Chế biến
Toàn tỉnh có 2.165 cơ sở chế biến gỗ, trong đó 96 doanh nghiệp. Sản lượng ván bóc, gỗ dán theo địa bàn như sau:
Đơn vị tính: m3
Huyện, thị xã | Ván bóc | Gỗ dán
Thanh Sơn | 186.400 | 21.300
Yên Lập | 124.800 | 9.600
Hạ Hòa | 98.500 | 14.200
Đoan Hùng | 87.300 | 12.700
Các địa phương khác | 142.600 | 35.900
Tổng cộng | 639.600 | 93.700
Giá ván bóc bình quân đạt 2,45 triệu đồng/m3, giảm 8,2% so với năm 2022; giá trị xuất khẩu gỗ dán của các doanh nghiệp đạt 41,6 triệu USD.

II. TỒN TẠI
Khoảng 30% xưởng bóc ván hộ gia đình chưa có hệ thống xử lý bụi, tiếng ồn; nhiều xưởng nằm xen trong khu dân cư dọc Quốc lộ 32.

III. NHIỆM VỤ NĂM 2024
Phấn đấu sản lượng gỗ khai thác đạt 1,2 triệu m3; di dời 45 xưởng bóc ván ra khỏi khu dân cư; tỷ lệ diện tích rừng trồng có chứng chỉ FSC đạt 15%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN3.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T23 = per("năm 2023", "2023-01-01", "2023-12-31", inherited=True)   # report title
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Ván bóc": "sản lượng ván bóc", "Gỗ dán": "sản lượng gỗ dán"}


def cell(anchor, number, value, row, col):
    kw = {}
    if row in ("Các địa phương khác", "Tổng cộng"):
        subject = f"{COLS[col]} {row.lower()}"
    else:
        subject, kw["location"] = COLS[col], row
    return fig(anchor, number, value, "measure", "m3", subject=subject, period=T23, **kw)


FIGS = [
    fig("ước đạt 1.120.000 m3", "1.120.000", 1120000, "measure", "m3", percent=101.8,
        change=chg("increase", 6.4, "%", "năm 2022"), status="estimate",
        subject="sản lượng gỗ rừng trồng khai thác", period=Y23),
    fig("chiếm khoảng 78%", "78", 78, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng gỗ keo trong sản lượng gỗ rừng trồng khai thác", period=Y23),
    fig("có 2.165 cơ sở", "2.165", 2165, "count", "cơ sở", subject="cơ sở chế biến gỗ"),
    fig("96 doanh nghiệp", "96", 96, "count", "doanh nghiệp", total=2165, subject="doanh nghiệp chế biến gỗ"),
    cell("Thanh Sơn | 186.400", "186.400", 186400, "Thanh Sơn", "Ván bóc"),
    cell("186.400 | 21.300", "21.300", 21300, "Thanh Sơn", "Gỗ dán"),
    cell("Yên Lập | 124.800", "124.800", 124800, "Yên Lập", "Ván bóc"),
    cell("124.800 | 9.600", "9.600", 9600, "Yên Lập", "Gỗ dán"),
    cell("Hạ Hòa | 98.500", "98.500", 98500, "Hạ Hòa", "Ván bóc"),
    cell("98.500 | 14.200", "14.200", 14200, "Hạ Hòa", "Gỗ dán"),
    cell("Đoan Hùng | 87.300", "87.300", 87300, "Đoan Hùng", "Ván bóc"),
    cell("87.300 | 12.700", "12.700", 12700, "Đoan Hùng", "Gỗ dán"),
    cell("khác | 142.600", "142.600", 142600, "Các địa phương khác", "Ván bóc"),
    cell("142.600 | 35.900", "35.900", 35900, "Các địa phương khác", "Gỗ dán"),
    cell("Tổng cộng | 639.600", "639.600", 639600, "Tổng cộng", "Ván bóc"),
    cell("639.600 | 93.700", "93.700", 93700, "Tổng cộng", "Gỗ dán"),
    fig("đạt 2,45 triệu", "2,45", 2.45e6, "money", "đồng/m3", change=chg("decrease", 8.2, "%", "năm 2022"),
        subject="giá ván bóc bình quân", period=T23),
    fig("đạt 41,6 triệu USD", "41,6", 41.6e6, "money", "USD",
        subject="giá trị xuất khẩu gỗ dán của các doanh nghiệp", period=T23),
    fig("Khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="xưởng bóc ván hộ gia đình chưa có hệ thống xử lý bụi, tiếng ồn"),
    fig("đạt 1,2 triệu m3", "1,2", 1.2e6, "measure", "m3", status="target",
        subject="sản lượng gỗ khai thác", period=Y24),
    fig("di dời 45 xưởng", "45", 45, "count", "xưởng", status="target",
        subject="xưởng bóc ván di dời ra khỏi khu dân cư", period=Y24),
    fig("đạt 15%", "15", 15, "percent", "%", status="target",
        subject="tỷ lệ diện tích rừng trồng có chứng chỉ FSC", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH PHÚ THỌ', 'Số: 412/BC-UBND', 'Phú Thọ, ngày 28 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: m3'; rows are districts -> location, subject = caption indicator + column label;",
    "'Các địa phương khác' and 'Tổng cộng' rows stay Phú Thọ with the row label in the subject. Table cells get no totals.",
    "Table and price sentences take 'năm 2023' from the report title (inherited). '; trong đó gỗ keo chiếm khoảng 78%' continues",
    "the 'ước đạt' clause (estimate) and is a percent figure of its own. Section III heading 'NHIỆM VỤ NĂM 2024' gives target periods (inherited).",
    "Distractors: 'Số: 412/BC-UBND', section numbers I.-III., 1.-2., 'Quốc lộ 32', 'KTN3'.",
]

if __name__ == "__main__":
    write("p1213-3", TEXT, NOTES, FIGS, published="2023-12-28", location="Phú Thọ")
