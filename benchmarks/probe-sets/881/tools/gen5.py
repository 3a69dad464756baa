"""p881-5: Party newspaper (Báo Hưng Yên) - a gấc processing business in Khoái Châu; byline + bare date at end."""
from lib import F, write, period, year, change

TEXT = """
BÁO HƯNG YÊN - Kinh tế

Khoái Châu: Làm giàu từ chế biến gấc

Từ 2 ha gấc trồng thử nghiệm năm 2017, đến nay cơ sở chế biến gấc Minh Phát ở xã Đông Kết (huyện Khoái Châu) đã phát triển vùng nguyên liệu 75 ha, trong đó 15 ha do gia đình tự trồng, còn lại liên kết với 86 hộ trong và ngoài huyện.

Mỗi năm, cơ sở thu mua và chế biến khoảng 1.200 tấn quả tươi với giá bao tiêu ổn định 10.000 đồng/kg. Để làm ra 1 kg màng gấc sấy cần khoảng 6 kg quả tươi. Các sản phẩm chính gồm màng gấc sấy, dầu gấc, bột gấc và xôi gấc đông lạnh; trong đó dầu gấc nguyên chất có giá 1,2 triệu đồng/lít, màng gấc sấy 380.000 đồng/kg. Hiện cơ sở có hai sản phẩm đạt OCOP 4 sao.

Năm 2022, doanh thu của cơ sở đạt 6,5 tỷ đồng. 10 tháng năm 2023, doanh thu ước đạt 7,2 tỷ đồng, tăng 25% so với cùng kỳ, lợi nhuận khoảng 1,1 tỷ đồng. Cơ sở tạo việc làm thường xuyên cho 22 lao động với thu nhập từ 7 đến 8 triệu đồng/người/tháng; lúc cao điểm thu hoạch thuê thêm 30-40 lao động thời vụ.

Ông Nguyễn Văn Phát, chủ cơ sở cho biết, năm 2024 cơ sở dự kiến đầu tư khoảng 3 tỷ đồng lắp đặt dây chuyền sấy lạnh công suất 2 tấn/ngày, nâng sản lượng màng gấc sấy lên 150 tấn/năm.

Theo Phòng Nông nghiệp và PTNT huyện Khoái Châu, toàn huyện hiện có 210 ha gấc và 9 cơ sở chế biến; giá trị sản xuất từ cây gấc ước đạt trên 40 tỷ đồng/năm.

Thu Hằng
18/11/2023
"""

NOW = period("đến nay", None, "2023-11-18")
M10 = period("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y24 = year(2024)

FIGS = [
    F("Từ 2 ha gấc", "2", 2, "measure", "ha", "diện tích gấc trồng thử nghiệm", year(2017)),
    F("vùng nguyên liệu 75 ha", "75", 75, "measure", "ha", "vùng nguyên liệu gấc", NOW),
    F("trong đó 15 ha", "15", 15, "measure", "ha", "diện tích gấc gia đình tự trồng", NOW, total=75),
    F("liên kết với 86 hộ", "86", 86, "count", "hộ", "hộ liên kết trồng gấc", NOW),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", "gấc quả tươi thu mua và chế biến mỗi năm",
      approx="about"),
    F("ổn định 10.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá bao tiêu gấc quả tươi"),
    F("làm ra 1 kg", "1", 1, "measure", "kg", "màng gấc sấy", optional=True),
    F("khoảng 6 kg", "6", 6, "measure", "kg", "quả tươi cần để làm ra 1 kg màng gấc sấy", approx="about"),
    F("giá 1,2 triệu đồng/lít", "1,2", 1.2e6, "money", "đồng/lít", "giá dầu gấc nguyên chất"),
    F("sấy 380.000 đồng/kg", "380.000", 380000, "money", "đồng/kg", "giá màng gấc sấy"),
    F("có hai sản phẩm", "hai", 2, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng OCOP", optional=True),
    F("đạt 6,5 tỷ đồng", "6,5", 6.5e9, "money", "đồng", "doanh thu của cơ sở", year(2022, "Năm 2022")),
    F("ước đạt 7,2 tỷ đồng", "7,2", 7.2e9, "money", "đồng", "doanh thu của cơ sở", M10, status="estimate",
      change=change("increase", 25, "%", "cùng kỳ")),
    F("khoảng 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "lợi nhuận", M10, approx="about", status="estimate"),
    F("cho 22 lao động", "22", 22, "count", "lao động", "lao động thường xuyên"),
    F("từ 7 đến 8 triệu", "7", 7e6, "money", "đồng/người/tháng", "thu nhập lao động thường xuyên", value_max=8e6),
    F("thêm 30-40 lao động", "30", 30, "count", "lao động", "lao động thời vụ thuê thêm lúc cao điểm thu hoạch",
      value_max=40),
    F("khoảng 3 tỷ đồng", "3", 3e9, "money", "đồng", "vốn đầu tư dây chuyền sấy lạnh", Y24, approx="about",
      status="forecast"),
    F("công suất 2 tấn/ngày", "2", 2, "measure", "tấn/ngày", "công suất dây chuyền sấy lạnh", Y24,
      status="forecast", optional=True),
    F("lên 150 tấn/năm", "150", 150, "measure", "tấn/năm", "sản lượng màng gấc sấy", Y24, status="forecast"),
    F("có 210 ha gấc", "210", 210, "measure", "ha", "diện tích gấc"),
    F("và 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở chế biến gấc"),
    F("trên 40 tỷ đồng/năm", "40", 40e9, "money", "đồng/năm", "giá trị sản xuất từ cây gấc", approx="over",
      status="estimate"),
]

NOTES = [
    "Báo Hưng Yên: cơ sở chế biến gấc Minh Phát, xã Đông Kết, huyện Khoái Châu. Byline 'Thu Hằng' and bare date 18/11/2023 at the end.",
    "All figures describe Khoái Châu (district). 'đến nay' is as-of the published date.",
    "'lợi nhuận khoảng 1,1 tỷ đồng' continues the 'ước đạt' clause -> estimate, period 10 tháng năm 2023.",
    "Optional: '1 kg' (the base of a conversion ratio), 'OCOP 4 sao' (star class), 'công suất 2 tấn/ngày' (spec of the planned line).",
    "Distractors: Nguyễn Văn Phát, năm 2017 as a date, 18/11/2023.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2023-11-18", location="Khoái Châu")
