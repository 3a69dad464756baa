"""p699-4: ministry site (Bộ NN&PTNT), national mud crab farming, blue crab catch, exports, 2030 targets."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản
Ngày đăng: 15/01/2024 | Lượt xem: 2.045

Nuôi cua biển: Hướng đi bền vững cho vùng ven biển

Theo Cục Thủy sản, năm 2023 cả nước có 28 tỉnh, thành phố ven biển nuôi cua biển với tổng diện tích khoảng 612.000 ha, chủ yếu nuôi kết hợp trong các mô hình tôm - lúa, tôm - rừng và quảng canh cải tiến. Sản lượng cua nuôi đạt 108.500 tấn, tăng 4,6% so với năm 2022. Các địa phương có diện tích nuôi lớn là Cà Mau (186.200 ha), Kiên Giang (96.500 ha), Bạc Liêu (38.100 ha) và Sóc Trăng (21.300 ha).

Cua biển hiện là đối tượng giáp xác nuôi đứng thứ 3 về giá trị, sau tôm thẻ chân trắng và tôm sú. Sản lượng ghẹ khai thác năm 2023 ước khoảng 26.000 tấn, trong đó ghẹ xanh chiếm khoảng 70%.

Về xuất khẩu, theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), năm 2023 kim ngạch xuất khẩu cua, ghẹ và giáp xác khác đạt 168,4 triệu USD, giảm 11,7% so với năm 2022. Trung Quốc, Hoa Kỳ và Hàn Quốc lần lượt chiếm 58,3%, 17,6% và 6,2% tổng kim ngạch.

Giai đoạn 2021-2023, Trung tâm Khuyến nông quốc gia đã triển khai 14 mô hình nuôi cua biển an toàn sinh học với tổng quy mô 95 ha tại 7 tỉnh; năng suất bình quân đạt 1,5 tấn/ha, lợi nhuận từ 120 triệu đồng/ha trở lên.

Theo Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 339/QĐ-TTg ngày 11/3/2021), Bộ đặt mục tiêu đến năm 2030 sản lượng cua nuôi đạt 150.000 tấn, kim ngạch xuất khẩu cua, ghẹ đạt 300 triệu USD; tỷ lệ cua giống sản xuất nhân tạo đạt trên 80%.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. Điện thoại: 024.3724.5370
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
GD = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
S_A = "diện tích nuôi cua biển"
S_X = "tỷ trọng trong tổng kim ngạch xuất khẩu cua, ghẹ và giáp xác khác"

FIGS = [
    fig("có 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển nuôi cua biển", Y23),
    fig("khoảng 612.000 ha", "612.000", 612000, "measure", "ha", "tổng " + S_A, Y23, approx="about"),
    fig("đạt 108.500 tấn", "108.500", 108500, "measure", "tấn", "sản lượng cua nuôi", inh(Y23),
        change=chg("increase", 4.6, "%", "năm 2022")),
    fig("Cà Mau (186.200 ha)", "186.200", 186200, "measure", "ha", S_A, location="Cà Mau"),
    fig("Kiên Giang (96.500 ha)", "96.500", 96500, "measure", "ha", S_A, location="Kiên Giang"),
    fig("Bạc Liêu (38.100 ha)", "38.100", 38100, "measure", "ha", S_A, location="Bạc Liêu"),
    fig("Sóc Trăng (21.300 ha)", "21.300", 21300, "measure", "ha", S_A, location="Sóc Trăng"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", "giá trị của cua biển trong các đối tượng giáp xác nuôi"),
    fig("ước khoảng 26.000 tấn", "26.000", 26000, "measure", "tấn", "sản lượng ghẹ khai thác", Y23,
        approx="about", status="estimate"),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", "tỷ trọng ghẹ xanh trong sản lượng ghẹ khai thác", Y23,
        approx="about", status="estimate"),
    fig("đạt 168,4 triệu USD", "168,4", 168400000, "money", "USD", "kim ngạch xuất khẩu cua, ghẹ và giáp xác khác",
        Y23, change=chg("decrease", 11.7, "%", "năm 2022")),
    fig("chiếm 58,3%", "58,3", 58.3, "percent", "%", S_X + " sang Trung Quốc", inh(Y23)),
    fig("58,3%, 17,6%", "17,6", 17.6, "percent", "%", S_X + " sang Hoa Kỳ", inh(Y23)),
    fig("và 6,2%", "6,2", 6.2, "percent", "%", S_X + " sang Hàn Quốc", inh(Y23)),
    fig("triển khai 14 mô hình", "14", 14, "count", "mô hình", "mô hình nuôi cua biển an toàn sinh học", GD),
    fig("quy mô 95 ha", "95", 95, "measure", "ha", "tổng quy mô mô hình nuôi cua biển an toàn sinh học", GD),
    fig("tại 7 tỉnh", "7", 7, "count", "tỉnh", "tỉnh triển khai mô hình nuôi cua biển an toàn sinh học", GD),
    fig("đạt 1,5 tấn/ha", "1,5", 1.5, "measure", "tấn/ha", "năng suất bình quân mô hình", GD),
    fig("từ 120 triệu đồng/ha trở lên", "120", 120000000, "money", "đồng/ha", "lợi nhuận mô hình", GD,
        approx="at_least"),
    fig("đạt 150.000 tấn", "150.000", 150000, "measure", "tấn", "sản lượng cua nuôi", T30, status="target"),
    fig("đạt 300 triệu USD", "300", 300000000, "money", "USD", "kim ngạch xuất khẩu cua, ghẹ", T30,
        status="target"),
    fig("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ cua giống sản xuất nhân tạo", T30, approx="over",
        status="target"),
]

NOTES = [
    "Bộ NN&PTNT site: nuôi cua biển cả nước năm 2023, ghẹ khai thác, xuất khẩu cua ghẹ (VASEP), mô hình khuyến nông, mục tiêu 2030.",
    "National figures: location Việt Nam; provinces in the bracketed list carry their own location, no total (no cue, not the whole).",
    "Export partners (Trung Quốc, Hoa Kỳ, Hàn Quốc) are not places: subject carries the partner, location Việt Nam; 'lần lượt' gives",
    "three percent figures (no base amount for them, so not percent attributes). 'ghẹ xanh chiếm khoảng 70%' likewise: a percent figure,",
    "estimate (the 'ước' of its clause continues into 'trong đó').",
    "'đứng thứ 3 về giá trị' is a rank. 'Quyết định số 339/QĐ-TTg ngày 11/3/2021', 'năm 2045', address, phone, 'Lượt xem' are not figures.",
    "'Giai đoạn 2021-2023' period for the khuyến nông models; 'từ 120 triệu đồng/ha trở lên' = at_least.",
]

if __name__ == "__main__":
    write("p699-4", TEXT, NOTES, FIGS, published="2024-01-15", location="Việt Nam")
