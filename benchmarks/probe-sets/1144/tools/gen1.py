"""p1144-1: province portal (Tuyên Quang), international hot-air balloon festival, 5th edition."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Lễ hội khinh khí cầu quốc tế lần thứ 5 thu hút gần 120.000 lượt khách

Cập nhật: 04/11/2024 16:20 | Lượt xem: 2.418

Sau 4 ngày diễn ra (từ ngày 31/10 đến ngày 03/11/2024), Lễ hội khinh khí cầu quốc tế Tuyên Quang lần thứ 5 đã khép lại với gần 120.000 lượt khách đến tham quan, tăng 18,5% so với lễ hội năm 2023. Trong đó, khách quốc tế khoảng 3.200 lượt, chủ yếu đến từ Hàn Quốc, Pháp và Hà Lan.

Lễ hội năm nay có 26 khinh khí cầu của 10 quốc gia và vùng lãnh thổ, gồm 18 khinh khí cầu của các đội quốc tế và 8 khinh khí cầu của Việt Nam. Ban tổ chức đã thực hiện 412 lượt bay, trong đó 156 lượt bay tự do và 256 lượt bay neo phục vụ du khách trải nghiệm. Giá vé bay neo từ 300.000 đến 500.000 đồng/người/lượt; riêng bay tự do 3,5 triệu đồng/người/lượt.

Theo Sở Văn hóa, Thể thao và Du lịch, trong những ngày lễ hội, công suất phòng của các cơ sở lưu trú tại thành phố Tuyên Quang đạt bình quân 92%. Tổng doanh thu từ hoạt động du lịch ước đạt 210 tỷ đồng, tăng khoảng 25 tỷ đồng so với cùng kỳ.

Tổng kinh phí tổ chức lễ hội là 15,8 tỷ đồng, trong đó ngân sách tỉnh 4,5 tỷ đồng, còn lại huy động xã hội hóa từ 37 nhà tài trợ. Công an tỉnh đã huy động hơn 1.500 cán bộ, chiến sĩ bảo đảm an ninh, trật tự, phối hợp với 2 đội cứu hộ túc trực tại khu vực bay.

Năm 2024, Tuyên Quang phấn đấu đón 3,3 triệu lượt khách, tổng thu từ du lịch đạt 4.000 tỷ đồng. Tính đến hết tháng 10/2024, toàn tỉnh đã đón khoảng 2,8 triệu lượt khách, đạt 84,8% kế hoạch năm.

Cổng Thông tin điện tử tỉnh Tuyên Quang
Địa chỉ: Số 160 đường Trần Hưng Đạo, phường Tân Quang, TP Tuyên Quang
Điện thoại: 0207.3822.416
"""

FEST = P("từ ngày 31/10 đến ngày 03/11/2024", "2024-10-31", "2024-11-03")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến hết tháng 10/2024", None, "2024-10-31")
SUBJ_V = "lượt khách đến tham quan Lễ hội khinh khí cầu quốc tế Tuyên Quang"

