"""p1005-2: thị xã Kinh Môn (Hải Dương) portal, quý I/2025, mobile weighing of trucks carrying clinker and stone."""
from lib import F, P, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ KINH MÔN
Tin tức - Sự kiện › Kinh tế

Kinh Môn tăng cường kiểm soát tải trọng xe chở vật liệu xây dựng

Thứ Ba, 08/04/2025 - 10:45

Quý I/2025, Tổ công tác liên ngành kiểm soát tải trọng xe của thị xã Kinh Môn đã tổ chức 46 ca trực tại các điểm cân lưu động trên Quốc lộ 17B và đường tỉnh 389, kiểm tra 2.164 lượt phương tiện, phát hiện và lập biên bản 213 trường hợp vi phạm, tăng 38 trường hợp so với cùng kỳ năm 2024. Trong đó, chở hàng vượt quá khối lượng cho phép tham gia giao thông có 158 trường hợp; tự ý thay đổi kích thước thành thùng xe 55 trường hợp.

Tổng số tiền xử phạt hơn 1,85 tỷ đồng; tước quyền sử dụng giấy phép lái xe 96 trường hợp, tạm giữ 24 phương tiện. Địa bàn có nhiều xe vi phạm nhất là các phường Phú Thứ (67 trường hợp), Minh Tân (52 trường hợp) và Duy Tân (31 trường hợp), nơi tập trung các nhà máy xi măng và mỏ đá vôi. So với quý IV/2024, số xe vi phạm giảm khoảng 15%.

Theo Phòng Quản lý đô thị thị xã, xe quá tải đã làm hư hỏng khoảng 4,2 km mặt đường trên tuyến đường 389B; thị xã đã bố trí gần 3,6 tỷ đồng từ ngân sách năm 2025 để sửa chữa.

Đây là lần thứ 3 trong năm thị xã ra quân cao điểm. Mục tiêu năm 2025, thị xã phấn đấu giảm ít nhất 30% số xe vi phạm tải trọng so với năm 2024 và 100% xe ra vào các mỏ khoáng sản được cân kiểm tra trước khi lưu thông.

Hoàng Hà (Trung tâm VH-TT&TT thị xã)

Địa chỉ: số 1 đường Nguyễn Đại Năng, phường An Lưu, thị xã Kinh Môn, tỉnh Hải Dương
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q1i = P("Quý I/2025", "2025-01-01", "2025-03-31", inherited=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tổ chức 46 ca trực", "46", 46, "count", "ca trực", "ca trực tại các điểm cân lưu động", period=Q1),
    F("kiểm tra 2.164 lượt", "2.164", 2164, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra", period=Q1),
    F("biên bản 213 trường hợp", "213", 213, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản",
      change=C("increase", 38, "trường hợp", "cùng kỳ năm 2024"), period=Q1),
    F("có 158 trường hợp", "158", 158, "count", "trường hợp",
      "trường hợp chở hàng vượt quá khối lượng cho phép tham gia giao thông", total=213, period=Q1i),
    F("xe 55 trường hợp", "55", 55, "count", "trường hợp", "trường hợp tự ý thay đổi kích thước thành thùng xe",
      total=213, period=Q1i),
    F("hơn 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "tổng số tiền xử phạt", approx="over", period=Q1i),
    F("giấy phép lái xe 96 trường hợp", "96", 96, "count", "trường hợp",
      "trường hợp bị tước quyền sử dụng giấy phép lái xe", period=Q1i),
    F("tạm giữ 24 phương tiện", "24", 24, "count", "phương tiện", "phương tiện bị tạm giữ", period=Q1i),
    F("Phú Thứ (67 trường hợp)", "67", 67, "count", "trường hợp", "trường hợp xe vi phạm", period=Q1i),
    F("Minh Tân (52 trường hợp)", "52", 52, "count", "trường hợp", "trường hợp xe vi phạm", period=Q1i),
    F("Duy Tân (31 trường hợp)", "31", 31, "count", "trường hợp", "trường hợp xe vi phạm", period=Q1i),
    F("giảm khoảng 15%", "15", 15, "percent", "%", "số xe vi phạm so với quý IV/2024", approx="about",
      period=Q1i),
    F("khoảng 4,2 km", "4,2", 4.2, "measure", "km", "mặt đường bị hư hỏng do xe quá tải", approx="about"),
    F("gần 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "kinh phí sửa chữa mặt đường", approx="nearly",
      period=Y25),
    F("ít nhất 30%", "30", 30, "percent", "%", "số xe vi phạm tải trọng so với năm 2024",
      approx="at_least", status="target", period=Y25),
    F("và 100% xe", "100", 100, "percent", "%", "xe ra vào các mỏ khoáng sản được cân kiểm tra",
      status="target", period=Y25),
]

build("p1005-2", TEXT, FIGS, published="2025-04-08", location="Kinh Môn", comments=[
    "Cổng TTĐT thị xã Kinh Môn (Hải Dương), quý I/2025 (invented). Dateline 'Thứ Ba, 08/04/2025 - 10:45', byline at the end.",
    "Not figures: Quốc lộ 17B, đường tỉnh 389, đường 389B, 'lần thứ 3 trong năm' (ordinal), address 'số 1 đường Nguyễn Đại Năng'.",
    "158 + 55 = 213 after 'Trong đó' (sentence break). The phường are below district level: location stays Kinh Môn, subject is the list's indicator.",
    "'giảm khoảng 15%' with no base amount is a percent figure (no change). 'Mục tiêu năm 2025 ... phấn đấu' → target for both figures of the clause.",
    "'gần 3,6 tỷ đồng từ ngân sách năm 2025' is already allocated (actual), period năm 2025.",
])
