"""p1177-6: national newspaper: traders buying fighting buffalo at Nước Hai market (Hòa An, Cao Bằng)."""
from lib import F, P, I, C, T, write

TEXT = """Thứ Sáu, 23/08/2024, 07:15 (GMT+7)
Kinh tế > Thị trường

Mùa "săn" trâu chọi ở Cao Bằng: Có con giá gần 500 triệu đồng

Trước mùa lễ hội chọi trâu Đồ Sơn (Hải Phòng), chợ trâu Nước Hai (huyện Hòa An, Cao Bằng) tấp nập thương lái từ miền xuôi lên tìm mua trâu chọi. Chợ họp vào các ngày mùng 4, 9, 14, 19, 24, 29 âm lịch hằng tháng.

Theo Ban quản lý chợ, 7 tháng đầu năm nay, chợ trâu Nước Hai giao dịch khoảng 9.500 con trâu, bò, tăng 8% so với cùng kỳ năm 2023; trong đó gần 300 con trâu được thương lái mua về làm trâu chọi.

Anh Hoàng Văn Páo, thương lái ở xã Hồng Việt, huyện Hòa An, cho biết từ đầu năm đến nay anh đã bán 14 con trâu chọi cho các chủ trâu ở Hải Phòng, Vĩnh Phúc; con đắt nhất giá 480 triệu đồng. Mỗi con trâu anh lãi từ 10 đến 30 triệu đồng, mùa cao điểm anh thuê thêm hai người phụ giúp. Theo anh Páo, trâu chọi đạt chuẩn phải nặng từ 7 đến 8 tạ, sừng cánh cung, ức rộng, và giá thường cao hơn trâu thịt từ 30 đến 50%.

Theo Sở Nông nghiệp và Phát triển nông thôn Cao Bằng, tính đến ngày 30/6/2024, đàn trâu của tỉnh có 98.600 con, giảm 2,1% so với cùng kỳ; năm 2023 tỉnh xuất bán ra ngoài tỉnh khoảng 1.500 con trâu, trong đó khoảng 400 con làm trâu chọi. Chi phí vận chuyển mỗi con trâu về miền xuôi khoảng 4 triệu đồng.

Ngành nông nghiệp khuyến cáo người dân không bán trâu cái sinh sản, đồng thời hỗ trợ các hợp tác xã chăn nuôi xây dựng thương hiệu "trâu Cao Bằng" dọc Quốc lộ 3 và Quốc lộ 4A.

Văn Thành
"""

M7 = P("7 tháng đầu năm nay", "2024-01-01", "2024-07-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-08-23")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
HA = "Hòa An"

FIGS = [
    F("gần 500 triệu", "500", 500000000, "money", "đồng", approx="nearly",
      subject="giá trâu chọi"),
    F("khoảng 9.500 con", "9.500", 9500, "count", "con", approx="about",
      change=C("increase", 8, "%", "cùng kỳ năm 2023"),
      subject="trâu, bò giao dịch tại chợ trâu Nước Hai", period=M7, location=HA),
    F("gần 300 con", "300", 300, "count", "con", approx="nearly", total=9500,
      subject="trâu được thương lái mua về làm trâu chọi", period=M7, location=HA),
    F("bán 14 con", "14", 14, "count", "con", subject="trâu chọi anh Páo đã bán", period=YTD, location=HA),
    F("giá 480 triệu", "480", 480000000, "money", "đồng",
      subject="giá con trâu chọi đắt nhất anh Páo bán", period=YTD, location=HA),
    F("từ 10 đến 30 triệu", "10", 10000000, "money", "đồng/con", value_max=30000000,
      subject="lãi mỗi con trâu của anh Páo", location=HA),
    F("hai người", "hai", 2, "count", "người",
      subject="người phụ giúp anh Páo thuê thêm mùa cao điểm", location=HA),
    F("từ 7 đến 8 tạ", "7", 7, "measure", "tạ", value_max=8, optional=True,
      subject="trọng lượng trâu chọi đạt chuẩn"),
    F("từ 30 đến 50%", "30", 30, "percent", "%", value_max=50,
      subject="mức giá trâu chọi cao hơn trâu thịt", location=HA),
    F("có 98.600 con", "98.600", 98600, "count", "con",
      change=C("decrease", 2.1, "%", "cùng kỳ"), subject="đàn trâu của tỉnh", period=ASOF),
    F("khoảng 1.500 con", "1.500", 1500, "count", "con", approx="about",
      subject="trâu xuất bán ra ngoài tỉnh", period=Y23),
    F("khoảng 400 con", "400", 400, "count", "con", approx="about", total=1500,
      subject="trâu xuất bán ra ngoài tỉnh làm trâu chọi", period=Y23),
    F("khoảng 4 triệu", "4", 4000000, "money", "đồng/con", approx="about",
      subject="chi phí vận chuyển mỗi con trâu về miền xuôi"),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 23/08/2024, 07:15 (GMT+7)' (published), byline at the end. Default location Cao Bằng;",
    "the market and the trader are in huyện Hòa An (named in the sentence or the passage about them) → Hòa An. Hải Phòng/Vĩnh Phúc are buyers, not places of the figures.",
    "Distractors: market days 'mùng 4, 9, 14, 19, 24, 29 âm lịch', 'Quốc lộ 3', 'Quốc lộ 4A', time 07:15, 'cùng kỳ năm 2023' (baseline).",
    "'7 tháng đầu năm nay' = 2024; 'từ đầu năm đến nay' ends at published. 'năm 2023' in the clause after ';' governs 1.500 and 400, not the as-of date before it.",
    "'giá thường cao hơn trâu thịt từ 30 đến 50%' is a percent range standing as the claim (no change object). 'nặng từ 7 đến 8 tạ' is a standard (optional).",
]

if __name__ == "__main__":
    write("p1177-6", TEXT, NOTES, FIGS, published="2024-08-23", location="Cao Bằng")
