"""p747-6: national press (VnExpress style), xuất khẩu rong biển 10 tháng 2024."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 14/11/2024, 06:30 (GMT+7)

Xuất khẩu rong biển 10 tháng tăng 18%

Kim ngạch xuất khẩu rong biển và các sản phẩm chế biến từ rong biển 10 tháng năm 2024 đạt 52,3 triệu USD, tăng 18% so với cùng kỳ, theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP).

Trung Quốc vẫn là thị trường lớn nhất, chiếm 41% giá trị xuất khẩu. Nhật Bản, Hàn Quốc và Mỹ lần lượt đạt 9,8 triệu USD, 6,1 triệu USD và 4,4 triệu USD. Riêng tháng 10, xuất khẩu đạt 6,2 triệu USD, giảm 3,5% so với tháng trước.

Mặt hàng chủ lực là rong sụn khô, bột carrageenan và rong nho tách nước. Giá rong sụn khô xuất khẩu bình quân khoảng 1.350 USD/tấn, tăng 120 USD so với đầu năm.

Ông Trần Minh Khoa, Giám đốc một doanh nghiệp chế biến carrageenan ở huyện Ninh Hải (Ninh Thuận), cho biết nhà máy đang chạy khoảng 75% công suất, mỗi tháng thu mua 300-350 tấn rong khô của nông dân. "Nguyên liệu trong nước chưa đủ, có thời điểm chúng tôi phải nhập rong từ Indonesia", ông Khoa nói.

Theo Cục Thủy sản, cả nước hiện có hơn 40 cơ sở chế biến rong biển, trong đó chỉ khoảng 10 cơ sở có dây chuyền hiện đại. Khoảng 80% sản lượng rong sụn vẫn xuất khẩu dạng thô nên giá trị gia tăng thấp. VASEP dự báo cả năm 2024, xuất khẩu rong biển có thể đạt 62-65 triệu USD.

Thanh Hà
"""

M10h = P("10 tháng", "2024-01-01", "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
OCT = P("tháng 10", "2024-10-01", "2024-10-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
SUB = "kim ngạch xuất khẩu rong biển"

FIGS = [
    F("10 tháng tăng 18%", "18", 18, "percent", "%", "tăng trưởng xuất khẩu rong biển", M10h),
    F("đạt 52,3 triệu USD", "52,3", 52.3e6, "money", "USD", "kim ngạch xuất khẩu rong biển và các sản phẩm chế biến từ rong biển", M10,
      change=CH("increase", 18, baseline="cùng kỳ")),
    F("chiếm 41%", "41", 41, "percent", "%", "tỷ trọng thị trường Trung Quốc trong giá trị xuất khẩu rong biển", I(M10)),
    F("đạt 9,8 triệu USD", "9,8", 9.8e6, "money", "USD", SUB + " sang Nhật Bản", I(M10)),
    F("6,1 triệu USD", "6,1", 6.1e6, "money", "USD", SUB + " sang Hàn Quốc", I(M10)),
    F("4,4 triệu USD", "4,4", 4.4e6, "money", "USD", SUB + " sang Mỹ", I(M10)),
    F("đạt 6,2 triệu USD", "6,2", 6.2e6, "money", "USD", SUB + " tháng 10", OCT,
      change=CH("decrease", 3.5, baseline="tháng trước")),
    F("khoảng 1.350 USD/tấn", "1.350", 1350, "money", "USD/tấn", "giá rong sụn khô xuất khẩu bình quân", approx="about",
      change=CH("increase", 120, "USD", baseline="đầu năm")),
    F("khoảng 75% công suất", "75", 75, "percent", "%", "công suất hoạt động của nhà máy chế biến carrageenan", approx="about",
      location="Ninh Hải"),
    F("300-350 tấn", "300", 300, "measure", "tấn", "rong khô thu mua mỗi tháng", value_max=350, location="Ninh Hải"),
    F("hơn 40 cơ sở", "40", 40, "count", "cơ sở", "cơ sở chế biến rong biển", approx="over"),
    F("khoảng 10 cơ sở", "10", 10, "count", "cơ sở", "cơ sở chế biến rong biển có dây chuyền hiện đại", approx="about", total=40),
    F("Khoảng 80%", "80", 80, "percent", "%", "tỷ lệ sản lượng rong sụn xuất khẩu dạng thô", approx="about"),
    F("62-65 triệu USD", "62", 62e6, "money", "USD", SUB, Y24, value_max=65e6, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 14/11/2024, 06:30 (GMT+7)'): xuất khẩu rong biển 10 tháng 2024 (VASEP), markets, prices, processors.",
    "Distractors: dateline with '(GMT+7)', byline. Headline 'tăng 18%' is a growth rate that is the claim (percent, no change);",
    "'10 tháng' in the headline takes the year of the dateline. Markets (Trung Quốc, Nhật Bản, …) are trade partners, not locations: Việt Nam.",
    "'lần lượt' list: three money figures. The processor in 'huyện Ninh Hải (Ninh Thuận)' gives location Ninh Hải.",
    "'trong đó chỉ khoảng 10 cơ sở' is a part of 'hơn 40 cơ sở' (total 40). 'dự báo … có thể đạt 62-65 triệu USD' → forecast range.",
]

if __name__ == "__main__":
    emit("p747-6", TEXT, COMMENTS, FIGS, published="2024-11-14", location="Việt Nam")
