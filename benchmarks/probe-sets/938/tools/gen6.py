"""p938-6: national newspaper — strawberry picking gardens around Hà Nội (Mê Linh, Sóc Sơn)."""
from lib import F, P, I, C, T, emit

TEXT = """Thứ bảy, 14/12/2024, 07:30 (GMT+7)

Nông dân ngoại thành Hà Nội hút khách với vườn dâu tây công nghệ cao

Khoảng 40 vườn dâu tây ở ngoại thành Hà Nội mở cửa đón khách từ đầu tháng 12, giá vé 50.000-80.000 đồng/người.

Vườn dâu của chị Nguyễn Thị Hoa, 42 tuổi, ở xã Tráng Việt (huyện Mê Linh) rộng 5.000 m2, trồng 25.000 gốc dâu giống Hàn Quốc trên giá thể treo. Khách vào vườn trả 50.000 đồng/người, dâu hái mang về tính 300.000 đồng/kg, cao hơn khoảng 20% so với năm ngoái do giá phân bón, giá thể tăng.

"Cuối tuần vườn đón 1.000-1.500 khách, doanh thu mỗi vụ khoảng 2 tỷ đồng", chị Hoa nói. Vụ dâu kéo dài từ tháng 12 đến tháng 4 năm sau.

Cách đó gần 30 km, anh Trần Văn Minh ở xã Phù Linh (huyện Sóc Sơn) đầu tư 3,5 tỷ đồng xây 2.000 m2 nhà kính theo công nghệ Nhật Bản, tự động hóa tưới và điều chỉnh nhiệt độ. Theo anh Minh, năng suất đạt 4 kg/m2, dự kiến hòa vốn sau 3 năm.

Theo Sở Nông nghiệp và Phát triển nông thôn Hà Nội, năm 2024 thành phố có 54 ha dâu tây, gấp 2,5 lần năm 2020, trong đó Mê Linh, Sóc Sơn, Đông Anh và Ba Vì chiếm hơn 80% diện tích. Sản lượng mỗi năm khoảng 1.100 tấn.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện có khoảng 1.180 ha dâu tây, trong đó Lâm Đồng chiếm hơn 35%.

Võ Hải
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Khoảng 40 vườn", "40", 40, "count", "vườn", "vườn dâu tây mở cửa đón khách", approx="about"),
    F("giá vé 50.000-80.000 đồng/người", "50.000", 50000, "money", "đồng/người", "giá vé vườn dâu tây",
      value_max=80000),
    F("42 tuổi", "42", 42, "measure", "tuổi", "tuổi chị Nguyễn Thị Hoa", location="Mê Linh", optional=True),
    F("rộng 5.000 m2", "5.000", 5000, "measure", "m2", "diện tích vườn dâu của chị Nguyễn Thị Hoa", location="Mê Linh"),
    F("trồng 25.000 gốc", "25.000", 25000, "count", "gốc dâu", "gốc dâu giống Hàn Quốc trồng trên giá thể treo",
      location="Mê Linh"),
    F("trả 50.000 đồng/người", "50.000", 50000, "money", "đồng/người", "giá vé vào vườn", location="Mê Linh"),
    F("tính 300.000 đồng/kg", "300.000", 300000, "money", "đồng/kg", "giá dâu hái mang về", location="Mê Linh",
      change=C("increase", 20, "%", "năm ngoái", approx="about")),
    F("1.000-1.500 khách", "1.000", 1000, "count", "khách", "khách đến vườn dâu cuối tuần", value_max=1500,
      location="Mê Linh"),
    F("khoảng 2 tỷ đồng", "2", 2e9, "money", "đồng/vụ", "doanh thu vườn dâu mỗi vụ", approx="about",
      location="Mê Linh"),
    F("gần 30 km", "30", 30, "measure", "km", "khoảng cách giữa hai vườn dâu", approx="nearly", location="Sóc Sơn",
      optional=True),
    F("đầu tư 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "vốn đầu tư nhà kính trồng dâu của anh Trần Văn Minh",
      location="Sóc Sơn"),
    F("xây 2.000 m2", "2.000", 2000, "measure", "m2", "diện tích nhà kính trồng dâu", location="Sóc Sơn"),
    F("đạt 4 kg/m2", "4", 4, "measure", "kg/m2", "năng suất dâu tây trong nhà kính", location="Sóc Sơn"),
    F("sau 3 năm", "3", 3, "measure", "năm", "thời gian hòa vốn nhà kính trồng dâu", status="forecast",
      location="Sóc Sơn"),
    F("có 54 ha", "54", 54, "measure", "ha", "diện tích dâu tây", Y24, change=C("increase", 2.5, "lần", "năm 2020")),
    F("hơn 80% diện tích", "80", 80, "percent", "%", "tỷ lệ diện tích dâu tây của Mê Linh, Sóc Sơn, Đông Anh và Ba Vì",
      Y24, approx="over"),
    F("khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn/năm", "sản lượng dâu tây mỗi năm", approx="about"),
    F("khoảng 1.180 ha", "1.180", 1180, "measure", "ha", "diện tích dâu tây cả nước", approx="about",
      location="Việt Nam"),
    F("chiếm hơn 35%", "35", 35, "percent", "%", "tỷ trọng diện tích dâu tây của Lâm Đồng trong cả nước",
      approx="over", location="Lâm Đồng"),
]

NOTES = [
    "National newspaper, dateline 'Thứ bảy, 14/12/2024, 07:30 (GMT+7)', byline 'Võ Hải' at the end. Hà Nội picking gardens.",
    "Figures of the Mê Linh and Sóc Sơn gardens are located in those districts; the city totals in Hà Nội; the national area in Việt Nam,",
    "'Lâm Đồng chiếm hơn 35%' in Lâm Đồng. 'gấp 2,5 lần năm 2020' after 54 ha is its change (increase 2.5 lần, baseline năm 2020).",
    "'hơn 80%' and 'hơn 35%' after 'trong đó … chiếm' have no part amount: percent figures of their own.",
    "'Sản lượng mỗi năm' -> unit tấn/năm; 'doanh thu mỗi vụ' -> đồng/vụ. 'dự kiến hòa vốn sau 3 năm' -> measure 3 năm, forecast.",
    "Optional: the age '42 tuổi', the distance 'gần 30 km'. Distractors: dateline and time, 'từ đầu tháng 12',",
    "'từ tháng 12 đến tháng 4 năm sau', names. Periods only where a dated phrase stands in the sentence ('năm 2024').",
]

if __name__ == "__main__":
    emit("p938-6", TEXT, NOTES, FIGS, published="2024-12-14", location="Hà Nội")
