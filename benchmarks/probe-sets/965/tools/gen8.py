"""p965-8: Báo Bắc Giang online, (BGĐT) tag, headline figure: Lục Ngạn litchi cold storage and drying."""
from lib import F, P, I, C, write_set

TEXT = """Lục Ngạn: Gần 2.800 tấn vải thiều được bảo quản lạnh để xuất khẩu
Cập nhật lúc 16:40, Thứ Hai, 8/7/2024

(BGĐT) - Tính đến ngày 5/7, các cơ sở trên địa bàn huyện Lục Ngạn đã sơ chế, bảo quản lạnh 2.780 tấn vải thiều xuất khẩu đi Nhật Bản, Mỹ, EU và Australia, gấp 1,4 lần cùng kỳ năm 2023.

Vụ vải năm nay, huyện có 53 cơ sở sơ chế, đóng gói vải thiều, tăng 7 cơ sở so với năm trước; trong đó 19 cơ sở có kho lạnh với tổng sức chứa khoảng 1.600 tấn. Nhờ bảo quản ở nhiệt độ 2-4 độ C, vải giữ được chất lượng 25-30 ngày, đủ thời gian vận chuyển bằng đường biển. Tỷ lệ hao hụt của vải bảo quản lạnh chỉ khoảng 3-5%, trong khi vải vận chuyển thông thường hao hụt 15-20%.

Bên cạnh bảo quản lạnh, 64 lò sấy tại các xã Hồng Giang, Giáp Sơn, Phượng Sơn đã sấy khoảng 5.200 tấn quả tươi. Giá vải sấy khô hiện ở mức 65.000-75.000 đồng/kg, cao hơn cùng kỳ khoảng 10%.

Theo Sở Nông nghiệp và Phát triển nông thôn, sản lượng vải thiều toàn tỉnh năm 2024 ước đạt 220.000 tấn, trong đó Lục Ngạn khoảng 120.000 tấn, chiếm 54,5%. Tại Hội nghị xúc tiến tiêu thụ vải thiều lần thứ 4 do tỉnh tổ chức, các doanh nghiệp đã ký 21 hợp đồng, biên bản ghi nhớ với tổng khối lượng hơn 30.000 tấn.

Huyện phấn đấu đến năm 2025 có 30 cơ sở có kho lạnh, tỷ lệ vải xuất khẩu được bảo quản lạnh đạt trên 80%.

Minh Hà
"""

ASOF = P("Tính đến ngày 5/7", end="2024-07-05")
NOW = P("Vụ vải năm nay", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Gần 2.800 tấn", "2.800", 2800, "measure", "tấn", approx="nearly",
      subject="vải thiều được bảo quản lạnh để xuất khẩu"),
    F("lạnh 2.780 tấn", "2.780", 2780, "measure", "tấn", change=C("increase", 1.4, "lần", "cùng kỳ năm 2023"),
      subject="vải thiều xuất khẩu được sơ chế, bảo quản lạnh", period=ASOF),
    F("có 53 cơ sở", "53", 53, "count", "cơ sở", change=C("increase", 7, "cơ sở", "năm trước"),
      subject="cơ sở sơ chế, đóng gói vải thiều", period=NOW),
    F("19 cơ sở", "19", 19, "count", "cơ sở", total=53, subject="cơ sở có kho lạnh", period=NOW),
    F("khoảng 1.600 tấn", "1.600", 1600, "measure", "tấn", approx="about", subject="tổng sức chứa kho lạnh",
      period=NOW),
    F("2-4 độ C", "2", 2, "measure", "độ C", value_max=4, subject="nhiệt độ bảo quản vải"),
    F("25-30 ngày", "25", 25, "measure", "ngày", value_max=30, subject="thời gian vải giữ được chất lượng"),
    F("khoảng 3-5%", "3", 3, "percent", "%", value_max=5, approx="about",
      subject="tỷ lệ hao hụt của vải bảo quản lạnh"),
    F("hao hụt 15-20%", "15", 15, "percent", "%", value_max=20,
      subject="tỷ lệ hao hụt của vải vận chuyển thông thường"),
    F("64 lò sấy", "64", 64, "count", "lò sấy", subject="lò sấy vải", period=I(NOW)),
    F("khoảng 5.200 tấn", "5.200", 5200, "measure", "tấn", approx="about", subject="quả vải tươi được sấy", period=I(NOW)),
    F("65.000-75.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", value_max=75000,
      change=C("increase", 10, "%", "cùng kỳ", approx="about"), subject="giá vải sấy khô"),
    F("ước đạt 220.000 tấn", "220.000", 220000, "measure", "tấn", status="estimate",
      subject="sản lượng vải thiều toàn tỉnh", period=Y24, location="Bắc Giang"),
    F("khoảng 120.000 tấn", "120.000", 120000, "measure", "tấn", approx="about", total=220000, percent=54.5,
      status="estimate", subject="sản lượng vải thiều", period=Y24),
    F("ký 21 hợp đồng", "21", 21, "count", "hợp đồng", subject="hợp đồng, biên bản ghi nhớ tiêu thụ vải thiều",
      location="Bắc Giang"),
    F("hơn 30.000 tấn", "30.000", 30000, "measure", "tấn", approx="over",
      subject="tổng khối lượng vải thiều ký hợp đồng, biên bản ghi nhớ", location="Bắc Giang"),
    F("có 30 cơ sở", "30", 30, "count", "cơ sở", status="target", subject="cơ sở có kho lạnh", period=T25),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="tỷ lệ vải xuất khẩu được bảo quản lạnh", period=T25),
]

NOTES = [
    "Báo Bắc Giang online, headline figure, 'Cập nhật lúc 16:40, Thứ Hai, 8/7/2024', tag (BGĐT): Lục Ngạn litchi cold storage and drying.",
    "Article location Lục Ngạn (district named throughout); provincial output and the trade-conference contracts are Bắc Giang.",
    "'Tính đến ngày 5/7' takes 2024 from the dateline; 'Vụ vải năm nay' = 2024 (year of the article).",
    "'gấp 1,4 lần cùng kỳ năm 2023' after 2.780 tấn -> change in lần; 'tăng 7 cơ sở' -> change of 53 cơ sở; '19 cơ sở' after trong đó -> total 53.",
    "'trong đó Lục Ngạn khoảng 120.000 tấn, chiếm 54,5%' -> total 220.000, percent 54,5, estimate carried from 'ước đạt' (clause continues it).",
    "'cao hơn cùng kỳ khoảng 10%' after the dried-litchi price range -> its change. Distractors: 16:40, 'lần thứ 4', tag, byline.",
]

write_set(8, TEXT, FIGS, NOTES, published="2024-07-08", location="Lục Ngạn")
