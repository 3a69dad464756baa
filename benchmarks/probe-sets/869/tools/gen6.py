"""p869-6: national newspaper (VnExpress style), Đà Nẵng relocates ice plants after an ammonia leak, 2025."""
from lib import C, F, I, P, T, write_set

TEXT = """Thời sự
Thứ năm, 6/3/2025, 10:20 (GMT+7)
Đà Nẵng di dời 9 nhà máy nước đá khỏi khu dân cư

Sau sự cố rò rỉ khí amoniac khiến 12 người phải đi cấp cứu, thành phố yêu cầu các nhà máy nước đá quanh âu thuyền Thọ Quang di dời trước năm 2027.

Tối 3/3, bồn chứa amoniac (NH3) dung tích khoảng 2 m3 của một nhà máy nước đá trên đường Vân Đồn, quận Sơn Trà bị rò rỉ. Mùi khí lan trong bán kính gần 300 m, 12 người dân bị khó thở được đưa vào Bệnh viện Đà Nẵng; đến trưa 4/3, 10 người đã xuất viện.

Theo Sở Công Thương, thành phố có 23 cơ sở sản xuất nước đá, tổng công suất khoảng 1.900 tấn/ngày, trong đó 9 cơ sở nằm xen trong khu dân cư quanh âu thuyền, sử dụng tổng cộng hơn 15 tấn NH3. Các cơ sở này cung cấp khoảng 60% lượng đá cho hơn 1.200 tàu cá cập cảng mỗi tháng.

Năm 2024, lượng đá cây tiêu thụ tại cảng cá Thọ Quang đạt 410.000 tấn, tăng 7% so với năm trước; giá bình quân 27.000 đồng/cây loại 50 kg.

Theo kế hoạch, thành phố sẽ bố trí quỹ đất khoảng 5 ha tại khu dịch vụ hậu cần nghề cá Thọ Quang để doanh nghiệp xây nhà máy mới, tổng vốn dự kiến 450-500 tỷ đồng. Mỗi doanh nghiệp di dời đúng hạn được hỗ trợ tối đa 2 tỷ đồng.

Ông Trần Văn Hai, chủ một cơ sở nước đá trên đường Vân Đồn, cho biết chi phí xây mới một nhà máy công suất 100 tấn/ngày khoảng 25 tỷ đồng, cao gấp 1,5 lần so với 5 năm trước. "Nếu không được hỗ trợ, nhiều cơ sở nhỏ sẽ phải đóng cửa", ông nói.

Nguyễn Đông
"""

FIGS = [
    F("di dời 9 nhà máy", "9", 9, "count", "nhà máy", subject="nhà máy nước đá phải di dời khỏi khu dân cư"),
    F("khiến 12 người", "12", 12, "count", "người", subject="người phải đi cấp cứu", location="Sơn Trà"),
    F("khoảng 2 m3", "2", 2, "measure", "m3", approx="about", subject="dung tích bồn chứa amoniac",
      location="Sơn Trà", optional=True),
    F("gần 300 m", "300", 300, "measure", "m", approx="nearly", subject="bán kính lan mùi khí",
      location="Sơn Trà"),
    F("12 người dân", "12", 12, "count", "người", subject="người dân bị khó thở được đưa vào bệnh viện",
      location="Sơn Trà"),
    F("10 người đã xuất viện", "10", 10, "count", "người", subject="người đã xuất viện", location="Sơn Trà"),
    F("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở sản xuất nước đá"),
    F("khoảng 1.900 tấn/ngày", "1.900", 1900, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất cơ sở sản xuất nước đá"),
    F("9 cơ sở nằm xen", "9", 9, "count", "cơ sở", total=23,
      subject="cơ sở nằm xen trong khu dân cư quanh âu thuyền"),
    F("hơn 15 tấn NH3", "15", 15, "measure", "tấn", approx="over", subject="NH3 các cơ sở sử dụng"),
    F("khoảng 60% lượng đá", "60", 60, "percent", "%", approx="about",
      subject="lượng đá các cơ sở cung cấp cho tàu cá"),
    F("hơn 1.200 tàu cá", "1.200", 1200, "count", "tàu cá", approx="over",
      subject="tàu cá cập cảng mỗi tháng"),
    F("đạt 410.000 tấn", "410.000", 410000, "measure", "tấn",
      change=C("increase", 7, baseline="năm trước"),
      subject="lượng đá cây tiêu thụ tại cảng cá Thọ Quang",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("27.000 đồng/cây", "27.000", 27000, "money", "đồng/cây", subject="giá bình quân đá cây",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("loại 50 kg", "50", 50, "measure", "kg", subject="khối lượng cây đá", optional=True),
    F("khoảng 5 ha", "5", 5, "measure", "ha", approx="about", status="target",
      subject="quỹ đất bố trí xây nhà máy mới"),
    F("450-500 tỷ đồng", "450", 450000000000, "money", "đồng", value_max=500000000000,
      status="forecast", subject="tổng vốn xây nhà máy mới"),
    F("tối đa 2 tỷ đồng", "2", 2000000000, "money", "đồng/doanh nghiệp", approx="at_most",
      subject="mức hỗ trợ doanh nghiệp di dời đúng hạn"),
    F("công suất 100 tấn/ngày", "100", 100, "measure", "tấn/ngày", subject="công suất nhà máy",
      optional=True),
    F("khoảng 25 tỷ đồng", "25", 25000000000, "money", "đồng", approx="about",
      change=C("increase", 1.5, "lần", baseline="5 năm trước"),
      subject="chi phí xây mới một nhà máy"),
]

NOTES = [
    "National newspaper (dateline 'Thứ năm, 6/3/2025, 10:20 (GMT+7)'): Đà Nẵng relocates ice plants after an NH3 leak.",
    "The leak figures (people, radius) are located in quận Sơn Trà, which the text names; the rest is Đà Nẵng.",
    "'di dời 9 nhà máy' counts the plants under the relocation order (actual); 'trước năm 2027', 'Tối 3/3', 'trưa 4/3',",
    "'10:20', 'ông Trần Văn Hai', 'đường Vân Đồn', '5 năm trước' (baseline) are not figures. Specifications of an example",
    "(tank '2 m3', block 'loại 50 kg', plant 'công suất 100 tấn/ngày') are optional. '10 người đã xuất viện' has no part-of cue: no total.",
    "'Theo kế hoạch' → target for the land; 'tổng vốn dự kiến' → forecast; 'cao gấp 1,5 lần so với' → change in 'lần'.",
]

write_set("p869-6", TEXT, FIGS, NOTES, published="2025-03-06", location="Đà Nẵng")
