"""p676-2: huyện Đông Anh (Hà Nội) district portal — trạm cấp cứu vệ tinh, quý I/2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Tin tức - Sự kiện / Y tế

Trạm cấp cứu vệ tinh tại Đông Anh: quý I/2024 vận chuyển gần 700 người bệnh

Thứ Ba, 16/04/2024 - 15:20

Trạm cấp cứu vệ tinh số 7 thuộc Trung tâm Cấp cứu 115 Hà Nội, đặt tại Bệnh viện Đa khoa Đông Anh (số 6 đường Cao Lỗ, thị trấn Đông Anh), vừa tổng kết hoạt động quý đầu tiên của năm.

Trong quý I/2024, trạm đã tiếp nhận 812 yêu cầu cấp cứu từ tổng đài 115, xuất xe 724 lượt và vận chuyển 693 người bệnh, tăng 21% so với quý I/2023. Trong số người bệnh được vận chuyển có 247 người bị tai nạn giao thông, 312 người mắc bệnh lý cấp tính, 89 người bị tai nạn sinh hoạt và 45 sản phụ chuyển dạ.

Nhờ đặt trạm ngay tại huyện, thời gian tiếp cận hiện trường đã rút ngắn còn từ 8 đến 12 phút, thay vì 25-30 phút khi xe phải xuất phát từ nội thành. Tỷ lệ ca cấp cứu được tiếp cận trong vòng 15 phút đạt 86,5%.

Trạm hiện có 2 xe cấp cứu và 3 kíp trực, mỗi kíp gồm bác sĩ, điều dưỡng và lái xe. Tổng kinh phí đầu tư ban đầu cho trạm khoảng 4,2 tỷ đồng, do ngân sách thành phố cấp.

Các xã có số ca cấp cứu cao nhất là Uy Nỗ (58 ca), Nguyên Khê (41 ca), Kim Chung (37 ca). Dịp nghỉ lễ 30/4-1/5 tới, trạm dự kiến tăng cường thêm 1 xe và 1 kíp trực.

Người dân cần cấp cứu gọi 115 hoặc liên hệ trực tiếp trạm qua số 024.3883.2115.

Minh Hằng (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("gần 700 người bệnh", "700", 700, "count", "người bệnh", approx="nearly",
      subject="người bệnh được vận chuyển", period=Q1),
    F("tiếp nhận 812 yêu cầu", "812", 812, "count", "yêu cầu cấp cứu",
      subject="yêu cầu cấp cứu tiếp nhận từ tổng đài 115", period=P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("xuất xe 724 lượt", "724", 724, "count", "lượt", subject="lượt xuất xe", period=Q1),
    F("vận chuyển 693 người bệnh", "693", 693, "count", "người bệnh",
      change=CH("increase", 21, baseline="quý I/2023"), subject="người bệnh được vận chuyển", period=Q1),
    F("có 247 người", "247", 247, "count", "người", total=693,
      subject="người bị tai nạn giao thông", period=I(Q1)),
    F("312 người mắc", "312", 312, "count", "người", total=693,
      subject="người mắc bệnh lý cấp tính", period=I(Q1)),
    F("89 người bị", "89", 89, "count", "người", total=693,
      subject="người bị tai nạn sinh hoạt", period=I(Q1)),
    F("45 sản phụ", "45", 45, "count", "sản phụ", total=693,
      subject="sản phụ chuyển dạ", period=I(Q1)),
    F("từ 8 đến 12 phút", "8", 8, "measure", "phút", value_max=12,
      subject="thời gian tiếp cận hiện trường"),
    F("thay vì 25-30 phút", "25", 25, "measure", "phút", value_max=30,
      subject="thời gian tiếp cận hiện trường khi xe phải xuất phát từ nội thành"),
    F("trong vòng 15 phút", "15", 15, "measure", "phút", approx="at_most",
      subject="ca cấp cứu được tiếp cận", optional=True),
    F("đạt 86,5%", "86,5", 86.5, "percent", "%",
      subject="tỷ lệ ca cấp cứu được tiếp cận trong vòng 15 phút"),
    F("có 2 xe cấp cứu", "2", 2, "count", "xe cấp cứu", subject="xe cấp cứu của trạm"),
    F("3 kíp trực", "3", 3, "count", "kíp trực", subject="kíp trực của trạm"),
    F("khoảng 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", approx="about",
      subject="tổng kinh phí đầu tư ban đầu cho trạm"),
    F("Uy Nỗ (58 ca)", "58", 58, "count", "ca", subject="ca cấp cứu", period=I(Q1)),
    F("Nguyên Khê (41 ca)", "41", 41, "count", "ca", subject="ca cấp cứu", period=I(Q1)),
    F("Kim Chung (37 ca)", "37", 37, "count", "ca", subject="ca cấp cứu", period=I(Q1)),
    F("thêm 1 xe", "1", 1, "count", "xe", status="forecast", subject="xe tăng cường dịp nghỉ lễ"),
    F("1 kíp trực", "1", 1, "count", "kíp trực", status="forecast", subject="kíp trực tăng cường dịp nghỉ lễ"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đông Anh (Hà Nội): trạm cấp cứu vệ tinh của Trung tâm Cấp cứu 115 Hà Nội, quý I/2024. Dateline 'Thứ Ba, 16/04/2024 - 15:20', byline at the end.",
    "'trạm ... số 7', 'số 6 đường Cao Lỗ', '30/4-1/5', '115', 024.3883.2115 are not figures. District portal: location Đông Anh.",
    "The four patient groups after 'Trong số người bệnh được vận chuyển' add up to 693: total 693. Communes in the bracketed list: the district stays the location.",
    "revised: the three communes' items lose location = commune (FIGURES.md: location is the province, city or district; the district is Đông Anh).",
    "'trong vòng 15 phút' is the threshold inside the indicator's name (optional, cf. 469's 'từ 5 ha trở lên'). 'quý đầu tiên' is an ordinal.",
]

if __name__ == "__main__":
    emit("p676-2", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Đông Anh")
