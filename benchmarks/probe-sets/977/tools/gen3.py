"""p977-3: formal report (UBND tỉnh Long An), quail farming 9 months 2024, flattened '|' table."""
from lib import F, P, I, C, build

TEXT = """UBND TỈNH LONG AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Long An, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình chăn nuôi chim cút 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô đàn
Tính đến ngày 30/9/2024, toàn tỉnh có 1.236 hộ nuôi chim cút, tổng đàn ước đạt 9,85 triệu con, tăng 4,2% so với cùng kỳ năm 2023 và đạt 98,5% kế hoạch năm. Quy mô đàn theo địa phương như sau:

Đơn vị tính: nghìn con
Địa phương | Tổng đàn | Cút đẻ | Cút thịt
Đức Hòa | 3.420 | 2.860 | 560
Cần Giuộc | 2.510 | 2.070 | 440
Bến Lức | 2.150 | 1.790 | 360
Các huyện còn lại | 1.770 | 1.380 | 390
Tổng cộng | 9.850 | 8.100 | 1.750

2. Sản lượng và giá bán
9 tháng đầu năm 2024, sản lượng trứng cút ước đạt 1,42 tỷ quả, tăng 6,1% so với cùng kỳ; sản lượng thịt cút ước đạt 2.380 tấn, bằng 95,2% cùng kỳ. Giá trứng cút bình quân 410 đồng/quả, giảm 40 đồng/quả so với quý II/2024; giá cút thịt từ 38.000 đến 45.000 đồng/kg.

3. Công tác thú y
Trong kỳ, đã tiêm phòng cúm gia cầm A/H5N1 cho 3,2 triệu con chim cút, đạt 32,5% tổng đàn; phát hiện 2 ổ dịch Newcastle nhỏ lẻ tại huyện Cần Giuộc, tiêu hủy 18.500 con.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu đến cuối năm 2024 tổng đàn chim cút đạt 10 triệu con; hỗ trợ 3 hợp tác xã áp dụng quy trình VietGAHP.
2. Dự kiến cả năm sản lượng trứng cút đạt khoảng 1,9 tỷ quả.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Lưu: VT, SNN.
"""

AS_OF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
KY = P("Trong kỳ", "2024-01-01", "2024-09-30")
END24 = P("đến cuối năm 2024", None, "2024-12-31")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")

ROWS = [
    ("Đức Hòa", "Đức Hòa", ["3.420", "2.860", "560"]),
    ("Cần Giuộc", "Cần Giuộc", ["2.510", "2.070", "440"]),
    ("Bến Lức", "Bến Lức", ["2.150", "1.790", "360"]),
    ("Các huyện còn lại", None, ["1.770", "1.380", "390"]),
    ("Tổng cộng", None, ["9.850", "8.100", "1.750"]),
]
COLS = ["tổng đàn chim cút", "đàn cút đẻ", "đàn cút thịt"]


def table_figs():
    out = []
    for label, place, cells in ROWS:
        prev = label
        for col, cell in zip(COLS, cells):
            anchor = f"{prev} | {cell}"
            subject = col if place else f"{col} {label.lower()}"
            kw = {"location": place} if place else {}
            out.append(F(anchor, cell, int(cell.replace(".", "")) * 1000, "count", "con", subject,
                         period=I(AS_OF), **kw))
            prev = cell
    return out


FIGS = [
    F("có 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ nuôi chim cút", period=AS_OF),
    F("ước đạt 9,85 triệu con", "9,85", 9_850_000, "count", "con", "tổng đàn chim cút",
      change=C("increase", 4.2, baseline="cùng kỳ năm 2023"), percent=98.5, status="estimate", period=AS_OF),
    *table_figs(),
    F("ước đạt 1,42 tỷ quả", "1,42", 1_420_000_000, "count", "quả", "sản lượng trứng cút",
      change=C("increase", 6.1, baseline="cùng kỳ"), status="estimate", period=M9),
    F("ước đạt 2.380 tấn", "2.380", 2380, "measure", "tấn", "sản lượng thịt cút", percent=95.2,
      status="estimate", period=M9),
    F("bình quân 410 đồng/quả", "410", 410, "money", "đồng/quả", "giá trứng cút bình quân",
      change=C("decrease", 40, "đồng/quả", baseline="quý II/2024"), period=I(M9)),
    F("từ 38.000 đến 45.000 đồng/kg", "38.000", 38_000, "money", "đồng/kg", "giá cút thịt",
      value_max=45_000, period=I(M9)),
    F("cho 3,2 triệu con", "3,2", 3_200_000, "count", "con", "chim cút được tiêm phòng cúm gia cầm",
      percent=32.5, period=KY),
    F("phát hiện 2 ổ dịch", "2", 2, "count", "ổ dịch", "ổ dịch Newcastle nhỏ lẻ", period=KY,
      location="Cần Giuộc"),
    F("tiêu hủy 18.500 con", "18.500", 18_500, "count", "con", "chim cút tiêu hủy", period=KY,
      location="Cần Giuộc"),
    F("đạt 10 triệu con", "10", 10_000_000, "count", "con", "tổng đàn chim cút", status="target",
      period=END24),
    F("hỗ trợ 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã được hỗ trợ áp dụng quy trình VietGAHP",
      status="target", period=END24),
    F("khoảng 1,9 tỷ quả", "1,9", 1_900_000_000, "count", "quả", "sản lượng trứng cút", approx="about",
      status="forecast", period=Y24),
]

COMMENTS = [
    "Formal report UBND tỉnh Long An, Số 318/BC-UBND, 08/10/2024: quail farming 9 months 2024 (invented).",
    "Flattened table (Đơn vị tính: nghìn con): every cell a figure, x1000 con; district rows -> location,",
    "'Các huyện còn lại' and 'Tổng cộng' rows stay Long An with the row label in the subject; no status column -> actual;",
    "period is the as-of date in the sentence above the table (inherited). Table cells carry no totals.",
    "Not figures: Số 318/BC-UBND, the date line, section numbers I./II./1./2., A/H5N1, 'quý II/2024' (baseline), 'QUÝ IV/2024' (heading).",
    "'Trong kỳ' in a 9-month report = the report's period (like 'trong tháng' in a monthly report).",
    "'hỗ trợ 3 hợp tác xã' continues the 'Phấn đấu đến cuối năm 2024' clause: target, same period.",
]

build(3, TEXT, FIGS, COMMENTS, published="2024-10-08", location="Long An")
