"""p1149-2: district portal (huyện Kon Plông, Kon Tum): sturgeon farming and tourism at Măng Đen."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KON PLÔNG
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội

Phát triển nuôi cá tầm gắn với du lịch ở Măng Đen

Ngày đăng: 14/09/2023 | Người viết: Y Thu

Với độ cao trung bình trên 1.100 m so với mực nước biển, nước suối quanh năm chỉ từ 16 đến 22°C, Kon Plông là một trong số ít địa phương ở Tây Nguyên nuôi được cá nước lạnh. Năm 2018, huyện mới có hai cơ sở nuôi cá tầm; đến nay toàn huyện có 7 cơ sở với tổng thể tích bể khoảng 6.200 m3. 8 tháng đầu năm, sản lượng cá tầm, cá hồi thu hoạch đạt 96 tấn, tăng 14 tấn so với cùng kỳ.

Trang trại của ông Nguyễn Văn Hùng ở thôn Kon Vơng Kia, xã Đăk Long là cơ sở lớn nhất huyện, với 32 bể nuôi, mỗi bể từ 60 đến 80 m3. Mỗi lứa, trang trại thả khoảng 45.000 con cá tầm giống. Theo ông Hùng, sau 18 tháng nuôi cá đạt trọng lượng 2-2,5 kg/con; giá bán tại trại hiện là 170.000 đồng/kg, cao hơn 20.000 đồng/kg so với năm 2022. Năm 2022, trang trại xuất bán khoảng 40 tấn cá, doanh thu hơn 6,5 tỷ đồng. Trang trại tạo việc làm cho 12 lao động là người Xơ Đăng, mức lương 6 triệu đồng/người/tháng.

Bên cạnh bán cá thương phẩm, nhiều cơ sở mở nhà hàng, điểm tham quan. Dịp Lễ hội Văn hóa - Du lịch Măng Đen lần thứ 3, các điểm nuôi cá đón hơn 3.000 lượt khách.

Huyện đặt mục tiêu đến năm 2025 có 10 cơ sở nuôi cá nước lạnh, sản lượng đạt 200 tấn/năm, phục vụ khoảng 50.000 lượt khách tham quan, trải nghiệm.

Bản quyền thuộc UBND huyện Kon Plông
Địa chỉ: Tổ dân phố 1, thị trấn Măng Đen, huyện Kon Plông, tỉnh Kon Tum. Điện thoại: 0260.3865.123
"""

M8 = P("8 tháng đầu năm", "2023-01-01", "2023-08-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FARM = "trang trại của ông Nguyễn Văn Hùng"

FIGS = [
    F("trên 1.100 m", "1.100", 1100, "measure", "m", approx="over",
      subject="độ cao trung bình so với mực nước biển"),
    F("từ 16 đến 22°C", "16", 16, "measure", "°C", value_max=22, subject="nhiệt độ nước suối quanh năm"),
    F("có hai cơ sở", "hai", 2, "count", "cơ sở", subject="cơ sở nuôi cá tầm",
      period=P("Năm 2018", "2018-01-01", "2018-12-31")),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở nuôi cá tầm"),
    F("khoảng 6.200 m3", "6.200", 6200, "measure", "m3", approx="about", subject="tổng thể tích bể"),
    F("đạt 96 tấn", "96", 96, "measure", "tấn", change=C("increase", 14, "tấn", "cùng kỳ"),
      subject="sản lượng cá tầm, cá hồi thu hoạch", period=M8),
    F("với 32 bể", "32", 32, "count", "bể nuôi", subject=f"bể nuôi của {FARM}"),
    F("từ 60 đến 80 m3", "60", 60, "measure", "m3", value_max=80, subject="thể tích mỗi bể"),
    F("khoảng 45.000 con", "45.000", 45000, "count", "con cá tầm giống", approx="about",
      subject="cá tầm giống trang trại thả mỗi lứa"),
    F("sau 18 tháng", "18", 18, "measure", "tháng", subject="thời gian nuôi", optional=True),
    F("2-2,5 kg/con", "2", 2, "measure", "kg/con", value_max=2.5, subject="trọng lượng cá"),
    F("là 170.000 đồng/kg", "170.000", 170000, "money", "đồng/kg",
      change=C("increase", 20000, "đồng/kg", "năm 2022"), subject="giá bán cá tầm tại trại"),
    F("khoảng 40 tấn", "40", 40, "measure", "tấn", approx="about", subject="cá trang trại xuất bán", period=Y22),
    F("hơn 6,5 tỷ", "6,5", 6500000000, "money", "đồng", approx="over", subject="doanh thu của trang trại",
      period=Y22),
    F("cho 12 lao động", "12", 12, "count", "lao động", subject="lao động trang trại tạo việc làm"),
    F("6 triệu đồng/người/tháng", "6", 6000000, "money", "đồng/người/tháng",
      subject="mức lương lao động của trang trại"),
    F("hơn 3.000 lượt khách", "3.000", 3000, "count", "lượt khách", approx="over",
      subject="lượt khách các điểm nuôi cá đón dịp Lễ hội Văn hóa - Du lịch Măng Đen"),
    F("có 10 cơ sở", "10", 10, "count", "cơ sở", status="target", subject="cơ sở nuôi cá nước lạnh", period=T25),
    F("đạt 200 tấn/năm", "200", 200, "measure", "tấn/năm", status="target", subject="sản lượng", period=T25),
    F("khoảng 50.000 lượt", "50.000", 50000, "count", "lượt khách", approx="about", status="target",
      subject="lượt khách tham quan, trải nghiệm", period=T25),
]

NOTES = [
    "District portal (huyện Kon Plông, Kon Tum): sturgeon farms and tourism at Măng Đen. 'Ngày đăng: 14/09/2023 | Người viết: Y Thu'.",
    "Distractors: 'lần thứ 3' (ordinal), 'Tổ dân phố 1' (address), phone 0260.3865.123. 'hai cơ sở' is a number word (2).",
    "'8 tháng đầu năm' takes 2023 from the dateline. 'tăng 14 tấn so với cùng kỳ' is the change of 96 tấn (unit tấn).",
    "'sau 18 tháng nuôi' locates the weight in time (optional). 'đến nay ... 7 cơ sở' gets no period. Default location is the district.",
]

if __name__ == "__main__":
    write("p1149-2", TEXT, NOTES, FIGS, published="2023-09-14", location="Kon Plông")
