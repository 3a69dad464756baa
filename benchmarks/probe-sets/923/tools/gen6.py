"""p923-6: national newspaper (VnExpress style), a cá lăng pond farm in Kim Động, Hưng Yên; national price context."""
from lib import F, P, I, C, T, build

TEXT = """Kinh doanh › Nông nghiệp
Thứ năm, 7/11/2024, 14:30 (GMT+7)
Lãi 2 tỷ đồng mỗi năm nhờ nuôi cá lăng trong ao

Hưng Yên - Chuyển 3 ha ruộng trũng sang đào ao nuôi cá lăng nha, ông Đỗ Văn Sáu thu lãi khoảng 2 tỷ đồng mỗi năm.

Trang trại của ông Sáu ở xã Đồng Thanh, huyện Kim Động, nằm cạnh Quốc lộ 39, hiện có 8 ao với tổng diện tích mặt nước 2,6 ha, mỗi ao sâu 2,5-3 m. Ông bắt đầu nuôi cá lăng từ năm 2016 sau nhiều lần thất bại với cá rô phi.

Ông thả cá giống cỡ 10-12 cm với mật độ 2-3 con/m2. Sau khoảng 12 tháng, cá đạt 1,5-2 kg/con thì xuất bán. Mỗi năm trang trại cung cấp ra thị trường 45-50 tấn cá lăng thương phẩm, giá bán buôn 115.000-125.000 đồng/kg. Trừ chi phí thức ăn, con giống, điện, nhân công, ông lãi khoảng 2 tỷ đồng. Trang trại tạo việc làm cho 9 lao động, thu nhập 8-10 triệu đồng/người/tháng.

"Cá lăng ăn khỏe, thức ăn chiếm tới 65% chi phí nên phải tính toán kỹ khẩu phần", ông Sáu nói.

Theo Hội Nghề cá Việt Nam, từ đầu năm đến nay giá cá lăng thương phẩm trên cả nước tăng khoảng 8-10% do nguồn cung cá tự nhiên giảm. Tại Hưng Yên, diện tích nuôi cá lăng trong ao đã tăng từ 35 ha năm 2020 lên 112 ha năm 2023; 9 tháng đầu năm 2024, sản lượng cá lăng của tỉnh đạt gần 1.900 tấn, tăng 21% so với cùng kỳ.

Hoàng Phương
"""

KD = "Kim Động"

FIGS = [
    F("Lãi 2 tỷ đồng mỗi năm", "2", 2_000_000_000, "money", "đồng/năm", "lãi nuôi cá lăng trong ao", location=KD),
    F("Chuyển 3 ha ruộng trũng", "3", 3, "measure", "ha", "ruộng trũng chuyển sang đào ao nuôi cá lăng",
      location=KD),
    F("khoảng 2 tỷ đồng mỗi năm", "2", 2_000_000_000, "money", "đồng/năm", "lãi nuôi cá lăng của ông Đỗ Văn Sáu",
      approx="about", location=KD),
    F("có 8 ao", "8", 8, "count", "ao", "ao nuôi của trang trại", location=KD),
    F("mặt nước 2,6 ha", "2,6", 2.6, "measure", "ha", "diện tích mặt nước của trang trại", location=KD),
    F("sâu 2,5-3 m", "2,5", 2.5, "measure", "m", "độ sâu mỗi ao", value_max=3, location=KD, optional=True),
    F("cỡ 10-12 cm", "10", 10, "measure", "cm", "cỡ cá giống thả", value_max=12, location=KD, optional=True),
    F("mật độ 2-3 con/m2", "2", 2, "measure", "con/m2", "mật độ thả cá giống", value_max=3, location=KD),
    F("Sau khoảng 12 tháng", "12", 12, "measure", "tháng", "thời gian nuôi", approx="about", location=KD,
      optional=True),
    F("đạt 1,5-2 kg/con", "1,5", 1.5, "measure", "kg/con", "trọng lượng cá lăng xuất bán", value_max=2,
      location=KD),
    F("thị trường 45-50 tấn", "45", 45, "measure", "tấn/năm", "cá lăng thương phẩm trang trại cung cấp ra thị trường",
      value_max=50, location=KD),
    F("buôn 115.000-125.000 đồng/kg", "115.000", 115000, "money", "đồng/kg", "giá bán buôn cá lăng",
      value_max=125000, location=KD),
    F("ông lãi khoảng 2 tỷ đồng.", "2", 2_000_000_000, "money", "đồng", "lãi của trang trại sau khi trừ chi phí",
      approx="about", location=KD),
    F("cho 9 lao động", "9", 9, "count", "lao động", "lao động có việc làm tại trang trại", location=KD),
    F("thu nhập 8-10 triệu đồng/người/tháng", "8", 8_000_000, "money", "đồng/người/tháng", "thu nhập của lao động",
      value_max=10_000_000, location=KD),
    F("chiếm tới 65% chi phí", "65", 65, "percent", "%", "tỷ trọng thức ăn trong chi phí nuôi cá lăng", location=KD),
    F("tăng khoảng 8-10%", "8", 8, "percent", "%", "giá cá lăng thương phẩm tăng",
      P("từ đầu năm đến nay", "2024-01-01", "2024-11-07"), value_max=10, approx="about", location="Việt Nam"),
    F("từ 35 ha năm 2020", "35", 35, "measure", "ha", "diện tích nuôi cá lăng trong ao",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("lên 112 ha năm 2023", "112", 112, "measure", "ha", "diện tích nuôi cá lăng trong ao",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 1.900 tấn", "1.900", 1900, "measure", "tấn", "sản lượng cá lăng",
      P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30"), approx="nearly",
      change=C("increase", 21, "%", "cùng kỳ")),
]

COMMENTS = [
    "National newspaper (VnExpress style), 'Thứ năm, 7/11/2024, 14:30 (GMT+7)': a cá lăng pond farm in Kim Động, Hưng Yên; invented for probe set 923.",
    "The farm's figures are located in Kim Động (district named in the text); province figures Hưng Yên; the national price rise Việt Nam.",
    "Headline, lede and body each state the profit (2 tỷ đồng): three figures. 'mỗi năm' -> unit đồng/năm; 'Mỗi năm ... 45-50 tấn' -> tấn/năm.",
    "Optional: the example's specification (pond depth 2,5-3 m, fingerling size 10-12 cm) and the cycle 'Sau khoảng 12 tháng'.",
    "Not figures: Quốc lộ 39, ông Đỗ Văn Sáu, 'từ năm 2016', 'nhiều lần', the byline and the dateline.",
    "'tăng từ 35 ha năm 2020 lên 112 ha năm 2023': two figures with their own years, no change stated. 'chiếm tới 65% chi phí': a percent figure.",
    "'từ đầu năm đến nay' runs from 2024-01-01 to the dateline 2024-11-07.",
]

if __name__ == "__main__":
    build("p923-6", TEXT, COMMENTS, FIGS, published="2024-11-07", location="Hưng Yên")
