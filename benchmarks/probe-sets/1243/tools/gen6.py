"""p1243-6: national newspaper: vegetable prices after typhoon Yagi, Hà Nội's winter crop replanting."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ hai, 14/10/2024, 06:30 (GMT+7)

Giá rau vụ đông tăng mạnh sau bão, nông dân ngoại thành Hà Nội tăng tốc xuống giống

Sau bão số 3, giá nhiều loại rau tại các chợ đầu mối Hà Nội vẫn cao gấp 2-3 lần trước bão; bắp cải được bán 25.000-30.000 đồng/bắp, su hào 15.000 đồng/củ.

Tại chợ đầu mối nông sản Minh Khai (quận Bắc Từ Liêm), mỗi đêm có khoảng 250 tấn rau các loại được giao dịch, chỉ bằng 60% so với trước bão. "Bắp cải từ Mộc Châu, Đà Lạt về nhiều nhưng vẫn không đủ hàng", bà Lê Thị Hoa, tiểu thương có sạp số 47, nói.

Theo Sở NN&PTNT Hà Nội, bão làm hơn 9.200 ha rau của thành phố bị hư hại, trong đó gần 4.000 ha mất trắng. Từ đầu tháng 9 đến nay, nông dân đã gieo trồng lại được 6.300 ha. Vụ đông 2024-2025, Hà Nội đặt kế hoạch gieo trồng 32.000 ha, trong đó 13.500 ha rau các loại; đến ngày 12/10 đã xuống giống 11.200 ha, đạt 35%. Thành phố dự kiến hỗ trợ 50% chi phí mua giống cho các hộ bị thiệt hại.

Tại xã Văn Khê (huyện Mê Linh), ông Nguyễn Văn Sơn vừa gieo 1,5 mẫu bắp cải. "Năm nay giống đắt hơn năm ngoái khoảng 20%, nhưng giá bán cao nên tôi vẫn trồng", ông nói. Huyện Mê Linh có khoảng 2.100 ha rau, nhiều nhất thành phố. Hội Nông dân huyện dự báo đến cuối tháng 12, giá bắp cải sẽ giảm về mức 8.000-10.000 đồng/kg.

Gia Chính
"""

SINCE = per("Từ đầu tháng 9 đến nay", "2024-09-01", "2024-10-14")
ASOF = per("đến ngày 12/10", None, "2024-10-12")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
DEC = per("đến cuối tháng 12", None, "2024-12-31")
BTL, ML = "Bắc Từ Liêm", "Mê Linh"

FIGS = [
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="giá nhiều loại rau tại các chợ đầu mối so với trước bão"),
    fig("25.000-30.000 đồng/bắp", "25.000", 25000, "money", "đồng/bắp", value_max=30000, subject="giá bắp cải"),
    fig("15.000 đồng/củ", "15.000", 15000, "money", "đồng/củ", subject="giá su hào"),
    fig("khoảng 250 tấn", "250", 250, "measure", "tấn/đêm", approx="about", percent=60,
        subject="rau các loại được giao dịch mỗi đêm", location=BTL),
    fig("hơn 9.200 ha", "9.200", 9200, "measure", "ha", approx="over", subject="rau bị hư hại"),
    fig("gần 4.000 ha", "4.000", 4000, "measure", "ha", approx="nearly", total=9200, subject="rau mất trắng"),
    fig("được 6.300 ha", "6.300", 6300, "measure", "ha", subject="rau nông dân gieo trồng lại", period=SINCE),
    fig("gieo trồng 32.000 ha", "32.000", 32000, "measure", "ha", status="target",
        subject="kế hoạch gieo trồng vụ đông"),
    fig("trong đó 13.500 ha", "13.500", 13500, "measure", "ha", total=32000, status="target",
        subject="rau các loại"),
    fig("giống 11.200 ha", "11.200", 11200, "measure", "ha", percent=35, subject="diện tích đã xuống giống",
        period=ASOF),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", status="forecast",
        subject="hỗ trợ chi phí mua giống cho các hộ bị thiệt hại"),
    fig("1,5 mẫu", "1,5", 1.5, "measure", "mẫu", subject="bắp cải ông Sơn gieo", location=ML),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about", subject="giá giống đắt hơn năm ngoái",
        period=Y24, location=ML),
    fig("khoảng 2.100 ha", "2.100", 2100, "measure", "ha", approx="about", subject="diện tích rau",
        location=ML),
    fig("8.000-10.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", value_max=10000, status="forecast",
        subject="giá bắp cải", period=DEC, location=ML),
]

NOTES = [
    "National newspaper: 'Thứ hai, 14/10/2024, 06:30 (GMT+7)', headline, sapo, quotes, byline 'Gia Chính' at the end.",
    "Distractors: 06:30, '(GMT+7)', 'bão số 3', 'sạp số 47', 'tháng 9', 'ngày 12/10' (period end), season label '2024-2025', 'năm ngoái'.",
    "'cao gấp 2-3 lần trước bão' has no base amount: a multiple figure (2-3 lần).",
    "'mỗi đêm có khoảng 250 tấn' → tấn/đêm; 'chỉ bằng 60% so với trước bão' → percent 60 (share after 'bằng'); place quận Bắc Từ Liêm.",
    "'trong đó gần 4.000 ha mất trắng' → total 9.200. 'đặt kế hoạch gieo trồng 32.000 ha, trong đó 13.500 ha' → target, total 32.000.",
    "'đã xuống giống 11.200 ha, đạt 35%' → percent 35 (not a total). 'Từ đầu tháng 9 đến nay' ends at published (14/10/2024).",
    "'Thành phố dự kiến hỗ trợ 50% chi phí mua giống' → a percent figure, forecast.",
    "'Năm nay giống đắt hơn năm ngoái khoảng 20%' → a percent claim, period 2024 (published). Mê Linh for the farmer and district.",
    "'dự báo đến cuối tháng 12, giá … sẽ giảm về mức 8.000-10.000 đồng/kg' → forecast; 'đến cuối tháng 12' read as an as-of end",
    "2024-12-31 (borderline: the spec lists 'đến 30/6/2023' only). 'nhiều nhất thành phố' has no number: not a rank figure.",
]

if __name__ == "__main__":
    write("p1243-6", TEXT, NOTES, FIGS, published="2024-10-14", location="Hà Nội")
