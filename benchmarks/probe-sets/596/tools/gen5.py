"""p596-5: Báo Khánh Hòa (Party newspaper) — workers in seafood processing plants, wages, Tết bonus, 2024 training target."""
from lib import F, P, inh, CH, emit

TEXT = """Doanh nghiệp chế biến thủy sản thiếu hơn 3.000 lao động

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh Khánh Hòa hiện có 46 doanh nghiệp chế biến thủy sản đang hoạt động, sử dụng khoảng 19.800 lao động, trong đó lao động nữ khoảng 14.200 người, chiếm 71,7%. Năm 2023, kim ngạch xuất khẩu thủy sản của tỉnh đạt 592 triệu USD, giảm 14,3% so với năm 2022, chủ yếu là cá ngừ, tôm hùm và surimi.

Dù đơn hàng đã tăng trở lại, hiện các doanh nghiệp vẫn thiếu hơn 3.000 lao động, tập trung ở Cam Ranh (1.150 người), Ninh Hòa (820 người) và Nha Trang (640 người). Tại một công ty trong Khu công nghiệp Suối Dầu, hơn 1.200 công nhân đang làm việc 2 ca mỗi ngày để kịp giao cá ngừ cho khách hàng Nhật Bản.

Thu nhập bình quân của công nhân chế biến thủy sản năm 2023 đạt 7,6 triệu đồng/người/tháng, tăng khoảng 5% so với năm 2022; công nhân có tay nghề cao đạt từ 10 đến 12 triệu đồng/người/tháng. Về thưởng Tết Giáp Thìn, mức thưởng bình quân là 6,8 triệu đồng/người; mức cao nhất 35 triệu đồng, thấp nhất 500.000 đồng.

Ông Lê Văn Hải, Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, năm 2024 ngành phấn đấu đào tạo nghề cho 2.500 lao động chế biến thủy sản, nâng tỷ lệ lao động qua đào tạo trong ngành lên 65%.

NGỌC HÀ
15/01/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thủy sản thiếu hơn 3.000 lao động", "3.000", 3000, "count", "lao động", approx="over",
      subject="lao động doanh nghiệp chế biến thủy sản thiếu"),
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
      subject="doanh nghiệp chế biến thủy sản đang hoạt động"),
    F("khoảng 19.800 lao động", "19.800", 19800, "count", "lao động", approx="about",
      subject="lao động doanh nghiệp chế biến thủy sản sử dụng"),
    F("khoảng 14.200 người", "14.200", 14200, "count", "người", approx="about", total=19800, percent=71.7,
      subject="lao động nữ"),
    F("đạt 592 triệu USD", "592", 592e6, "money", "USD", change=CH("decrease", 14.3, baseline="năm 2022"),
      subject="kim ngạch xuất khẩu thủy sản", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("vẫn thiếu hơn 3.000 lao động", "3.000", 3000, "count", "lao động", approx="over",
      subject="lao động các doanh nghiệp còn thiếu"),
    F("(1.150 người)", "1.150", 1150, "count", "người", subject="lao động các doanh nghiệp còn thiếu",
      location="Cam Ranh"),
    F("(820 người)", "820", 820, "count", "người", subject="lao động các doanh nghiệp còn thiếu",
      location="Ninh Hòa"),
    F("(640 người)", "640", 640, "count", "người", subject="lao động các doanh nghiệp còn thiếu",
      location="Nha Trang"),
    F("hơn 1.200 công nhân", "1.200", 1200, "count", "công nhân", approx="over",
      subject="công nhân đang làm việc tại một công ty trong Khu công nghiệp Suối Dầu"),
    F("2 ca mỗi ngày", "2", 2, "count", "ca", subject="ca làm việc mỗi ngày", optional=True),
    F("đạt 7,6 triệu đồng/người/tháng", "7,6", 7.6e6, "money", "đồng/người/tháng",
      change=CH("increase", 5, approx="about", baseline="năm 2022"),
      subject="thu nhập bình quân của công nhân chế biến thủy sản", period=Y23),
    F("từ 10 đến 12 triệu đồng/người/tháng", "10", 10e6, "money", "đồng/người/tháng", value_max=12e6,
      subject="thu nhập của công nhân có tay nghề cao", period=Y23),
    F("là 6,8 triệu đồng/người", "6,8", 6.8e6, "money", "đồng/người",
      subject="mức thưởng Tết bình quân"),
    F("cao nhất 35 triệu đồng", "35", 35e6, "money", "đồng", subject="mức thưởng Tết cao nhất"),
    F("thấp nhất 500.000 đồng", "500.000", 500000, "money", "đồng", subject="mức thưởng Tết thấp nhất"),
    F("cho 2.500 lao động", "2.500", 2500, "count", "lao động", status="target",
      subject="lao động chế biến thủy sản được đào tạo nghề", period=Y24),
    F("lên 65%", "65", 65, "percent", "%", status="target",
      subject="tỷ lệ lao động qua đào tạo trong ngành", period=Y24),
]

COMMENTS = [
    "Báo Khánh Hòa (Party newspaper; byline and bare date '15/01/2024' at the end): workers in seafood processing plants, shortages",
    "by locality, wages 2023, Tết bonus, 2024 training targets. Location Khánh Hòa; bracketed items Cam Ranh / Ninh Hòa / Nha Trang are",
    "their own location, no total (2.610 does not add up to 'hơn 3.000', and 'tập trung ở' is no part-of cue).",
    "'lao động nữ khoảng 14.200 người, chiếm 71,7%' after 'trong đó' -> total 19.800, percent 71,7. The headline figure is a figure.",
    "'hiện' sentences get no period; '10 đến 12 triệu' shares the sentence (after ';') with 'năm 2023'. 'Tết Giáp Thìn' is a name.",
    "'2 ca mỗi ngày' optional. Not figures: 'Khu công nghiệp Suối Dầu', the byline date.",
]

if __name__ == "__main__":
    emit("p596-5", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Khánh Hòa")
