"""p1298-2: district portal (huyện Mỹ Tú, Sóc Trăng): a papaya cooperative in xã Mỹ Hương."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỸ TÚ - TỈNH SÓC TRĂNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Hợp tác xã đu đủ Mỹ Hương: thu nhập thành viên đạt 9 triệu đồng/người/tháng

18/03/2024 - 10:20

Thành lập năm 2020 với 15 thành viên, hiện Hợp tác xã Nông nghiệp Mỹ Hương Xanh (xã Mỹ Hương) có 42 thành viên, canh tác 68 ha đu đủ ruột đỏ, trong đó 25 ha được cấp mã số vùng trồng.

Năm 2023, hợp tác xã xuất bán 4.150 tấn quả, doanh thu đạt 27,4 tỷ đồng, tăng 18,5% so với năm 2022; lợi nhuận khoảng 160 triệu đồng/ha. Thu nhập bình quân của thành viên và lao động thường xuyên đạt 9 triệu đồng/người/tháng.

Theo ông Trần Văn Lực, Giám đốc hợp tác xã, nhờ tưới nhỏ giọt và phủ bạt, năng suất đạt 70-75 tấn/ha, cao hơn khoảng 10 tấn/ha so với trước đây. Giá thu mua đu đủ ruột đỏ loại 1 tại vườn hiện ở mức 7.500 đồng/kg, loại 2 khoảng 5.000 đồng/kg. Hợp tác xã liên kết với Công ty CP Xuất nhập khẩu Trái cây Sông Hậu bao tiêu ổn định ba chục tấn quả mỗi tuần.

Toàn huyện hiện có 215 ha đu đủ, đứng thứ hai trong tỉnh sau huyện Châu Thành. Năm nay, hợp tác xã phấn đấu mở rộng thêm 20 ha, kết nạp từ 8 đến 10 thành viên mới và tạo việc làm cho khoảng 60 lao động địa phương.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Mỹ Tú ra quân xây dựng nông thôn mới năm 2024
- Hội nghị tổng kết công tác khuyến nông năm 2023

Địa chỉ: Số 02, đường 3 tháng 2, thị trấn Huỳnh Hữu Nghĩa, huyện Mỹ Tú
Điện thoại: 0299.3871.245
"""

Y20 = P("năm 2020", "2020-01-01", "2020-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NAY = P("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("thành viên đạt 9 triệu", "9", 9e6, "money", "đồng/người/tháng", subject="thu nhập thành viên"),
    F("với 15 thành viên", "15", 15, "count", "thành viên", subject="thành viên hợp tác xã khi thành lập",
      period=Y20),
    F("có 42 thành viên", "42", 42, "count", "thành viên", subject="thành viên Hợp tác xã Nông nghiệp Mỹ Hương Xanh"),
    F("canh tác 68 ha", "68", 68, "measure", "ha", subject="diện tích đu đủ ruột đỏ hợp tác xã canh tác"),
    F("trong đó 25 ha", "25", 25, "measure", "ha", total=68, subject="diện tích được cấp mã số vùng trồng"),
    F("xuất bán 4.150 tấn", "4.150", 4150, "measure", "tấn", subject="quả hợp tác xã xuất bán", period=Y23),
    F("đạt 27,4 tỷ", "27,4", 27.4e9, "money", "đồng", change=C("increase", 18.5, "%", "năm 2022"),
      subject="doanh thu hợp tác xã", period=Y23),
    F("khoảng 160 triệu", "160", 160e6, "money", "đồng/ha", approx="about", subject="lợi nhuận", period=Y23),
    F("thường xuyên đạt 9 triệu", "9", 9e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của thành viên và lao động thường xuyên", period=I(Y23)),
    F("đạt 70-75 tấn/ha", "70", 70, "measure", "tấn/ha", value_max=75,
      change=C("increase", 10, "tấn/ha", "trước đây", approx="about"), subject="năng suất"),
    F("mức 7.500 đồng/kg", "7.500", 7500, "money", "đồng/kg",
      subject="giá thu mua đu đủ ruột đỏ loại 1 tại vườn"),
    F("khoảng 5.000 đồng/kg", "5.000", 5000, "money", "đồng/kg", approx="about",
      subject="giá thu mua đu đủ ruột đỏ loại 2"),
    F("ba chục tấn", "ba chục", 30, "measure", "tấn/tuần",
      subject="quả Công ty CP Xuất nhập khẩu Trái cây Sông Hậu bao tiêu mỗi tuần"),
    F("có 215 ha", "215", 215, "measure", "ha", subject="diện tích đu đủ toàn huyện"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="diện tích đu đủ"),
    F("thêm 20 ha", "20", 20, "measure", "ha", status="target", subject="diện tích hợp tác xã mở rộng thêm",
      period=NAY),
    F("từ 8 đến 10", "8", 8, "count", "thành viên", value_max=10, status="target",
      subject="thành viên mới kết nạp", period=NAY),
    F("khoảng 60 lao động", "60", 60, "count", "lao động", approx="about", status="target",
      subject="lao động địa phương được tạo việc làm", period=NAY),
]

NOTES = [
    "District portal (huyện Mỹ Tú, Sóc Trăng): the papaya cooperative of xã Mỹ Hương; dateline '18/03/2024 - 10:20'.",
    "Distractors: 10:20, 'năm 2024'/'năm 2023' in link titles, 'Số 02, đường 3 tháng 2', phone 0299.3871.245.",
    "A commune is not a location level of the spec: the cooperative's figures take the district, Mỹ Tú (article default).",
    "'Thành lập năm 2020 với 15 thành viên' gives the founding count period 2020; 'hiện ... 42 thành viên' has no period.",
    "'trong đó 25 ha' is a part of the 68 ha. 'cao hơn khoảng 10 tấn/ha so với trước đây' is the change of the yield range.",
    "'ba chục tấn quả mỗi tuần' = 30 (number word), a weekly rate: tấn/tuần. 'đứng thứ hai trong tỉnh' = rank 2 of the district.",
    "'Năm nay' = 2024 (dateline); 'phấn đấu' governs all three coordinated clauses (target).",
]

if __name__ == "__main__":
    write("p1298-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Mỹ Tú")
