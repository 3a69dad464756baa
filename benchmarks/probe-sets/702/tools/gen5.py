"""p702-5: Party newspaper (Báo Tuyên Quang), a paper mill and its raw-material forests; byline and date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Công nghiệp giấy - động lực tăng trưởng công nghiệp Tuyên Quang

(BTQ) - Năm 2023, Công ty cổ phần Giấy An Hòa sản xuất được 118.600 tấn bột giấy và 96.400 tấn giấy in, giấy viết các loại, doanh thu đạt 2.374 tỷ đồng, nộp ngân sách nhà nước hơn 185 tỷ đồng. Nhà máy hiện sử dụng 1.150 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng, tăng 7% so với năm 2022.

Để bảo đảm nguyên liệu, công ty phối hợp với các huyện xây dựng vùng trồng rừng nguyên liệu với tổng diện tích 23.500 ha, trong đó Yên Sơn 8.200 ha, Sơn Dương 6.900 ha, Hàm Yên 5.100 ha, Chiêm Hóa 3.300 ha. Giá thu mua gỗ keo nguyên liệu bình quân năm 2023 từ 1,15 đến 1,25 triệu đồng/tấn. Năng suất rừng trồng đạt bình quân 95 m³/ha/chu kỳ.

Tính đến hết tháng 9/2024, công ty đã sản xuất 91.300 tấn bột giấy, bằng 76,1% kế hoạch năm. Ông Nguyễn Văn Hòa, Phó Tổng Giám đốc công ty cho biết: Năm 2024, công ty đặt mục tiêu doanh thu 2.600 tỷ đồng. Việc đưa lò hơi số 3 vào vận hành dự kiến giúp giảm khoảng 12% lượng than tiêu thụ của nhà máy.

Toàn tỉnh Tuyên Quang hiện có 28 cơ sở chế biến gỗ, giấy có quy mô từ 10 tỷ đồng trở lên; giá trị sản xuất ngành giấy năm 2023 chiếm 17,4% giá trị sản xuất công nghiệp toàn tỉnh. Thời gian tới, tỉnh tiếp tục thu hút đầu tư vào Khu công nghiệp Long Bình An và Cụm công nghiệp Tân Thành theo Nghị quyết số 12-NQ/TU của Tỉnh ủy, gắn với phát triển vùng nguyên liệu bền vững, cấp chứng chỉ rừng FSC.

Tuấn Anh
15/10/2024
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("được 118.600 tấn", "118.600", 118600, "measure", "tấn", "bột giấy Công ty cổ phần Giấy An Hòa sản xuất", Y),
    F("và 96.400 tấn", "96.400", 96400, "measure", "tấn", "giấy in, giấy viết các loại", Y),
    F("đạt 2.374 tỷ đồng", "2.374", 2374000000000, "money", "đồng", "doanh thu", Y),
    F("hơn 185 tỷ đồng", "185", 185000000000, "money", "đồng", "nộp ngân sách nhà nước", Y, approx="over"),
    F("sử dụng 1.150 lao động", "1.150", 1150, "count", "lao động", "lao động nhà máy sử dụng"),
    F("bình quân 9,2 triệu", "9,2", 9200000, "money", "đồng/người/tháng", "thu nhập bình quân",
      change=CH("increase", 7, baseline="năm 2022")),
    F("tổng diện tích 23.500 ha", "23.500", 23500, "measure", "ha", "diện tích vùng trồng rừng nguyên liệu"),
    F("Yên Sơn 8.200 ha", "8.200", 8200, "measure", "ha", "diện tích vùng trồng rừng nguyên liệu",
      total=23500, location="Yên Sơn"),
    F("Sơn Dương 6.900 ha", "6.900", 6900, "measure", "ha", "diện tích vùng trồng rừng nguyên liệu",
      total=23500, location="Sơn Dương"),
    F("Hàm Yên 5.100 ha", "5.100", 5100, "measure", "ha", "diện tích vùng trồng rừng nguyên liệu",
      total=23500, location="Hàm Yên"),
    F("Chiêm Hóa 3.300 ha", "3.300", 3300, "measure", "ha", "diện tích vùng trồng rừng nguyên liệu",
      total=23500, location="Chiêm Hóa"),
    F("từ 1,15 đến 1,25 triệu", "1,15", 1150000, "money", "đồng/tấn", "giá thu mua gỗ keo nguyên liệu bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), value_max=1250000),
    F("bình quân 95 m³", "95", 95, "measure", "m³/ha/chu kỳ", "năng suất rừng trồng"),
    F("sản xuất 91.300 tấn", "91.300", 91300, "measure", "tấn", "bột giấy công ty đã sản xuất",
      P("Tính đến hết tháng 9/2024", None, "2024-09-30"), percent=76.1),
    F("doanh thu 2.600 tỷ đồng", "2.600", 2600000000000, "money", "đồng", "doanh thu",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 12%", "12", 12, "percent", "%", "giảm lượng than tiêu thụ của nhà máy", approx="about",
      status="forecast"),
    F("có 28 cơ sở", "28", 28, "count", "cơ sở", "cơ sở chế biến gỗ, giấy có quy mô từ 10 tỷ đồng trở lên"),
    F("từ 10 tỷ đồng trở lên", "10", 10000000000, "money", "đồng", "quy mô cơ sở chế biến gỗ, giấy",
      approx="at_least", optional=True),
    F("chiếm 17,4%", "17,4", 17.4, "percent", "%", "giá trị sản xuất ngành giấy trong giá trị sản xuất công nghiệp toàn tỉnh",
      P("năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "Báo Tuyên Quang (Party newspaper, tag BTQ): Giấy An Hòa mill 2023-2024 and its raw-material forests; byline + bare date at the end.",
    "Company figures take the province (the mill's district is never named). The 4 district areas after 'trong đó' add up to 23.500 ha -> total.",
    "'bằng 76,1% kế hoạch năm' is the share of 91.300 tấn (percent). 'dự kiến giúp giảm khoảng 12%' is a forecast rate that is the claim.",
    "Threshold 'quy mô từ 10 tỷ đồng trở lên' optional (cf. set 469's 'từ 5 ha trở lên').",
    "Not figures: lò hơi số 3, Nghị quyết số 12-NQ/TU, the bare date 15/10/2024, 'Tính đến hết tháng 9/2024'.",
]

if __name__ == "__main__":
    emit("p702-5", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Tuyên Quang")
