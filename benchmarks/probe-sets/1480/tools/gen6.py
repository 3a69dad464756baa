"""p1480-6: national newspaper (dateline 'Thứ năm, 12/9/2024, 10:25 (GMT+7)'): packing tape demand from e-commerce."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 12/9/2024, 10:25 (GMT+7)

Băng keo đóng hàng 'cháy' theo đơn thương mại điện tử

Nhu cầu băng keo đóng gói tăng mạnh nhờ mua sắm trực tuyến, nhiều xưởng ở TP HCM phải chạy thêm ca đêm vẫn không kịp đơn.

Xưởng băng keo in logo của chị Lê Thu Hà ở huyện Bình Chánh những tuần gần đây mỗi ngày xuất khoảng 8 nghìn cuộn, gấp 2,5 lần hồi đầu năm. Xưởng có 3 máy cắt cuộn, 12 công nhân và một máy in flexo 4 màu mua lại từ Đài Loan.

"Riêng 8 tháng đầu năm nay, xưởng nhận hơn 1.400 đơn in logo, trong đó khoảng 60% đến từ các shop bán hàng trực tuyến", chị Hà nói. Giá băng keo in logo tại xưởng từ 9.500 đến 14.000 đồng/cuộn tùy khổ, thấp hơn hàng nhập khoảng 20%.

Theo Hiệp hội Thương mại điện tử Việt Nam (VECOM), năm 2023 cả nước có khoảng 3 tỷ đơn hàng được giao, mỗi đơn dùng trung bình 0,8 m băng keo. Như vậy riêng khâu đóng gói hàng trực tuyến đã tiêu thụ khoảng 2,4 tỷ m băng keo, chiếm gần 20% nhu cầu băng keo trong nước.

Tại TP HCM, Sở Công Thương cho biết thành phố có hơn 150 cơ sở sản xuất, gia công băng keo, phần lớn quy mô dưới 20 lao động.

"Từ nay đến cuối năm, nhu cầu băng keo ở TP HCM dự kiến tăng thêm 25-30% nhờ mùa mua sắm cuối năm", ông Phạm Minh Đức, Giám đốc Công ty TNHH Keo dán Sài Gòn Xanh (đường số 7, KCN Vĩnh Lộc), nhận định.

Thu Trang
"""

M8 = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
REST = per("Từ nay đến cuối năm", "2024-09-12", "2024-12-31")
BC = "Bình Chánh"
VN = "Việt Nam"

FIGS = [
    fig("khoảng 8 nghìn cuộn", "8", 8000, "measure", "cuộn/ngày", approx="about",
        change=chg("increase", 2.5, "lần", "hồi đầu năm"), subject="băng keo xưởng xuất mỗi ngày", location=BC),
    fig("có 3 máy cắt", "3", 3, "count", "máy cắt cuộn", subject="máy cắt cuộn của xưởng", location=BC),
    fig("12 công nhân", "12", 12, "count", "công nhân", subject="công nhân của xưởng", location=BC),
    fig("và một máy in", "một", 1, "count", "máy in", subject="máy in flexo mua lại từ Đài Loan", location=BC),
    fig("hơn 1.400 đơn", "1.400", 1400, "count", "đơn", approx="over", subject="đơn in logo xưởng nhận",
        period=M8, location=BC),
    fig("khoảng 60% đến", "60", 60, "percent", "%", approx="about",
        subject="tỷ lệ đơn đến từ các shop bán hàng trực tuyến", period=M8, location=BC),
    fig("từ 9.500 đến 14.000", "9.500", 9500, "money", "đồng/cuộn", value_max=14000,
        change=chg("decrease", 20, "%", "hàng nhập", approx="about"), subject="giá băng keo in logo tại xưởng",
        location=BC),
    fig("khoảng 3 tỷ đơn", "3", 3e9, "count", "đơn hàng", approx="about", subject="đơn hàng được giao",
        period=Y23, location=VN),
    fig("trung bình 0,8 m", "0,8", 0.8, "measure", "m/đơn", subject="băng keo mỗi đơn dùng trung bình",
        period=Y23, location=VN),
    fig("khoảng 2,4 tỷ m", "2,4", 2.4e9, "measure", "m", approx="about", percent=20,
        subject="băng keo khâu đóng gói hàng trực tuyến tiêu thụ", period=inh(Y23), location=VN),
    fig("hơn 150 cơ sở", "150", 150, "count", "cơ sở", approx="over",
        subject="cơ sở sản xuất, gia công băng keo"),
    fig("dưới 20 lao động", "20", 20, "count", "lao động", approx="under", optional=True,
        subject="quy mô lao động của phần lớn cơ sở"),
    fig("thêm 25-30%", "25", 25, "percent", "%", value_max=30, status="forecast",
        subject="nhu cầu băng keo tăng thêm", period=REST),
]

NOTES = [
    "National newspaper: section line, 'Thứ năm, 12/9/2024, 10:25 (GMT+7)' (published), headline, sapo, quotes, byline at the end.",
    "The workshop in huyện Bình Chánh: location Bình Chánh; VECOM's national figures: Việt Nam; city figures: TP Hồ Chí Minh (default).",
    "'mỗi ngày xuất khoảng 8 nghìn cuộn' is a rate: measure 'cuộn/ngày', 8 nghìn = 8000; 'gấp 2,5 lần hồi đầu năm' is its change.",
    "'một máy in' is a count (number word); 'flexo 4 màu' is the machine type, not a figure; '(GMT+7)', 'đường số 7' neither.",
    "'8 tháng đầu năm nay' takes the year of published (2024). 'trong đó khoảng 60%' is a percent figure in its own right.",
    "'thấp hơn hàng nhập khoảng 20%' is the change of the price range. 'mỗi đơn dùng trung bình 0,8 m' -> unit 'm/đơn'.",
    "'chiếm gần 20%' is the percent of 2,4 tỷ m. 'quy mô dưới 20 lao động' is a size threshold: optional.",
    "'Từ nay đến cuối năm' runs from the dateline (2024-09-12) to 2024-12-31; 'dự kiến' -> forecast.",
]

if __name__ == "__main__":
    write("p1480-6", TEXT, NOTES, FIGS, published="2024-09-12", location="TP Hồ Chí Minh")
