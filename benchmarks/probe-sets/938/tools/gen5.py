"""p938-5: Báo Kon Tum (Party paper) — Măng Đen strawberry farm and picking tourism, Kon Plông."""
from lib import F, P, I, C, T, emit

TEXT = """Dâu tây Măng Đen - "đặc sản" hút khách du lịch

Những năm gần đây, nhiều vườn dâu tây ở thị trấn Măng Đen, huyện Kon Plông trở thành điểm đến quen thuộc của du khách mỗi dịp cuối tuần.

Trang trại dâu tây của anh A Dũng ở thôn Kon Tu Rằng rộng 1,2 ha, gồm 14 nhà kính với hơn 40.000 gốc dâu giống Hàn Quốc và Nhật Bản. Mỗi năm trang trại thu khoảng 25 tấn quả, bán với giá 150.000-200.000 đồng/kg, doanh thu khoảng 3,5 tỷ đồng. "Năng suất dâu trồng trong nhà kính gấp 2 lần trồng ngoài trời, lại ít sâu bệnh", anh Dũng chia sẻ.

Vào mùa cao điểm từ tháng 12 đến tháng 3 năm sau, mỗi ngày trang trại đón 500-700 lượt khách; giá vé 70.000 đồng/người, trẻ em cao dưới 1,2 m được miễn vé. Trang trại tạo việc làm thường xuyên cho 18 lao động địa phương với mức lương 7-8 triệu đồng/người/tháng.

Theo Phòng Nông nghiệp và PTNT huyện Kon Plông, đến nay toàn huyện có 26 ha dâu tây, trong đó 19 ha trồng trong nhà kính, nhà màng; có 12 vườn dâu kết hợp đón khách, tăng 5 vườn so với năm 2022. Năm 2024, Măng Đen đón hơn 1,3 triệu lượt khách, tăng 24% so với năm 2023; trong đó khoảng 30% du khách có ghé các vườn dâu.

Huyện đặt mục tiêu đến năm 2030 có 50 ha dâu tây ứng dụng công nghệ cao, trở thành một trong 3 vùng dâu tây lớn nhất Tây Nguyên. Các vườn dâu chủ yếu nằm dọc Quốc lộ 24 và Tỉnh lộ 676, cách thành phố Kon Tum khoảng 55 km.

VĂN TRƯỜNG
22/02/2025
"""

NOW = P("đến nay", None, "2025-02-22")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FARM = "trang trại dâu tây của anh A Dũng"

FIGS = [
    F("rộng 1,2 ha", "1,2", 1.2, "measure", "ha", "diện tích " + FARM),
    F("gồm 14 nhà kính", "14", 14, "count", "nhà kính", "nhà kính của " + FARM),
    F("hơn 40.000 gốc", "40.000", 40000, "count", "gốc dâu", "gốc dâu của " + FARM, approx="over"),
    F("khoảng 25 tấn quả", "25", 25, "measure", "tấn", "sản lượng dâu tây của trang trại mỗi năm", approx="about"),
    F("150.000-200.000 đồng/kg", "150.000", 150000, "money", "đồng/kg", "giá bán dâu tây của trang trại",
      value_max=200000),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "doanh thu của trang trại mỗi năm", approx="about"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", "năng suất dâu trồng trong nhà kính so với trồng ngoài trời"),
    F("500-700 lượt khách", "500", 500, "count", "lượt khách", "lượt khách đến trang trại mỗi ngày mùa cao điểm",
      value_max=700),
    F("giá vé 70.000 đồng/người", "70.000", 70000, "money", "đồng/người", "giá vé vào trang trại dâu tây"),
    F("dưới 1,2 m", "1,2", 1.2, "measure", "m", "chiều cao trẻ em được miễn vé", approx="under", optional=True),
    F("cho 18 lao động", "18", 18, "count", "lao động", "lao động địa phương có việc làm thường xuyên tại trang trại"),
    F("7-8 triệu đồng/người/tháng", "7", 7e6, "money", "đồng/người/tháng", "mức lương lao động tại trang trại",
      value_max=8e6),
    F("có 26 ha dâu tây", "26", 26, "measure", "ha", "diện tích dâu tây", NOW),
    F("19 ha trồng", "19", 19, "measure", "ha", "diện tích dâu tây trồng trong nhà kính, nhà màng", NOW, total=26),
    F("có 12 vườn", "12", 12, "count", "vườn", "vườn dâu kết hợp đón khách", NOW,
      change=C("increase", 5, "vườn", "năm 2022")),
    F("hơn 1,3 triệu lượt khách", "1,3", 1.3e6, "count", "lượt khách", "lượt khách du lịch đến Măng Đen", Y24,
      approx="over", change=C("increase", 24, "%", "năm 2023")),
    F("khoảng 30% du khách", "30", 30, "percent", "%", "tỷ lệ du khách ghé các vườn dâu", Y24, approx="about"),
    F("có 50 ha", "50", 50, "measure", "ha", "diện tích dâu tây ứng dụng công nghệ cao",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("một trong 3 vùng", "3", 3, "rank", "hạng", "vùng dâu tây lớn nhất Tây Nguyên", status="target",
      optional=True),
    F("khoảng 55 km", "55", 55, "measure", "km", "khoảng cách từ các vườn dâu đến thành phố Kon Tum",
      approx="about", optional=True),
]

NOTES = [
    "Báo Kon Tum (Party paper): a Măng Đen strawberry farm, then district figures of Kon Plông; byline 'VĂN TRƯỜNG' and bare",
    "date '22/02/2025' at the end (published). All figures describe Kon Plông (Măng Đen is its thị trấn).",
    "'gấp 2 lần trồng ngoài trời' (quoted, no base amount in its clause) stands as the claim: a multiple.",
    "'đến nay' -> as-of the published date. Farm figures have no period ('Mỗi năm', 'mùa cao điểm' are not dated).",
    "Optional: 'dưới 1,2 m' (free-ticket height threshold), 'một trong 3 vùng … lớn nhất' (top-3 aim), 'khoảng 55 km' (distance).",
    "Distractors: thôn Kon Tu Rằng, 'từ tháng 12 đến tháng 3 năm sau', Quốc lộ 24, Tỉnh lộ 676, the bare date, 'A Dũng'.",
]

if __name__ == "__main__":
    emit("p938-5", TEXT, NOTES, FIGS, published="2025-02-22", location="Kon Plông")
