from lib import *

text = """
UBND HUYỆN BA VÌ - CỔNG THÔNG TIN ĐIỆN TỬ
Kinh tế - Nông nghiệp

Chăn nuôi bò sữa Ba Vì: Giá ổn định, người nuôi yên tâm tái đàn

Theo Phòng Kinh tế huyện, tính đến 30/9/2024, tổng đàn bò toàn huyện là 34.560 con, gồm 10.230 con bò sữa và 24.330 con bò thịt. Đàn bò sữa của huyện chiếm khoảng 65% tổng đàn bò sữa của thành phố Hà Nội, tập trung tại các xã vùng đồi gò như Vân Hòa, Tản Lĩnh, Yên Bài, Ba Trại.

Trong 9 tháng năm 2024, sản lượng sữa tươi ước đạt 31.700 tấn, tăng 4,6% so với cùng kỳ năm 2023. Giá sữa bình quân 9 tháng đạt 13.650 đồng/kg, tăng 350 đồng/kg so với cùng kỳ; doanh thu từ sữa tươi ước đạt 432,7 tỷ đồng. Toàn huyện có gần 2.100 hộ nuôi bò sữa, bình quân mỗi hộ nuôi từ 4 đến 6 con; nhiều hộ ở xã Vân Hòa đã đầu tư chuồng trại khép kín, nuôi trên 30 con.

Hiện trên địa bàn có 27 điểm thu gom sữa với tổng công suất khoảng 140 tấn/ngày, trong đó 5 điểm do doanh nghiệp đầu tư, 22 điểm do hợp tác xã quản lý. Tại điểm thu gom của HTX bò sữa Tản Viên (Km 48, Quốc lộ 32), mỗi ngày tiếp nhận trên 18 tấn sữa của 260 hộ thành viên.

Từ đầu năm đến nay, huyện đã phối giống bằng tinh bò BBB và Red Angus cho 3.415 con bò cái nền, đạt 85,4% kế hoạch; số bê lai F1 sinh ra đạt 2.180 con, trọng lượng sơ sinh bình quân 32-35 kg/con.

Thực hiện Nghị quyết số 08-NQ/HU về phát triển chăn nuôi bò sữa giai đoạn 2021-2025, đến năm 2025 huyện phấn đấu đàn bò sữa đạt 12.000 con, năng suất sữa bình quân 20 kg/con/ngày. Năm 2024, ngân sách huyện bố trí 2,6 tỷ đồng cho chương trình cải tạo giống và trồng cỏ. Mọi thông tin xin liên hệ Phòng Kinh tế huyện, điện thoại 024.3386.3225.

Minh Quân
21/10/2024
"""

D30 = P("tính đến 30/9/2024", None, "2024-09-30")
M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
NOW = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-21")
Y25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("là 34.560 con", "34.560", 34560, "count", "con", "tổng đàn bò", period=D30),
    F("10.230 con bò sữa", "10.230", 10230, "count", "con", "bò sữa", total=34560, period=D30),
    F("24.330 con bò thịt", "24.330", 24330, "count", "con", "bò thịt", total=34560, period=D30),
    F("khoảng 65%", "65", 65, "percent", "%", "đàn bò sữa của huyện chiếm trong tổng đàn bò sữa của thành phố Hà Nội",
      approx="about", period=P("tính đến 30/9/2024", None, "2024-09-30", inherited=True)),
    F("ước đạt 31.700 tấn", "31.700", 31700, "measure", "tấn", "sản lượng sữa tươi", status="estimate",
      change=C("increase", 4.6, "%", "cùng kỳ năm 2023"), period=M9),
    F("đạt 13.650 đồng/kg", "13.650", 13650, "money", "đồng/kg", "giá sữa bình quân",
      change=C("increase", 350, "đồng/kg", "cùng kỳ"), period=M9b),
    F("432,7 tỷ đồng", "432,7", 432700000000, "money", "đồng", "doanh thu từ sữa tươi", status="estimate", period=M9b),
    F("gần 2.100 hộ", "2.100", 2100, "count", "hộ", "hộ nuôi bò sữa", approx="nearly"),
    F("từ 4 đến 6 con", "4", 4, "count", "con", "bò sữa bình quân mỗi hộ nuôi", value_max=6),
    F("nuôi trên 30 con", "30", 30, "count", "con", "bò sữa mỗi hộ chuồng trại khép kín nuôi", approx="over", optional=True),
    F("có 27 điểm", "27", 27, "count", "điểm thu gom", "điểm thu gom sữa"),
    F("khoảng 140 tấn/ngày", "140", 140, "measure", "tấn/ngày", "tổng công suất điểm thu gom sữa", approx="about"),
    F("5 điểm do", "5", 5, "count", "điểm", "điểm thu gom do doanh nghiệp đầu tư", total=27),
    F("22 điểm do", "22", 22, "count", "điểm", "điểm thu gom do hợp tác xã quản lý", total=27),
    F("trên 18 tấn", "18", 18, "measure", "tấn", "sữa tiếp nhận mỗi ngày tại điểm thu gom của HTX bò sữa Tản Viên", approx="over"),
    F("260 hộ", "260", 260, "count", "hộ", "hộ thành viên"),
    F("3.415 con", "3.415", 3415, "count", "con", "bò cái nền được phối giống bằng tinh bò BBB và Red Angus",
      percent=85.4, period=NOW),
    F("đạt 2.180 con", "2.180", 2180, "count", "con", "bê lai F1 sinh ra", period=NOW),
    F("32-35 kg/con", "32", 32, "measure", "kg/con", "trọng lượng sơ sinh bình quân", value_max=35, period=NOW),
    F("đạt 12.000 con", "12.000", 12000, "count", "con", "đàn bò sữa", status="target", period=Y25),
    F("20 kg/con/ngày", "20", 20, "measure", "kg/con/ngày", "năng suất sữa bình quân", status="target", period=Y25),
    F("2,6 tỷ đồng", "2,6", 2600000000, "money", "đồng", "ngân sách huyện bố trí cho chương trình cải tạo giống và trồng cỏ", period=Y24),
]

build("p313-2", [
    "Cổng TTĐT huyện Ba Vì (Hà Nội): cattle herd as of 30/9, dairy output and price over 9 months, households, collection points,",
    "beef-breed crossing (BBB, Red Angus), 2025 targets. Bare date '21/10/2024' at the end after the byline = published.",
    "Distractors: Nghị quyết số 08-NQ/HU, giai đoạn 2021-2025, 'Km 48, Quốc lộ 32', 'bê lai F1', phone 024.3386.3225, commune names.",
    "'gồm 10.230 … và 24.330' after the whole gives total 34.560. '65%' stands in its own sentence with no count: a percent figure (Ba Vì's share",
    "of Hà Nội's dairy herd, location Ba Vì). 'Từ đầu năm đến nay' ends at the published date. 'Giá sữa bình quân 9 tháng' takes 2024.",
    "The 432,7 tỷ sentence states '9 tháng' earlier in the same sentence (scored). 'nuôi trên 30 con' describes some farms: optional.",
], text, figs, location="Ba Vì", published="2024-10-21")
