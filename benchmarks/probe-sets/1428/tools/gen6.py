"""p1428-6: national newspaper: sea grapes prices fall in Ninh Thuận and Khánh Hòa, July 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa

Rong nho rớt giá xuống 15.000 đồng một kg

Thứ hai, 15/7/2024, 06:00 (GMT+7)

Giá rong nho tươi tại Ninh Thuận giảm còn 15.000-20.000 đồng một kg, giảm 40-50% so với cùng kỳ năm ngoái, nhiều hộ thu hoạch cầm chừng.

Ông Nguyễn Văn Tư, chủ 3 ao nuôi rong nho ở xã Phước Dinh, huyện Thuận Nam, cho biết mỗi lứa gia đình thu khoảng 2,5 tấn. "Đầu năm thương lái mua 32.000 đồng một kg, nay chỉ trả 16.000 đồng, trừ tiền giống, công thu hoạch là lỗ", ông nói.

Theo Chi cục Thủy sản Ninh Thuận, 6 tháng đầu năm, sản lượng rong nho của tỉnh đạt khoảng 560 tấn, tăng 12% so với cùng kỳ, trong khi đơn hàng xuất khẩu giảm mạnh. Hai doanh nghiệp chế biến lớn nhất tỉnh mới thu mua khoảng 30% sản lượng. Giá rong nho tách nước xuất khẩu của các doanh nghiệp trong tỉnh vẫn ở mức 9-12 USD một kg. Chi cục khuyến cáo người nuôi giảm mật độ, chỉ thả 0,5-0,7 kg giống mỗi m2 và liên kết với doanh nghiệp.

Ở Khánh Hòa, giá rong nho tươi tại TP Cam Ranh cũng giảm từ 30.000 xuống 18.000 đồng một kg. Ông Phạm Quốc Dũng, Phó giám đốc Sở Nông nghiệp và Phát triển nông thôn Khánh Hòa, cho biết tỉnh có hơn 160 ha rong nho, gấp 3 lần năm 2018, song 80% sản lượng vẫn bán tươi, phụ thuộc thương lái.

Bùi Toàn
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
TN = "Thuận Nam"

FIGS = [
    fig("xuống 15.000 đồng", "15.000", 15000, "money", "đồng/kg", subject="giá rong nho"),
    fig("còn 15.000-20.000", "15.000", 15000, "money", "đồng/kg", value_max=20000,
        change=chg("decrease", 40, "%", "cùng kỳ năm ngoái"), subject="giá rong nho tươi"),
    fig("chủ 3 ao", "3", 3, "count", "ao", subject="ao nuôi rong nho của ông Nguyễn Văn Tư", location=TN),
    fig("khoảng 2,5 tấn", "2,5", 2.5, "measure", "tấn/lứa", approx="about",
        subject="rong nho gia đình thu mỗi lứa", location=TN),
    fig("mua 32.000 đồng", "32.000", 32000, "money", "đồng/kg", subject="giá thương lái mua rong nho",
        location=TN),
    fig("trả 16.000 đồng", "16.000", 16000, "money", "đồng/kg", subject="giá thương lái trả", location=TN),
    fig("khoảng 560 tấn", "560", 560, "measure", "tấn", approx="about",
        change=chg("increase", 12, "%", "cùng kỳ"), subject="sản lượng rong nho của tỉnh", period=H1),
    fig("Hai doanh nghiệp", "Hai", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp chế biến lớn nhất tỉnh", period=inh(H1), optional=True),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng hai doanh nghiệp chế biến lớn nhất thu mua", period=inh(H1)),
    fig("mức 9-12 USD", "9", 9, "money", "USD/kg", value_max=12,
        subject="giá rong nho tách nước xuất khẩu"),
    fig("thả 0,5-0,7 kg", "0,5", 0.5, "measure", "kg/m2", value_max=0.7,
        subject="mật độ thả giống rong nho"),
    fig("từ 30.000 xuống", "30.000", 30000, "money", "đồng/kg", subject="giá rong nho tươi trước khi giảm",
        location="Cam Ranh", optional=True),
    fig("xuống 18.000 đồng", "18.000", 18000, "money", "đồng/kg", subject="giá rong nho tươi",
        location="Cam Ranh"),
    fig("hơn 160 ha", "160", 160, "measure", "ha", approx="over",
        change=chg("increase", 3, "lần", "năm 2018"), subject="diện tích rong nho", location="Khánh Hòa"),
    fig("song 80%", "80", 80, "percent", "%", subject="tỷ lệ sản lượng rong nho bán tươi",
        location="Khánh Hòa"),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 15/7/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'một kg' (the rate denominator, not a figure), 'mỗi m2', baselines 'năm ngoái', 'năm 2018'.",
    "Prices 'N đồng một kg' are money in đồng/kg; '16.000 đồng' in the same quote is the same rate. 'Đầu năm' gives no dated period.",
    "Default location Ninh Thuận; the farmer in xã Phước Dinh: Thuận Nam; 'tại TP Cam Ranh': Cam Ranh; the Khánh Hòa official's figures: Khánh Hòa.",
    "'giảm 40-50% so với cùng kỳ năm ngoái' is the change of the price range (value 40). Year-less '6 tháng đầu năm' takes 2024 (dateline).",
    "'Hai doanh nghiệp chế biến lớn nhất tỉnh' names the group whose share follows: optional. 'giảm từ 30.000 xuống 18.000': the",
    "new price is the figure; the old price is optional. 'gấp 3 lần năm 2018' is the change of 160 ha.",
]

if __name__ == "__main__":
    write("p1428-6", TEXT, NOTES, FIGS, published="2024-07-15", location="Ninh Thuận")