FIGS = [
    F("lần thứ 5 thu hút gần 120.000", "120.000", 120000, "count", "lượt khách", approx="nearly",
      subject="lượt khách Lễ hội khinh khí cầu quốc tế thu hút"),
    F("khép lại với gần 120.000 lượt khách", "120.000", 120000, "count", "lượt khách", approx="nearly",
      change=C("increase", 18.5, "%", "lễ hội năm 2023"), subject=SUBJ_V, period=FEST),
    F("khoảng 3.200 lượt", "3.200", 3200, "count", "lượt", approx="about", total=120000,
      subject="lượt khách quốc tế", period=I(FEST)),
    F("có 26 khinh khí cầu", "26", 26, "count", "khinh khí cầu",
      subject="khinh khí cầu tham gia lễ hội", period=I(FEST)),
    F("của 10 quốc gia", "10", 10, "count", "quốc gia và vùng lãnh thổ",
      subject="quốc gia và vùng lãnh thổ có khinh khí cầu tham gia", period=I(FEST)),
    F("gồm 18 khinh khí cầu", "18", 18, "count", "khinh khí cầu", total=26,
      subject="khinh khí cầu của các đội quốc tế", period=I(FEST)),
    F("và 8 khinh khí cầu", "8", 8, "count", "khinh khí cầu", total=26,
      subject="khinh khí cầu của Việt Nam", period=I(FEST)),
    F("thực hiện 412 lượt bay", "412", 412, "count", "lượt bay",
      subject="lượt bay Ban tổ chức thực hiện", period=I(FEST)),
    F("156 lượt bay tự do", "156", 156, "count", "lượt bay", total=412,
      subject="lượt bay tự do", period=I(FEST)),
    F("256 lượt bay neo", "256", 256, "count", "lượt bay", total=412,
      subject="lượt bay neo phục vụ du khách trải nghiệm", period=I(FEST)),
    F("từ 300.000 đến", "300.000", 300000, "money", "đồng/người/lượt", value_max=500000,
      subject="giá vé bay neo"),
    F("3,5 triệu đồng", "3,5", 3500000, "money", "đồng/người/lượt", subject="giá vé bay tự do"),
    F("bình quân 92%", "92", 92, "percent", "%",
      subject="công suất phòng của các cơ sở lưu trú", period=I(FEST)),
    F("ước đạt 210 tỷ", "210", 210e9, "money", "đồng", status="estimate",
      change=C("increase", 25e9, "đồng", "cùng kỳ", approx="about"),
      subject="tổng doanh thu từ hoạt động du lịch", period=I(FEST)),
    F("lễ hội là 15,8 tỷ", "15,8", 15.8e9, "money", "đồng", subject="tổng kinh phí tổ chức lễ hội"),
    F("ngân sách tỉnh 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", total=15.8e9,
      subject="kinh phí tổ chức lễ hội từ ngân sách tỉnh"),
    F("từ 37 nhà tài trợ", "37", 37, "count", "nhà tài trợ", subject="nhà tài trợ huy động xã hội hóa"),
    F("hơn 1.500 cán bộ", "1.500", 1500, "count", "cán bộ, chiến sĩ", approx="over",
      subject="cán bộ, chiến sĩ công an bảo đảm an ninh, trật tự"),
    F("với 2 đội cứu hộ", "2", 2, "count", "đội cứu hộ", subject="đội cứu hộ túc trực tại khu vực bay"),
    F("đón 3,3 triệu lượt khách", "3,3", 3.3e6, "count", "lượt khách", status="target",
      subject="lượt khách du lịch", period=Y24),
    F("đạt 4.000 tỷ", "4.000", 4000e9, "money", "đồng", status="target",
      subject="tổng thu từ du lịch", period=Y24),
    F("khoảng 2,8 triệu", "2,8", 2.8e6, "count", "lượt khách", approx="about", percent=84.8,
      subject="lượt khách toàn tỉnh đã đón", period=ASOF),
]

NOTES = [
    "Revised after the first run: the place was removed from one subject (a figure's own place belongs to location, not subject).",
    "Province portal: breadcrumb, 'Cập nhật: 04/11/2024 16:20 | Lượt xem: 2.418' (published). Location Tuyên Quang (city = province name).",
    "Distractors: 'lần thứ 5' (edition, twice), 'Sau 4 ngày diễn ra' (a duration that locates the festival), dates 31/10, 03/11/2024,",
    "'16:20', 'Lượt xem: 2.418', address 'Số 160 đường Trần Hưng Đạo', phone '0207.3822.416'.",
    "Festival dates give the period of the visitor figure; later sentences about the festival inherit it. '8 khinh khí cầu của Việt Nam' stays in Tuyên Quang (owner, not place).",
    "'tăng khoảng 25 tỷ đồng so với cùng kỳ' is the change of 210 tỷ; 'đạt 84,8% kế hoạch năm' is the percent of 2,8 triệu.",
]

if __name__ == "__main__":
    write("p1144-1", TEXT, NOTES, FIGS, published="2024-11-04", location="Tuyên Quang")
