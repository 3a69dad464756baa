"""p926-3: formal report (UBND tỉnh Khánh Hòa) — 9 months 2024, flattened '|' table by district."""
from lib import emit, fig, period, change

TEXT = """
UBND TỈNH KHÁNH HÒA
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 15 tháng 10 năm 2024

BÁO CÁO
Tình hình sản xuất, tiêu thụ nha đam 9 tháng đầu năm 2024

Thực hiện Công văn số 4512/BNN-TT ngày 18/6/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Tính đến 30/9/2024, toàn tỉnh có 285 ha nha đam, đạt 95% kế hoạch năm (300 ha). Sản lượng lá 9 tháng đạt 20.730 tấn, tăng 12,4% so với cùng kỳ năm 2023. Chi tiết theo địa phương:

Đơn vị tính: ha, tấn
Địa phương | Diện tích | Sản lượng 9 tháng | Diện tích liên kết bao tiêu
Cam Ranh | 142 | 10.650 | 98
Cam Lâm | 87 | 6.280 | 52
Vạn Ninh | 35 | 2.410 | 12
Ninh Hòa | 21 | 1.390 | 5
Tổng cộng | 285 | 20.730 | 167

Thực hiện Nghị quyết số 09/2022/NQ-HĐND, tỉnh đã hỗ trợ 50% chi phí cây giống cho 64 hộ trồng mới, mức hỗ trợ tối đa 20 triệu đồng/ha; tổng kinh phí 1,15 tỷ đồng.

2. Chế biến, tiêu thụ
Trên địa bàn có 2 nhà máy chế biến nha đam, tổng công suất 45.000 tấn lá/năm. Trong 9 tháng, các nhà máy thu mua 17.860 tấn lá, chiếm 86,2% sản lượng; giá thu mua bình quân 3.100 đồng/kg, giảm 200 đồng/kg so với cuối năm 2023. Kim ngạch xuất khẩu nha đam chế biến ước đạt 4,6 triệu USD.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu sản lượng cả năm 2024 đạt 28.000 tấn lá; tỷ lệ thu mua qua hợp đồng bao tiêu tối thiểu 85%.
2. Dự kiến trồng mới 15 ha tại huyện Cam Lâm.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

NOTES = [
    "Formal report (invented): UBND tỉnh Khánh Hòa, Số: 287/BC-UBND, 9 tháng 2024; flattened '|' table (Đơn vị tính: ha, tấn) by district.",
    "'Khánh Hòa, ngày 15 tháng 10 năm 2024' gives published. Document numbers, section numbers (I., II., 1., 2.) are not figures.",
    "Table cells: row place -> location, column -> subject; 'Sản lượng 9 tháng' column gives the period (scored); the area columns take",
    "'Tính đến 30/9/2024' from the text above the table (inherited). Table cells get no totals; the Tổng cộng row is its own figure (Khánh Hòa).",
    "'đạt 95% kế hoạch năm (300 ha)': percent 95, target 300. 4,6 triệu USD takes '9 tháng' from the sentence before (inherited).",
    "The 15 ha under the heading 'NHIỆM VỤ QUÝ IV/2024' is a forecast ('Dự kiến') with an inherited period.",
    "revised after the first score: 45.000 unit 'tấn lá/năm' -> 'tấn/năm' (consistency with the other 'tấn lá' figures).",
]

TO_SEP = period("Tính đến 30/9/2024", end="2024-09-30")
TO_SEP_I = period("Tính đến 30/9/2024", end="2024-09-30", inherited=True)
M9 = period("9 tháng", "2024-01-01", "2024-09-30")
M9_I = period("Trong 9 tháng", "2024-01-01", "2024-09-30", inherited=True)
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
Q4_I = period("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

AREA, OUT, LINK = "diện tích nha đam", "sản lượng lá nha đam 9 tháng", "diện tích liên kết bao tiêu"
FIGS = [
    fig("có 285 ha nha đam", "285", 285, "measure", "ha", AREA, TO_SEP, percent=95, target={"value": 300, "unit": "ha"}),
    fig("lá 9 tháng đạt 20.730 tấn", "20.730", 20730, "measure", "tấn", "sản lượng lá nha đam", M9,
        change=change("increase", 12.4, "%", "cùng kỳ năm 2023")),
    # table
    fig("Cam Ranh | 142", "142", 142, "measure", "ha", AREA, TO_SEP_I, location="Cam Ranh"),
    fig("| 10.650 |", "10.650", 10650, "measure", "tấn", OUT, M9, location="Cam Ranh"),
    fig("| 98\n", "98", 98, "measure", "ha", LINK, TO_SEP_I, location="Cam Ranh"),
    fig("Cam Lâm | 87", "87", 87, "measure", "ha", AREA, TO_SEP_I, location="Cam Lâm"),
    fig("| 6.280 |", "6.280", 6280, "measure", "tấn", OUT, M9, location="Cam Lâm"),
    fig("| 52\n", "52", 52, "measure", "ha", LINK, TO_SEP_I, location="Cam Lâm"),
    fig("Vạn Ninh | 35", "35", 35, "measure", "ha", AREA, TO_SEP_I, location="Vạn Ninh"),
    fig("| 2.410 |", "2.410", 2410, "measure", "tấn", OUT, M9, location="Vạn Ninh"),
    fig("| 12\n", "12", 12, "measure", "ha", LINK, TO_SEP_I, location="Vạn Ninh"),
    fig("Ninh Hòa | 21", "21", 21, "measure", "ha", AREA, TO_SEP_I, location="Ninh Hòa"),
    fig("| 1.390 |", "1.390", 1390, "measure", "tấn", OUT, M9, location="Ninh Hòa"),
    fig("| 5\n", "5", 5, "measure", "ha", LINK, TO_SEP_I, location="Ninh Hòa"),
    fig("Tổng cộng | 285", "285", 285, "measure", "ha", "tổng cộng " + AREA, TO_SEP_I),
    fig("| 20.730 |", "20.730", 20730, "measure", "tấn", "tổng cộng " + OUT, M9),
    fig("| 167", "167", 167, "measure", "ha", "tổng cộng " + LINK, TO_SEP_I),
    # support policy
    fig("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "mức hỗ trợ chi phí cây giống cho hộ trồng mới"),
    fig("cho 64 hộ", "64", 64, "count", "hộ", "hộ trồng mới được hỗ trợ chi phí cây giống"),
    fig("tối đa 20 triệu đồng/ha", "20", 20e6, "money", "đồng/ha", "mức hỗ trợ chi phí cây giống", approx="at_most"),
    fig("kinh phí 1,15 tỷ đồng", "1,15", 1.15e9, "money", "đồng", "tổng kinh phí hỗ trợ cây giống"),
    # processing
    fig("có 2 nhà máy", "2", 2, "count", "nhà máy", "nhà máy chế biến nha đam"),
    fig("suất 45.000 tấn lá/năm", "45.000", 45000, "measure", "tấn/năm", "tổng công suất nhà máy chế biến nha đam"),
    fig("thu mua 17.860 tấn", "17.860", 17860, "measure", "tấn", "lá nha đam các nhà máy thu mua",
        period("Trong 9 tháng", "2024-01-01", "2024-09-30"), percent=86.2),
    fig("bình quân 3.100 đồng/kg", "3.100", 3100, "money", "đồng/kg", "giá thu mua bình quân lá nha đam",
        period("Trong 9 tháng", "2024-01-01", "2024-09-30"), change=change("decrease", 200, "đồng/kg", "cuối năm 2023")),
    fig("ước đạt 4,6 triệu USD", "4,6", 4.6e6, "money", "USD", "kim ngạch xuất khẩu nha đam chế biến", M9_I, status="estimate"),
    # tasks
    fig("đạt 28.000 tấn", "28.000", 28000, "measure", "tấn", "sản lượng lá nha đam cả năm", Y24, status="target"),
    fig("tối thiểu 85%", "85", 85, "percent", "%", "tỷ lệ thu mua qua hợp đồng bao tiêu", Y24, status="target", approx="at_least"),
    fig("mới 15 ha", "15", 15, "measure", "ha", "diện tích nha đam trồng mới", Q4_I, status="forecast", location="Cam Lâm"),
]

if __name__ == "__main__":
    emit("p926-3", TEXT, NOTES, FIGS, published="2024-10-15", location="Khánh Hòa")
