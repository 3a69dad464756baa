import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import emit, fig, per, inh, ch

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Bình Phước: Giá mủ tăng, sản lượng cao su 6 tháng đạt gần 210.000 tấn

Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.842

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/6/2024, tổng diện tích cao su toàn tỉnh Bình Phước là 245.630 ha, giảm 1.250 ha so với cuối năm 2023 do một số diện tích chuyển sang trồng sầu riêng và cây ăn quả. Trong đó, diện tích cao su đang khai thác mủ là 212.480 ha, chiếm 86,5% tổng diện tích.

Sáu tháng đầu năm 2024, sản lượng mủ cao su (quy khô) ước đạt 208.700 tấn, tăng 3,4% so với cùng kỳ năm 2023 và đạt 51,2% kế hoạch năm; riêng quý II/2024 ước đạt 112.300 tấn. Diện tích khai thác tập trung chủ yếu tại các huyện Bù Gia Mập (38.200 ha), Lộc Ninh (35.640 ha), Hớn Quản (31.900 ha) và Bù Đăng (29.750 ha).

Giá mủ cao su tăng mạnh từ đầu tháng 5. Hiện giá mủ nước tại các đại lý thu mua dao động từ 390 đến 420 đồng/độ TSC, tăng khoảng 60 đồng/độ so với đầu năm; giá mủ đông ở mức 15.500-16.800 đồng/kg.

Toàn tỉnh hiện có khoảng 62.000 hộ trồng cao su tiểu điền với diện tích hơn 150.000 ha. Với giá bán hiện nay, mỗi ha cao su kinh doanh mang lại cho nông hộ lợi nhuận từ 25 đến 35 triệu đồng/ha/năm.

Năm 2024, tỉnh đặt kế hoạch tái canh 4.500 ha cao su già cỗi; từ đầu năm đến nay đã trồng tái canh được 2.860 ha, đạt 63,6% kế hoạch. Trên địa bàn tỉnh có 41 nhà máy, cơ sở chế biến mủ cao su với tổng công suất khoảng 380.000 tấn/năm, chủ yếu tập trung dọc Quốc lộ 13 và Quốc lộ 14.

Chia sẻ: Facebook | Zalo | In bài

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH PHƯỚC
Địa chỉ: Số 626, Quốc lộ 14, phường Tân Bình, TP. Đồng Xoài. Điện thoại: 0271.3879.123
"""

P6 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = per("tính đến ngày 30/6/2024", end="2024-06-30")

FIGS = [
    fig("đạt gần 210.000 tấn", "210.000", 210000, "measure", "tấn",
        "sản lượng cao su 6 tháng", per("6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    fig("Bình Phước là 245.630 ha", "245.630", 245630, "measure", "ha",
        "tổng diện tích cao su toàn tỉnh", ASOF,
        change=ch("decrease", 1250, "ha", "cuối năm 2023")),
    fig("khai thác mủ là 212.480 ha", "212.480", 212480, "measure", "ha",
        "diện tích cao su đang khai thác mủ", inh(ASOF), total=245630, percent=86.5),
    fig("ước đạt 208.700 tấn", "208.700", 208700, "measure", "tấn",
        "sản lượng mủ cao su (quy khô)", P6, percent=51.2,
        change=ch("increase", 3.4, "%", "cùng kỳ năm 2023"), status="estimate"),
    fig("quý II/2024 ước đạt 112.300 tấn", "112.300", 112300, "measure", "tấn", "sản lượng mủ cao su (quy khô)",
        per("quý II/2024", "2024-04-01", "2024-06-30"), status="estimate"),
    fig("Bù Gia Mập (38.200 ha)", "38.200", 38200, "measure", "ha", "diện tích khai thác", inh(P6),
        location="Bù Gia Mập"),
    fig("Lộc Ninh (35.640 ha)", "35.640", 35640, "measure", "ha", "diện tích khai thác", inh(P6),
        location="Lộc Ninh"),
    fig("Hớn Quản (31.900 ha)", "31.900", 31900, "measure", "ha", "diện tích khai thác", inh(P6),
        location="Hớn Quản"),
    fig("Bù Đăng (29.750 ha)", "29.750", 29750, "measure", "ha", "diện tích khai thác", inh(P6),
        location="Bù Đăng"),
    fig("từ 390 đến 420 đồng/độ TSC", "390", 390, "money", "đồng/độ TSC", "giá mủ nước tại các đại lý thu mua",
        value_max=420, change=ch("increase", 60, "đồng/độ", "đầu năm", approx="about")),
    fig("mức 15.500-16.800 đồng/kg", "15.500", 15500, "money", "đồng/kg", "giá mủ đông", value_max=16800),
    fig("khoảng 62.000 hộ", "62.000", 62000, "count", "hộ", "hộ trồng cao su tiểu điền", approx="about"),
    fig("hơn 150.000 ha", "150.000", 150000, "measure", "ha", "diện tích cao su tiểu điền", approx="over"),
    fig("từ 25 đến 35 triệu đồng/ha/năm", "25", 25e6, "money", "đồng/ha/năm",
        "lợi nhuận mỗi ha cao su kinh doanh của nông hộ", value_max=35e6),
    fig("tái canh 4.500 ha", "4.500", 4500, "measure", "ha", "kế hoạch tái canh cao su già cỗi",
        per("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("được 2.860 ha", "2.860", 2860, "measure", "ha", "diện tích trồng tái canh",
        per("từ đầu năm đến nay", "2024-01-01", "2024-07-15"), percent=63.6),
    fig("có 41 nhà máy", "41", 41, "count", "nhà máy, cơ sở chế biến", "nhà máy, cơ sở chế biến mủ cao su"),
    fig("khoảng 380.000 tấn/năm", "380.000", 380000, "measure", "tấn/năm",
        "tổng công suất nhà máy, cơ sở chế biến mủ cao su", approx="about"),
]

COMMENTS = [
    "Probe 607-1. Province portal (breadcrumb, 'Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.842'): rubber area, tapped area,",
    "output 6 months 2024, prices, smallholders, replanting, processing capacity, Bình Phước.",
    "Distractors: Lượt xem 1.842, Quốc lộ 13/14, Số 626, phone 0271.3879.123, 'đầu tháng 5', 'cuối năm 2023' (baseline).",
    "District list after the tapped area has no cue (tập trung chủ yếu tại) and does not add up: no total.",
    "'đồng/độ TSC' is a rate unit (price per degree of dry rubber content). 'từ đầu năm đến nay' ends at the dateline.",
    "The plan 4.500 ha is its own target figure, so 2.860 ha carries only the share (63,6%), not a target attribute.",
]

if __name__ == "__main__":
    emit("p607-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Bình Phước")
