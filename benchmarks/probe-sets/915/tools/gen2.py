"""p915-2: district portal, huyện Yên Thành (Nghệ An), ra quân diệt chuột lúa Hè Thu 2023."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ / Kinh tế / Nông nghiệp
Yên Thành: Ra quân diệt chuột bảo vệ lúa Hè Thu
Thứ Năm, 06/07/2023 - 14:30

Sáng 5/7, tại cánh đồng xóm 6, xã Hoa Thành, UBND huyện tổ chức ra quân diệt chuột bảo vệ lúa Hè Thu năm 2023 với sự tham gia của gần 600 cán bộ, đoàn viên và nông dân.

Vụ Hè Thu năm nay, toàn huyện gieo cấy 11.420 ha lúa, đạt 101,5% kế hoạch. Theo Trạm Trồng trọt và Bảo vệ thực vật huyện, đến ngày 4/7/2023, chuột đã gây hại 215 ha lúa, trong đó xã Công Thành 42 ha, xã Bảo Thành 37 ha, xã Hậu Thành 29 ha; tỷ lệ hại phổ biến 3-5%, nơi cao trên 15%.

Để chủ động phòng trừ, huyện hỗ trợ 420 kg thuốc diệt chuột sinh học cho 39/39 xã, thị trấn; Hội Nông dân huyện phát động thu mua đuôi chuột với giá 1.000 đồng/đuôi. Ngay trong buổi ra quân, lực lượng tham gia đã diệt được 2.150 con chuột, đào phá 310 hang.

Từ đầu năm đến nay, toàn huyện đã diệt được 86.500 con chuột, tăng 12.300 con so với cùng kỳ năm 2022. Huyện phấn đấu đến hết vụ Hè Thu diệt thêm khoảng 60.000 con, giữ diện tích bị hại dưới 1% diện tích gieo cấy.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND huyện đề nghị các xã ven Quốc lộ 7A và Tỉnh lộ 538 tập trung diệt chuột ở bờ vùng, bờ thửa, gò đống; nghiêm cấm dùng bẫy điện. Hiện mật độ chuột ở một số cánh đồng lên tới 2-3 con/sào.

Nguyễn Hoa - Trung tâm Văn hóa - Thể thao và Truyền thông huyện
"""

D = P("đến ngày 4/7/2023", end="2023-07-04")
YTD = P("Từ đầu năm đến nay", start="2023-01-01", end="2023-07-06")

FIGS = [
    F("gần 600 cán bộ", "600", 600, "count", "cán bộ, đoàn viên và nông dân",
      "cán bộ, đoàn viên và nông dân tham gia ra quân", approx="nearly"),
    F("gieo cấy 11.420 ha", "11.420", 11420, "measure", "ha", "diện tích lúa Hè Thu gieo cấy", percent=101.5),
    F("gây hại 215 ha", "215", 215, "measure", "ha", "diện tích lúa bị chuột gây hại", D),
    F("Công Thành 42 ha", "42", 42, "measure", "ha", "diện tích lúa bị chuột gây hại xã Công Thành", D, total=215),
    F("Bảo Thành 37 ha", "37", 37, "measure", "ha", "diện tích lúa bị chuột gây hại xã Bảo Thành", D, total=215),
    F("Hậu Thành 29 ha", "29", 29, "measure", "ha", "diện tích lúa bị chuột gây hại xã Hậu Thành", D, total=215),
    F("phổ biến 3-5%", "3", 3, "percent", "%", "tỷ lệ hại phổ biến", D, value_max=5),
    F("nơi cao trên 15%", "15", 15, "percent", "%", "tỷ lệ hại nơi cao", D, approx="over"),
    F("420 kg", "420", 420, "measure", "kg", "thuốc diệt chuột sinh học huyện hỗ trợ"),
    F("39/39 xã", "39", 39, "count", "xã, thị trấn", "xã, thị trấn được hỗ trợ thuốc", total=39),
    F("1.000 đồng/đuôi", "1.000", 1000, "money", "đồng/đuôi", "giá thu mua đuôi chuột"),
    F("diệt được 2.150 con chuột", "2.150", 2150, "count", "con chuột", "chuột diệt được trong buổi ra quân"),
    F("310 hang", "310", 310, "count", "hang", "hang chuột đào phá"),
    F("diệt được 86.500 con chuột", "86.500", 86500, "count", "con chuột", "chuột diệt được", YTD,
      change=C("increase", 12300, "con", "cùng kỳ năm 2022")),
    F("khoảng 60.000 con", "60.000", 60000, "count", "con", "chuột diệt thêm đến hết vụ Hè Thu",
      approx="about", status="target"),
    F("dưới 1% diện tích", "1", 1, "percent", "%", "tỷ lệ diện tích bị hại trên diện tích gieo cấy",
      approx="under", status="target"),
    F("lên tới 2-3 con/sào", "2", 2, "measure", "con/sào", "mật độ chuột", value_max=3),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An). 'Thứ Năm, 06/07/2023 - 14:30' is the dateline.",
    "Distractors: 'xóm 6', 'Quốc lộ 7A', 'Tỉnh lộ 538', 'Sáng 5/7', '14:30'. Communes are not locations (spec: province,",
    "city, district): they stay in the subject and the figures take the district. A single event day ('Sáng 5/7',",
    "'buổi ra quân') and a crop season ('Vụ Hè Thu năm nay', 'đến hết vụ Hè Thu') give no period.",
    "'2-3 con/sào' is a density: the denominator is part of the unit; 'Hiện' gives no period.",
]

if __name__ == "__main__":
    write("p915-2", TEXT, NOTES, FIGS, published="2023-07-06", location="Yên Thành")
