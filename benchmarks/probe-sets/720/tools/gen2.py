"""p720-2: Đông Anh district portal, thuế khoán 2024 posted publicly."""
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Trang chủ / Kinh tế / Tài chính - Thuế

Thứ Sáu, 19/01/2024 - 09:20

Đông Anh niêm yết công khai mức thuế khoán năm 2024 của 6.215 hộ kinh doanh

Chi cục Thuế huyện Đông Anh vừa hoàn thành việc lập bộ thuế khoán ổn định năm 2024 và niêm yết công khai tại trụ sở UBND 24 xã, thị trấn, các chợ và Bộ phận một cửa.

Theo đó, năm 2024 toàn huyện có 8.472 hộ kinh doanh nộp thuế theo phương pháp khoán, tăng 5,3% so với năm 2023. Trong số này, 2.257 hộ có doanh thu từ 100 triệu đồng/năm trở xuống nên không phải nộp thuế giá trị gia tăng và thuế thu nhập cá nhân; 6.215 hộ thuộc diện phải nộp thuế.

Tổng số thuế khoán phải nộp cả năm 2024 dự kiến khoảng 41,6 tỷ đồng, tăng 2,8 tỷ đồng so với năm trước. Mức thuế phổ biến từ 300.000 đến 1,5 triệu đồng/hộ/tháng; hộ có mức thuế cao nhất là 18,4 triệu đồng/tháng, thuộc lĩnh vực kinh doanh vật liệu xây dựng.

Chi cục Thuế cũng đã rà soát 312 hộ có dấu hiệu doanh thu thực tế cao hơn mức khoán, điều chỉnh tăng doanh thu tính thuế đối với 187 hộ. Đồng thời, vận động 46 hộ chuyển sang nộp thuế theo phương pháp kê khai và 9 hộ thành lập doanh nghiệp.

Trong năm 2023, Chi cục đã thu từ khu vực ngoài quốc doanh 512,7 tỷ đồng, đạt 108,2% dự toán; số nợ thuế của hộ kinh doanh đến 31/12/2023 còn 3,9 tỷ đồng, giảm 21% so với cuối năm 2022.

Mọi ý kiến phản ánh về mức thuế khoán, người dân liên hệ Đội Thuế liên xã số 2 (số 68 đường Cao Lỗ, thị trấn Đông Anh), điện thoại 024.3883.2716, trước ngày 20/01/2024.

Minh Phương (Chi cục Thuế huyện Đông Anh)
"""

Y24H = P("năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("đến 31/12/2023", end="2023-12-31")

FIGS = [
    F("của 6.215 hộ", "6.215", 6215, "count", "hộ kinh doanh", "hộ kinh doanh niêm yết công khai mức thuế khoán", Y24H),
    F("UBND 24 xã", "24", 24, "count", "xã, thị trấn", "xã, thị trấn niêm yết công khai bộ thuế khoán"),
    F("có 8.472 hộ", "8.472", 8472, "count", "hộ kinh doanh", "hộ kinh doanh nộp thuế theo phương pháp khoán", Y24,
      change=CH("increase", 5.3, "%", "năm 2023")),
    F("này, 2.257 hộ", "2.257", 2257, "count", "hộ", "hộ có doanh thu từ 100 triệu đồng/năm trở xuống không phải nộp thuế",
      I(Y24), total=8472),
    F("từ 100 triệu đồng/năm", "100", 100e6, "money", "đồng/năm", "ngưỡng doanh thu không phải nộp thuế", optional=True),
    F("6.215 hộ thuộc", "6.215", 6215, "count", "hộ", "hộ thuộc diện phải nộp thuế", I(Y24), total=8472),
    F("khoảng 41,6 tỷ đồng", "41,6", 41.6e9, "money", "đồng", "tổng số thuế khoán phải nộp",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about",
      change=CH("increase", 2.8e9, "đồng", "năm trước"), status="forecast"),
    F("từ 300.000 đến", "300.000", 300000, "money", "đồng/hộ/tháng", "mức thuế khoán phổ biến", value_max=1.5e6),
    F("là 18,4 triệu đồng", "18,4", 18.4e6, "money", "đồng/tháng", "mức thuế khoán cao nhất của hộ"),
    F("rà soát 312 hộ", "312", 312, "count", "hộ", "hộ có dấu hiệu doanh thu thực tế cao hơn mức khoán được rà soát"),
    F("đối với 187 hộ", "187", 187, "count", "hộ", "hộ được điều chỉnh tăng doanh thu tính thuế"),
    F("vận động 46 hộ", "46", 46, "count", "hộ", "hộ chuyển sang nộp thuế theo phương pháp kê khai"),
    F("và 9 hộ", "9", 9, "count", "hộ", "hộ thành lập doanh nghiệp"),
    F("quốc doanh 512,7 tỷ đồng", "512,7", 512.7e9, "money", "đồng", "thu từ khu vực ngoài quốc doanh", Y23, percent=108.2),
    F("còn 3,9 tỷ đồng", "3,9", 3.9e9, "money", "đồng", "nợ thuế của hộ kinh doanh", ASOF,
      change=CH("decrease", 21, "%", "cuối năm 2022")),
]

COMMENTS = [
    "Đông Anh (Hà Nội) district portal: thuế khoán ổn định năm 2024 niêm yết công khai. Location Đông Anh throughout.",
    "Headline 6.215 hộ repeats a body figure; both are figures. 'Trong số này' parts total 8.472. 2,8 tỷ is the change of 41,6 tỷ.",
    "'dự kiến' → forecast. The 100 triệu đồng/năm threshold is optional. 187 hộ is not given 312 as total (no part cue).",
    "Distractors: Đội Thuế liên xã số 2, số 68 đường Cao Lỗ, phone 024.3883.2716, 'trước ngày 20/01/2024', dateline.",
]

if __name__ == "__main__":
    emit("p720-2", TEXT, COMMENTS, FIGS, published="2024-01-19", location="Đông Anh")
