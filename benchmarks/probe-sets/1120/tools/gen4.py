"""p1120-4: ministry site (Cục Bảo vệ thực vật, Bộ NN&PTNT): rat damage nationwide in 2024, outlook for Đông Xuân."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC BẢO VỆ THỰC VẬT
Trang chủ > Tin tức > Dịch hại cây trồng

Chủ động phòng trừ chuột hại lúa vụ Đông Xuân 2024-2025

Ngày đăng: 05/02/2025 | Lượt xem: 876

Theo Cục Bảo vệ thực vật, năm 2024 cả nước có khoảng 16.300 ha lúa bị chuột gây hại, tăng 8,4% so với năm 2023; trong đó diện tích nhiễm nặng gần 1.900 ha. Chuột gây hại tại 35 tỉnh, thành phố, nặng nhất ở đồng bằng sông Cửu Long và Bắc Trung Bộ.

Các tỉnh có diện tích bị hại lớn là Long An, Đồng Tháp và Nghệ An với lần lượt 1.420 ha, 1.180 ha và 960 ha. Riêng vụ Hè Thu, diện tích bị hại chiếm khoảng 62% tổng diện tích lúa bị chuột hại cả năm.

Năm 2024, các địa phương đã tổ chức hơn 2.300 đợt ra quân diệt chuột, thu hút trên 1,1 triệu lượt người tham gia; tổng số chuột bị tiêu diệt ước đạt 14,6 triệu con. Nhiều tỉnh thưởng theo đuôi chuột với mức từ 1.000 đến 3.000 đồng/đuôi; một số địa phương ở đồng bằng sông Cửu Long dùng chó săn chuột, bẫy cây trồng (TBS) cho hiệu quả cao.

Cục Bảo vệ thực vật dự báo trong vụ Đông Xuân 2024-2025, mật độ chuột trên đồng ruộng cả nước có thể tăng 10-15% so với cùng kỳ do thời tiết ấm. Cục đề nghị các địa phương tổ chức diệt chuột tập trung trước và sau gieo cấy 10-15 ngày, sử dụng bả sinh học thay cho bả hóa học độc hại; phấn đấu năm 2025 giảm ít nhất 20% diện tích lúa bị chuột hại so với năm 2024.

CỤC BẢO VỆ THỰC VẬT
Địa chỉ: Số 149 Hồ Đắc Di, Đống Đa, Hà Nội
Điện thoại: 024.3851.9451 - Fax: 024.3533.0043
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
DMG = "diện tích lúa bị chuột gây hại"

FIGS = [
    F("khoảng 16.300 ha", "16.300", 16300, "measure", "ha", approx="about",
      change=C("increase", 8.4, "%", "năm 2023"), subject=DMG, period=Y24),
    F("gần 1.900 ha", "1.900", 1900, "measure", "ha", approx="nearly", total=16300,
      subject="diện tích lúa nhiễm chuột nặng", period=Y24),
    F("tại 35 tỉnh", "35", 35, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có chuột gây hại",
      period=I(Y24)),
    F("1.420 ha", "1.420", 1420, "measure", "ha", subject=DMG, period=I(Y24), location="Long An"),
    F("1.180 ha", "1.180", 1180, "measure", "ha", subject=DMG, period=I(Y24), location="Đồng Tháp"),
    F("và 960 ha", "960", 960, "measure", "ha", subject=DMG, period=I(Y24), location="Nghệ An"),
    F("khoảng 62%", "62", 62, "percent", "%", approx="about",
      subject="tỷ lệ diện tích bị hại vụ Hè Thu trong tổng diện tích lúa bị chuột hại cả năm", period=I(Y24)),
    F("hơn 2.300 đợt", "2.300", 2300, "count", "đợt ra quân", approx="over",
      subject="đợt ra quân diệt chuột", period=Y24b),
    F("trên 1,1 triệu", "1,1", 1100000, "count", "lượt người", approx="over",
      subject="lượt người tham gia ra quân diệt chuột", period=Y24b),
    F("ước đạt 14,6 triệu", "14,6", 14600000, "count", "con", status="estimate",
      subject="tổng số chuột bị tiêu diệt", period=Y24b),
    F("từ 1.000 đến 3.000", "1.000", 1000, "money", "đồng/đuôi", value_max=3000,
      subject="mức thưởng theo đuôi chuột", period=I(Y24b)),
    F("tăng 10-15%", "10", 10, "percent", "%", value_max=15, status="forecast",
      subject="mật độ chuột trên đồng ruộng cả nước"),
    F("ít nhất 20%", "20", 20, "percent", "%", approx="at_least", status="target",
      subject="giảm diện tích lúa bị chuột hại so với năm 2024", period=Y25),
]

NOTES = [
    "Ministry site (Cục Bảo vệ thực vật, Bộ NN&PTNT): national rat damage 2024 and outlook. 'Ngày đăng: 05/02/2025 | Lượt xem: 876'.",
    "Default location Việt Nam (cả nước, a ministry's national totals, a count of provinces). List items 'lần lượt' get the province as location.",
    "Distractors: 'vụ Đông Xuân 2024-2025' (a season's name), view counter 876, '(TBS)', address 'Số 149 Hồ Đắc Di', phone/fax numbers,",
    "'trước và sau gieo cấy 10-15 ngày' (a timing instruction, not a figure).",
    "'tăng 10-15% so với cùng kỳ' is a forecast growth rate standing as the claim (percent, no change). 'phấn đấu năm 2025 giảm ít nhất 20%' → target rate.",
    "The 62% share of vụ Hè Thu gets year 2024 inherited (season within the year of the paragraph above).",
]

if __name__ == "__main__":
    write("p1120-4", TEXT, NOTES, FIGS, published="2025-02-05", location="Việt Nam")
