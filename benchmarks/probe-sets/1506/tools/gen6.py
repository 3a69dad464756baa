"""p1506-6: national newspaper: dishwashing liquid and floor cleaner prices rise."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa

Thứ ba, 12/3/2024, 06:30 (GMT+7)

Nước rửa chén, nước lau sàn đồng loạt tăng giá

Nhiều nhãn hàng nước rửa chén, nước lau sàn trong nước điều chỉnh giá bán tăng 5-8% từ đầu tháng 3 do chi phí nguyên liệu và vận chuyển tăng.

Khảo sát tại một số siêu thị ở TP HCM đầu tuần này cho thấy, chai nước rửa chén Hoa Chanh loại 750 ml có giá 32.500 đồng, tăng 2.000 đồng so với tháng trước. Can nước lau sàn Mây Xanh 3,8 kg đang bán 96.000 đồng, cao hơn khoảng 7% so với cuối năm ngoái. Dòng nước lau sàn tinh dầu Thái Dương 7 giữ giá 45.000 đồng/chai nhưng giảm quà tặng kèm. Một hệ thống siêu thị tại TP HCM cho biết sức mua nhóm hàng tẩy rửa trong tháng 2 giảm khoảng 4% so với tháng 1, riêng các loại nước rửa chén giá dưới 20.000 đồng/chai vẫn bán chạy.

Đại diện một doanh nghiệp sản xuất chất tẩy rửa ở huyện Đức Hòa (Long An) cho biết, giá chất hoạt động bề mặt LAS nhập khẩu hiện ở mức khoảng 1.450 USD/tấn, tăng gần 12% so với quý IV/2023. Theo vị này, chi phí nguyên liệu chiếm 55-60% giá thành một chai nước rửa chén của doanh nghiệp.

Theo một công ty nghiên cứu thị trường, năm 2023 người tiêu dùng thành thị cả nước chi trung bình 28.000 đồng mỗi tháng cho nước rửa chén, tăng 9% so với năm 2022. Doanh số nước rửa chén dạng túi refill tăng gần gấp ba trong hai năm qua, hiện chiếm khoảng 15% tổng doanh số ngành hàng.

"Các doanh nghiệp cố gắng giữ giá đến hết quý II, nhưng nếu nguyên liệu tiếp tục tăng, giá bán có thể tăng thêm 3-5%", bà Trần Thu Hà, Phó Chủ tịch Hiệp hội Chất tẩy rửa Việt Nam, nói.

Theo Tổng cục Thống kê, chỉ số giá nhóm thiết bị và đồ dùng gia đình tháng 2/2024 tăng 0,42% so với tháng trước.

Minh Anh
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
F24 = per("tháng 2/2024", "2024-02-01", "2024-02-29")
VN = "Việt Nam"
HCM = "TP Hồ Chí Minh"
DH = "Đức Hòa"

FIGS = [
    fig("tăng 5-8%", "5", 5, "percent", "%", value_max=8,
        subject="giá bán nước rửa chén, nước lau sàn", location=VN),
    fig("loại 750 ml", "750", 750, "measure", "ml", location=HCM, optional=True),
    fig("giá 32.500 đồng", "32.500", 32500, "money", "đồng/chai",
        change=chg("increase", 2000, "đồng", "tháng trước"),
        subject="giá chai nước rửa chén Hoa Chanh", location=HCM),
    fig("Mây Xanh 3,8 kg", "3,8", 3.8, "measure", "kg", location=HCM, optional=True),
    fig("bán 96.000 đồng", "96.000", 96000, "money", "đồng/can",
        change=chg("increase", 7, "%", "cuối năm ngoái", approx="about"),
        subject="giá can nước lau sàn Mây Xanh", location=HCM),
    fig("45.000 đồng/chai", "45.000", 45000, "money", "đồng/chai",
        subject="giá nước lau sàn tinh dầu Thái Dương 7", location=HCM),
    fig("giảm khoảng 4%", "4", 4, "percent", "%", approx="about",
        subject="sức mua nhóm hàng tẩy rửa", period=per("trong tháng 2", "2024-02-01", "2024-02-29"), location=HCM),
    fig("dưới 20.000 đồng/chai", "20.000", 20000, "money", "đồng/chai", approx="under",
        subject="giá các loại nước rửa chén bán chạy", location=HCM, optional=True),
    fig("khoảng 1.450 USD/tấn", "1.450", 1450, "money", "USD/tấn", approx="about",
        change=chg("increase", 12, "%", "quý IV/2023", approx="nearly"),
        subject="giá chất hoạt động bề mặt LAS nhập khẩu", location=DH),
    fig("chiếm 55-60%", "55", 55, "percent", "%", value_max=60,
        subject="chi phí nguyên liệu trong giá thành một chai nước rửa chén", location=DH),
    fig("trung bình 28.000 đồng", "28.000", 28000, "money", "đồng/tháng",
        change=chg("increase", 9, "%", "năm 2022"),
        subject="chi tiêu trung bình của người tiêu dùng thành thị cho nước rửa chén", period=Y23, location=VN),
    fig("gần gấp ba", "ba", 3, "multiple", "lần", approx="nearly",
        subject="doanh số nước rửa chén dạng túi refill", location=VN),
    fig("khoảng 15% tổng", "15", 15, "percent", "%", approx="about",
        subject="tỷ trọng nước rửa chén dạng túi refill trong tổng doanh số ngành hàng", location=VN),
    fig("tăng thêm 3-5%", "3", 3, "percent", "%", value_max=5, status="forecast",
        subject="giá bán", location=VN),
    fig("tăng 0,42%", "0,42", 0.42, "percent", "%",
        subject="chỉ số giá nhóm thiết bị và đồ dùng gia đình", period=F24, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ ba, 12/3/2024, 06:30 (GMT+7)', sapo, quote, byline 'Minh Anh' at the end. Brand names invented.",
    "Distractors: 06:30, '(GMT+7)', 'đầu tháng 3', 'quý II', 'quý IV/2023' (baseline), 'hai năm qua', 'Thái Dương 7' (a product name with a digit).",
    "Pack sizes 'loại 750 ml', 'Can ... 3,8 kg' describe the product, not a fact about the market: optional.",
    "'các loại nước rửa chén giá dưới 20.000 đồng/chai' names a price band (cf. 'trẻ em dưới 1 tuổi' in the shared gold): optional.",
    "Supermarket prices are surveyed in TP HCM; the Đức Hòa producer's input price and cost share are located in Đức Hòa;",
    "the sapo ('nhãn hàng ... trong nước'), market research ('cả nước'), the quote's forecast and the GSO index are Việt Nam.",
    "'tăng 2.000 đồng so với tháng trước', 'cao hơn khoảng 7% so với cuối năm ngoái', 'tăng gần 12% so với quý IV/2023' are changes of the price before them.",
    "'tăng gần gấp ba' as the claim → multiple 3, nearly; '... hiện chiếm khoảng 15%' has no amount to attach to: a percent figure.",
    "'giá bán có thể tăng thêm 3-5%' (may rise) → forecast. '28.000 đồng mỗi tháng' → unit đồng/tháng. Only dated periods are annotated;",
    "'trong tháng 2' takes 2024 from the dateline (the nearest earlier date); 'giảm khoảng 4%' as the claim → percent, no change.",
]

if __name__ == "__main__":
    write("p1506-6", TEXT, NOTES, FIGS, published="2024-03-12", location=None)
