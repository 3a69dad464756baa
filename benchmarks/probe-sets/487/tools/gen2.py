"""p487-2: huyện Tân Châu (Tây Ninh) district portal, cassava 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN CHÂU - TỈNH TÂY NINH
Trang chủ / Kinh tế / Nông nghiệp

Tân Châu: Diện tích mì nhiễm bệnh khảm lá giảm còn 1.150 ha

Thứ Năm, 16/11/2023 - 14:05

Năm 2023, toàn huyện gieo trồng 26.480 ha khoai mì, đạt 101,8% kế hoạch, giảm 2,4% so với năm 2022. Trong đó, diện tích sử dụng giống sạch bệnh HLS 11, KM 140 là 9.350 ha, chiếm 35,3%. Năng suất bình quân đạt 32,6 tấn/ha, sản lượng ước đạt 863.200 tấn.

Nhờ đồng bộ các giải pháp phòng trừ, diện tích mì nhiễm bệnh khảm lá hiện còn 1.150 ha, giảm 63% so với cùng kỳ; trong đó nhiễm nặng 210 ha. Năm 2023, theo Quyết định số 1385/QĐ-UBND ngày 20/3/2023, huyện đã hỗ trợ 1,2 tỷ đồng cho 310 hộ tiêu hủy cây bệnh, mức hỗ trợ 4 triệu đồng/ha.

Giá mì tươi tại các điểm thu mua dọc ĐT 785 dao động từ 2.700 đến 3.100 đồng/kg (chữ bột 30%), cao hơn khoảng 400 đồng/kg so với đầu vụ. Trên địa bàn huyện có 14 nhà máy chế biến tinh bột mì, tổng công suất khoảng 4.200 tấn củ/ngày; 10 tháng năm 2023, các nhà máy đã thu mua 612.000 tấn củ, xuất khẩu 148.500 tấn tinh bột, kim ngạch 71,3 triệu USD.

Năm 2024, huyện phấn đấu giữ ổn định diện tích khoai mì khoảng 26.000 ha, trong đó diện tích sử dụng giống sạch bệnh đạt từ 40 đến 45%.

Minh Tâm (Phòng Kinh tế huyện)

Địa chỉ: Khu phố 2, thị trấn Tân Châu, huyện Tân Châu, tỉnh Tây Ninh. ĐT: 0276.3875.210
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("giảm còn 1.150 ha\n", "1.150", 1150, "measure", "ha",
        subject="diện tích mì nhiễm bệnh khảm lá"),
    fig("gieo trồng 26.480 ha", "26.480", 26480, "measure", "ha", percent=101.8,
        change=chg("decrease", 2.4, baseline="năm 2022"),
        subject="diện tích khoai mì gieo trồng", period=Y23),
    fig("KM 140 là 9.350 ha", "9.350", 9350, "measure", "ha", total=26480, percent=35.3,
        subject="diện tích sử dụng giống sạch bệnh", period=inh(Y23)),
    fig("đạt 32,6 tấn/ha", "32,6", 32.6, "measure", "tấn/ha",
        subject="năng suất khoai mì bình quân", period=inh(Y23)),
    fig("ước đạt 863.200 tấn", "863.200", 863200, "measure", "tấn", status="estimate",
        subject="sản lượng khoai mì", period=inh(Y23)),
    fig("hiện còn 1.150 ha", "1.150", 1150, "measure", "ha",
        change=chg("decrease", 63, baseline="cùng kỳ"),
        subject="diện tích mì nhiễm bệnh khảm lá"),
    fig("nhiễm nặng 210 ha", "210", 210, "measure", "ha", total=1150,
        subject="diện tích mì nhiễm bệnh khảm lá nặng"),
    fig("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng",
        subject="kinh phí hỗ trợ tiêu hủy cây bệnh", period=Y23),
    fig("cho 310 hộ", "310", 310, "count", "hộ",
        subject="hộ tiêu hủy cây bệnh được hỗ trợ", period=Y23),
    fig("mức hỗ trợ 4 triệu đồng/ha", "4", 4e6, "money", "đồng/ha",
        subject="mức hỗ trợ tiêu hủy cây bệnh", period=Y23),
    fig("từ 2.700 đến 3.100 đồng/kg", "2.700", 2700, "money", "đồng/kg", value_max=3100,
        change=chg("increase", 400, unit="đồng/kg", baseline="đầu vụ", approx="about"),
        subject="giá mì tươi tại các điểm thu mua"),
    fig("chữ bột 30%", "30", 30, "percent", "%", subject="chữ bột của mì tươi", optional=True),
    fig("có 14 nhà máy", "14", 14, "count", "nhà máy",
        subject="nhà máy chế biến tinh bột mì"),
    fig("khoảng 4.200 tấn củ/ngày", "4.200", 4200, "measure", "tấn củ/ngày", approx="about",
        subject="tổng công suất nhà máy chế biến tinh bột mì"),
    fig("thu mua 612.000 tấn củ", "612.000", 612000, "measure", "tấn",
        subject="củ mì các nhà máy thu mua", period=M10),
    fig("xuất khẩu 148.500 tấn", "148.500", 148500, "measure", "tấn",
        subject="tinh bột mì xuất khẩu", period=M10),
    fig("kim ngạch 71,3 triệu USD", "71,3", 71.3e6, "money", "USD",
        subject="kim ngạch xuất khẩu tinh bột mì", period=M10),
    fig("khoảng 26.000 ha", "26.000", 26000, "measure", "ha", approx="about", status="target",
        subject="diện tích khoai mì", period=Y24),
    fig("từ 40 đến 45%", "40", 40, "percent", "%", value_max=45, status="target",
        subject="tỷ lệ diện tích sử dụng giống sạch bệnh", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT huyện Tân Châu (Tây Ninh): cassava (khoai mì) area, mosaic disease, prices, starch factories, 2024 targets. Published 16/11/2023.",
    "District portal: location is the district, Tân Châu.",
    "Distractors: variety names HLS 11 / KM 140, Quyết định số 1385/QĐ-UBND ngày 20/3/2023, road ĐT 785, Khu phố 2, phone.",
    "'(chữ bột 30%)' is the starch content a price refers to, a condition rather than a claim: optional.",
    "'trong đó nhiễm nặng 210 ha' is a part of 1.150 ha; 'trong đó ... từ 40 đến 45%' is a percent (no total).",
    "The capacity 4.200 t/ngày and 14 nhà máy share a sentence with '10 tháng năm 2023' but are not 10-month figures: no period.",
]

if __name__ == "__main__":
    emit("p487-2", TEXT, COMMENTS, FIGS, published="2023-11-16", location="Tân Châu")
