"""p487-6: national press (VnExpress style), pepper and cashew prices/exports, 5 months 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """Kinh doanh › Hàng hóa

Thứ năm, 13/6/2024, 15:30 (GMT+7)

Giá tiêu vượt 170.000 đồng một kg

Giá hồ tiêu trong nước hôm nay tăng thêm 4.000-5.000 đồng, lên 170.000-172.000 đồng một kg, mức cao nhất 8 năm.

Theo khảo sát, tại Đắk Lắk, thương lái thu mua tiêu ở mức 172.000 đồng/kg; Gia Lai 170.000 đồng/kg; Bà Rịa - Vũng Tàu và Bình Phước lần lượt 171.000 và 170.500 đồng/kg. So với đầu năm, giá tiêu đã tăng gần 75.000 đồng/kg.

Theo Hiệp hội Hồ tiêu và Cây gia vị Việt Nam (VPSA), 5 tháng đầu năm, cả nước xuất khẩu 112.000 tấn hồ tiêu, kim ngạch 480 triệu USD, giảm 10,3% về lượng nhưng tăng 31,6% về kim ngạch so với cùng kỳ 2023. Giá xuất khẩu bình quân đạt 4.280 USD/tấn, tăng 46%. Mỹ là thị trường lớn nhất, chiếm 27,5% tổng lượng. Việt Nam hiện vẫn là nước xuất khẩu hồ tiêu số 1 thế giới.

Ông Hoàng Phước Bình, Phó chủ tịch VPSA, cho biết diện tích hồ tiêu cả nước hiện còn khoảng 115.000 ha, giảm 24% so với mức đỉnh năm 2018 do nhiều nhà vườn chuyển sang trồng sầu riêng, cà phê. Sản lượng năm 2024 dự báo chỉ đạt 170.000-175.000 tấn, thấp nhất 5 năm.

Cùng xu hướng, hạt điều cũng được giá. 5 tháng, xuất khẩu điều đạt 275.000 tấn, trị giá 1,56 tỷ USD, tăng lần lượt 20,4% và 18,9% so với cùng kỳ. Hiện giá điều thô tại Bình Phước ở mức 33.000-35.000 đồng/kg.

Thi Hà
"""

M5 = per("5 tháng đầu năm", "2024-01-01", "2024-05-31")
M5b = per("5 tháng", "2024-01-01", "2024-05-31")

FIGS = [
    fig("vượt 170.000 đồng một kg", "170.000", 170000, "money", "đồng/kg", approx="over",
        subject="giá tiêu"),
    fig("lên 170.000-172.000", "170.000", 170000, "money", "đồng/kg", value_max=172000,
        change=chg("increase", 4000, unit="đồng"),
        subject="giá hồ tiêu trong nước"),
    fig("ở mức 172.000 đồng/kg", "172.000", 172000, "money", "đồng/kg",
        subject="giá tiêu thương lái thu mua", location="Đắk Lắk"),
    fig("Gia Lai 170.000 đồng/kg", "170.000", 170000, "money", "đồng/kg",
        subject="giá tiêu thương lái thu mua", location="Gia Lai"),
    fig("lần lượt 171.000", "171.000", 171000, "money", "đồng/kg",
        subject="giá tiêu thương lái thu mua", location="Bà Rịa - Vũng Tàu"),
    fig("và 170.500 đồng/kg", "170.500", 170500, "money", "đồng/kg",
        subject="giá tiêu thương lái thu mua", location="Bình Phước"),
    fig("gần 75.000 đồng/kg", "75.000", 75000, "money", "đồng/kg", approx="nearly",
        subject="mức tăng giá tiêu so với đầu năm"),
    fig("xuất khẩu 112.000 tấn", "112.000", 112000, "measure", "tấn",
        change=chg("decrease", 10.3, baseline="cùng kỳ 2023"),
        subject="hồ tiêu xuất khẩu", period=M5),
    fig("kim ngạch 480 triệu USD", "480", 480e6, "money", "USD",
        change=chg("increase", 31.6, baseline="cùng kỳ 2023"),
        subject="kim ngạch xuất khẩu hồ tiêu", period=M5),
    fig("đạt 4.280 USD/tấn", "4.280", 4280, "money", "USD/tấn",
        change=chg("increase", 46),
        subject="giá xuất khẩu hồ tiêu bình quân", period=inh(M5)),
    fig("chiếm 27,5%", "27,5", 27.5, "percent", "%",
        subject="tỷ trọng thị trường Mỹ trong tổng lượng hồ tiêu xuất khẩu", period=inh(M5)),
    fig("số 1 thế giới", "1", 1, "rank", "hạng",
        subject="nước xuất khẩu hồ tiêu thế giới"),
    fig("khoảng 115.000 ha", "115.000", 115000, "measure", "ha", approx="about",
        change=chg("decrease", 24, baseline="mức đỉnh năm 2018"),
        subject="diện tích hồ tiêu cả nước"),
    fig("đạt 170.000-175.000 tấn", "170.000", 170000, "measure", "tấn", value_max=175000,
        status="forecast", subject="sản lượng hồ tiêu",
        period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("đạt 275.000 tấn", "275.000", 275000, "measure", "tấn",
        change=chg("increase", 20.4, baseline="cùng kỳ"),
        subject="điều xuất khẩu", period=M5b),
    fig("trị giá 1,56 tỷ USD", "1,56", 1.56e9, "money", "USD",
        change=chg("increase", 18.9, baseline="cùng kỳ"),
        subject="trị giá xuất khẩu điều", period=M5b),
    fig("ở mức 33.000-35.000", "33.000", 33000, "money", "đồng/kg", value_max=35000,
        subject="giá điều thô", location="Bình Phước"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ năm, 13/6/2024, 15:30 (GMT+7)': pepper prices by province, pepper and cashew exports 5 months 2024.",
    "'tăng thêm 4.000-5.000 đồng, lên 170.000-172.000 đồng một kg': the figure is the new price (range), the rise its change (lower end 4.000).",
    "'đồng một kg' read as unit đồng/kg. 'mức cao nhất 8 năm', 'thấp nhất 5 năm' are durations, not figures.",
    "'So với đầu năm, giá tiêu đã tăng gần 75.000 đồng/kg': the absolute rise is the claim, a money figure (as 469's 'Lợi nhuận tăng thêm ...').",
    "'tăng lần lượt 20,4% và 18,9%' distributes the changes to tonnage and value. 'số 1 thế giới' is a rank.",
    "Year-less '5 tháng đầu năm' takes 2024 from the dateline. Province prices take the province as location; trade partner Mỹ stays in the subject.",
]

if __name__ == "__main__":
    emit("p487-6", TEXT, COMMENTS, FIGS, published="2024-06-13", location="Việt Nam")
