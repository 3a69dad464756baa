"""p564-8: xã Thuận Hạnh (Đắk Song, Đắk Nông) commune portal - pepper intercropped with coffee, chain linkage, prices, income."""
from lib import F, P, I, CH, emit

TEXT = """UBND XÃ THUẬN HẠNH - HUYỆN ĐẮK SONG
Trang chủ > Tin tức > Kinh tế - Xã hội
Ngày đăng: 12/09/2023 | Người đăng: Văn phòng - Thống kê

Thuận Hạnh: Thu nhập bình quân đạt 62 triệu đồng/người/năm nhờ cây tiêu, cà phê

Xã Thuận Hạnh hiện có 4.860 ha cây công nghiệp dài ngày, trong đó hồ tiêu 2.150 ha, cà phê 1.980 ha. Trên 70% diện tích tiêu được trồng xen trong vườn cà phê, giúp người dân giảm rủi ro khi giá một loại nông sản xuống thấp.

Năm 2022, sản lượng hồ tiêu toàn xã đạt 5.590 tấn, năng suất bình quân 2,6 tấn/ha; sản lượng cà phê nhân đạt 5.150 tấn.

Xã có 3 hợp tác xã và 1 tổ hợp tác liên kết với Công ty TNHH Olam Việt Nam, Công ty CP Phúc Sinh xây dựng vùng nguyên liệu hồ tiêu bền vững với 415 hộ tham gia, diện tích 620 ha; trong đó 186 ha đạt chứng nhận Rainforest Alliance, 54 ha đạt chứng nhận hữu cơ USDA, EU.

Giá tiêu hiện nay được các đại lý trên Tỉnh lộ 683 thu mua ở mức 70.000-72.000 đồng/kg, thấp hơn 3.000 đồng/kg so với đầu tháng 8; giá cà phê nhân xô 63.500 đồng/kg, tăng 22.000 đồng/kg so với cùng kỳ năm 2022.

Năm 2022, thu nhập bình quân đầu người của xã đạt 58 triệu đồng/năm; ước năm 2023 đạt 62 triệu đồng/người/năm. Tỷ lệ hộ nghèo giảm còn 2,85%, trong đó hộ nghèo đồng bào dân tộc thiểu số 1,9%.

Phấn đấu đến năm 2025, xã có 1.000 ha hồ tiêu, cà phê đạt chứng nhận bền vững; 100% diện tích được cấp mã số vùng trồng.

Liên hệ: Văn phòng UBND xã, thôn 8, xã Thuận Hạnh; ĐT: 0261.3545.118.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Thu nhập bình quân đạt 62", "62", 62000000, "money", "đồng/người/năm", "thu nhập bình quân"),
    F("có 4.860 ha", "4.860", 4860, "measure", "ha", "diện tích cây công nghiệp dài ngày"),
    F("hồ tiêu 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích hồ tiêu", total=4860),
    F("cà phê 1.980 ha", "1.980", 1980, "measure", "ha", "diện tích cà phê", total=4860),
    F("Trên 70% diện tích", "70", 70, "percent", "%", "diện tích tiêu được trồng xen trong vườn cà phê", approx="over"),
    F("đạt 5.590 tấn", "5.590", 5590, "measure", "tấn", "sản lượng hồ tiêu toàn xã", Y22),
    F("2,6 tấn/ha", "2,6", 2.6, "measure", "tấn/ha", "năng suất bình quân hồ tiêu", Y22),
    F("đạt 5.150 tấn", "5.150", 5150, "measure", "tấn", "sản lượng cà phê nhân", Y22),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã liên kết xây dựng vùng nguyên liệu hồ tiêu bền vững"),
    F("và 1 tổ hợp tác", "1", 1, "count", "tổ hợp tác", "tổ hợp tác liên kết xây dựng vùng nguyên liệu hồ tiêu bền vững"),
    F("với 415 hộ", "415", 415, "count", "hộ", "hộ tham gia vùng nguyên liệu hồ tiêu bền vững"),
    F("diện tích 620 ha", "620", 620, "measure", "ha", "diện tích vùng nguyên liệu hồ tiêu bền vững"),
    F("trong đó 186 ha", "186", 186, "measure", "ha", "diện tích đạt chứng nhận Rainforest Alliance", total=620),
    F("54 ha", "54", 54, "measure", "ha", "diện tích đạt chứng nhận hữu cơ USDA, EU", total=620),
    F("mức 70.000-72.000", "70.000", 70000, "money", "đồng/kg", "giá tiêu đại lý thu mua", value_max=72000,
      change=CH("decrease", 3000, "đồng/kg", "đầu tháng 8")),
    F("xô 63.500 đồng/kg", "63.500", 63500, "money", "đồng/kg", "giá cà phê nhân xô",
      change=CH("increase", 22000, "đồng/kg", "cùng kỳ năm 2022")),
    F("đạt 58 triệu", "58", 58000000, "money", "đồng/năm", "thu nhập bình quân đầu người", Y22),
    F("ước năm 2023 đạt 62", "62", 62000000, "money", "đồng/người/năm", "thu nhập bình quân đầu người",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("còn 2,85%", "2,85", 2.85, "percent", "%", "tỷ lệ hộ nghèo"),
    F("thiểu số 1,9%", "1,9", 1.9, "percent", "%", "tỷ lệ hộ nghèo đồng bào dân tộc thiểu số", total=2.85),
    F("có 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích hồ tiêu, cà phê đạt chứng nhận bền vững", T25, status="target"),
    F("100% diện tích", "100", 100, "percent", "%", "diện tích được cấp mã số vùng trồng", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Thuận Hạnh (huyện Đắk Song, Đắk Nông): hồ tiêu trồng xen cà phê, liên kết chuỗi, chứng nhận, giá, thu nhập.",
    "'Ngày đăng: 12/09/2023' is the dateline. 'Tỉnh lộ 683', 'thôn 8', the phone number, 'đầu tháng 8' are not figures.",
    "Location: the commune lies in huyện Đắk Song; FIGURES.md admits a province, city or district, so the figures take 'Đắk Song'.",
    "'Hiện có/hiện nay' sentences get no period. Parts after 'trong đó' take the whole before the cue (4.860 ha; 620 ha; 2,85%).",
    "The headline 62 triệu has no cue of its own (actual); in the body it is 'ước' (estimate). Income units as written: đồng/năm, đồng/người/năm.",
    "revised: default location 'Thuận Hạnh' -> 'Đắk Song' (a commune is not a value the contract's location admits: province, city or district).",
]

if __name__ == "__main__":
    emit("p564-8", TEXT, COMMENTS, FIGS, published="2023-09-12", location="Đắk Song")
