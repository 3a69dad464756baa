"""p1203-8: provincial newspaper online (Báo Quảng Ngãi), huyện Mộ Đức: cucumber and bitter melon, 6 months 2025."""
from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Kinh tế > Nông nghiệp
Thứ Hai, 07/07/2025 - 16:20

Mộ Đức: Dưa leo, mướp đắng cho thu nhập khá

(Baoquangngai.vn) - 6 tháng đầu năm, nông dân huyện Mộ Đức gieo trồng 2.140 ha rau, đậu các loại, đạt 54,2% kế hoạch năm; trong đó dưa leo 385 ha, mướp đắng 210 ha, bí đao 146 ha. Sản lượng rau các loại ước đạt 41.600 tấn, tăng 2.300 tấn so với cùng kỳ năm 2024.

Xã Đức Phong hiện có khoảng 170 hộ trồng mướp đắng với diện tích 52 ha. Bà Phạm Thị Lan ở thôn Vinh Phú, xã Đức Phong cho hay, gia đình bà trồng 4 sào mướp đắng, mỗi sào cho thu hoạch từ 1,8 đến 2 tấn quả; với giá bán bình quân 11.000 đồng/kg, mỗi sào lãi 12-15 triệu đồng sau hơn hai tháng.

Theo Phó Chủ tịch UBND huyện Mộ Đức Nguyễn Thị Thu, thu nhập bình quân từ trồng rau ăn quả đạt 150-180 triệu đồng/ha/năm, gấp 2,5 lần trồng lúa. Toàn huyện có 9 hợp tác xã tham gia liên kết tiêu thụ dưa leo, mướp đắng với 3 doanh nghiệp, ký hợp đồng bao tiêu khoảng 3.000 tấn/năm.

Trong 6 tháng cuối năm, huyện dự kiến xuống giống thêm 1.800 ha rau màu; phấn đấu cả năm đạt tổng diện tích khoảng 3.950 ha, sản lượng trên 78.000 tấn. Huyện cũng hỗ trợ 50% chi phí mua giống, màng phủ nông nghiệp cho các hộ tham gia mô hình, tối đa 5 triệu đồng/hộ.

Tin, ảnh: THANH NHƯ
"""

H1 = P("6 tháng đầu năm", "2025-01-01", "2025-06-30")
H2 = P("6 tháng cuối năm", "2025-07-01", "2025-12-31")
CN = P("cả năm", "2025-01-01", "2025-12-31")
LAN = "gia đình bà Phạm Thị Lan"

FIGS = [
    F("gieo trồng 2.140 ha", "2.140", 2140, "measure", "ha", percent=54.2,
      subject="diện tích rau, đậu các loại gieo trồng", period=H1),
    F("dưa leo 385 ha", "385", 385, "measure", "ha", total=2140, subject="diện tích dưa leo", period=H1),
    F("mướp đắng 210 ha", "210", 210, "measure", "ha", total=2140, subject="diện tích mướp đắng", period=H1),
    F("bí đao 146 ha", "146", 146, "measure", "ha", total=2140, subject="diện tích bí đao", period=H1),
    F("ước đạt 41.600 tấn", "41.600", 41600, "measure", "tấn", status="estimate",
      change=C("increase", 2300, "tấn", "cùng kỳ năm 2024"), subject="sản lượng rau các loại", period=I(H1)),
    F("khoảng 170 hộ", "170", 170, "count", "hộ", approx="about", subject="hộ trồng mướp đắng ở xã Đức Phong"),
    F("diện tích 52 ha", "52", 52, "measure", "ha", subject="diện tích mướp đắng của xã Đức Phong"),
    F("trồng 4 sào", "4", 4, "measure", "sào", subject=f"diện tích mướp đắng của {LAN}"),
    F("từ 1,8 đến 2 tấn", "1,8", 1.8, "measure", "tấn/sào", value_max=2,
      subject="sản lượng mướp đắng thu hoạch mỗi sào"),
    F("bình quân 11.000 đồng/kg", "11.000", 11000, "money", "đồng/kg", subject="giá bán bình quân mướp đắng"),
    F("lãi 12-15 triệu", "12", 12000000, "money", "đồng/sào", value_max=15000000, subject="lãi mỗi sào mướp đắng"),
    F("hơn hai tháng", "hai", 2, "measure", "tháng", approx="over", optional=True,
      subject="thời gian một vụ mướp đắng"),
    F("đạt 150-180 triệu", "150", 150000000, "money", "đồng/ha/năm", value_max=180000000,
      change=C("increase", 2.5, "lần", "trồng lúa"), subject="thu nhập bình quân từ trồng rau ăn quả"),
    F("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã",
      subject="hợp tác xã tham gia liên kết tiêu thụ dưa leo, mướp đắng"),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
      subject="doanh nghiệp liên kết tiêu thụ dưa leo, mướp đắng"),
    F("khoảng 3.000 tấn/năm", "3.000", 3000, "measure", "tấn/năm", approx="about",
      subject="sản lượng bao tiêu theo hợp đồng"),
    F("thêm 1.800 ha", "1.800", 1800, "measure", "ha", status="forecast",
      subject="diện tích rau màu xuống giống thêm", period=H2),
    F("khoảng 3.950 ha", "3.950", 3950, "measure", "ha", approx="about", status="target",
      subject="tổng diện tích rau màu cả năm", period=CN),
    F("trên 78.000 tấn", "78.000", 78000, "measure", "tấn", approx="over", status="target",
      subject="sản lượng rau màu cả năm", period=CN),
    F("hỗ trợ 50%", "50", 50, "percent", "%", subject="mức hỗ trợ chi phí mua giống, màng phủ nông nghiệp"),
    F("tối đa 5 triệu", "5", 5000000, "money", "đồng/hộ", approx="at_most", subject="mức hỗ trợ tối đa mỗi hộ"),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Ngãi): 'Thứ Hai, 07/07/2025 - 16:20' (published), tag '(Baoquangngai.vn) -'.",
    "Everything is about huyện Mộ Đức: default location Mộ Đức (commune Đức Phong and the household stay in Mộ Đức).",
    "Year-less '6 tháng đầu năm', '6 tháng cuối năm', 'cả năm' take 2025 from the dateline (also implied by 'cùng kỳ năm 2024').",
    "Parts after 'trong đó' (dưa leo, mướp đắng, bí đao) take total 2.140 ha. 'gấp 2,5 lần trồng lúa' is the change of the income range.",
    "'dự kiến' governs its clause (forecast); after ';' 'phấn đấu' opens target clauses. The standing support rule is actual.",
    "'sau hơn hai tháng' (crop cycle, number word) is optional. Distractors: '16:20', 'thôn Vinh Phú', tag, byline.",
]

if __name__ == "__main__":
    write("p1203-8", TEXT, NOTES, FIGS, published="2025-07-07", location="Mộ Đức")
