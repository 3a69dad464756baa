"""p1144-5: Party newspaper (Báo Điện Biên Phủ), Lễ hội Hoa Ban 2024, a homestay in TP Điện Biên Phủ."""
from lib import F, P, I, C, T, write

TEXT = """Lễ hội Hoa Ban năm 2024: Sức hút từ sắc ban Mường Thanh

Lễ hội Hoa Ban năm 2024 diễn ra từ ngày 15 đến 17/3 với 25 hoạt động văn hóa, thể thao, du lịch. Trong 3 ngày lễ hội, toàn tỉnh đón trên 62.000 lượt khách, tăng 24% so với lễ hội năm 2023, trong đó khách lưu trú 27.500 lượt; tổng thu từ du lịch ước đạt 98 tỷ đồng.

Để phục vụ lễ hội, Ban tổ chức bố trí 1.200 chậu hoa ban, trồng mới 350 cây hoa ban dọc Quốc lộ 279 và đường Võ Nguyên Giáp; huy động 650 cán bộ, chiến sĩ công an, quân sự và 120 tình nguyện viên bảo đảm an ninh, trật tự, hướng dẫn du khách. Tổng kinh phí tổ chức 3,8 tỷ đồng, trong đó xã hội hóa 2,1 tỷ đồng, chiếm 55,3%, với sự đồng hành của 14 nhà tài trợ.

Tại bản Him Lam 2, phường Him Lam, thành phố Điện Biên Phủ, homestay của chị Lò Thị Hương với 8 phòng, 40 chỗ nghỉ đã kín khách từ trước lễ hội một tuần. Giá phòng dịp này từ 400.000 đến 600.000 đồng/phòng/đêm, tăng khoảng 20% so với ngày thường. Chị Hương cho biết, riêng tháng 3, homestay có doanh thu gần 90 triệu đồng.

Năm 2024, tỉnh Điện Biên đặt mục tiêu đón 1,2 triệu lượt khách, tổng thu từ du lịch đạt 2.500 tỷ đồng. Hai tháng đầu năm, toàn tỉnh đã đón 215.000 lượt khách, bằng 17,9% kế hoạch năm; công suất phòng bình quân của các khách sạn ở thành phố Điện Biên Phủ đạt 64%.

Thời gian tới, tỉnh tiếp tục phát triển các sản phẩm du lịch gắn với hoa ban, hoa anh đào và văn hóa các dân tộc, kéo dài thời gian lưu trú của du khách.

MINH THU
18/03/2024
"""

FEST = P("từ ngày 15 đến 17/3", "2024-03-15", "2024-03-17")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M3 = P("tháng 3", "2024-03-01", "2024-03-31")
H2 = P("Hai tháng đầu năm", "2024-01-01", "2024-02-29")
DBP = "Điện Biên Phủ"

FIGS = [
    F("với 25 hoạt động", "25", 25, "count", "hoạt động",
      subject="hoạt động văn hóa, thể thao, du lịch của Lễ hội Hoa Ban", period=FEST),
    F("trên 62.000 lượt", "62.000", 62000, "count", "lượt khách", approx="over",
      change=C("increase", 24, "%", "lễ hội năm 2023"), subject="lượt khách toàn tỉnh đón", period=I(FEST)),
    F("lưu trú 27.500 lượt", "27.500", 27500, "count", "lượt", total=62000,
      subject="lượt khách lưu trú", period=I(FEST)),
    F("ước đạt 98 tỷ", "98", 98e9, "money", "đồng", status="estimate", subject="tổng thu từ du lịch",
      period=I(FEST)),
    F("1.200 chậu", "1.200", 1200, "count", "chậu hoa ban", subject="chậu hoa ban Ban tổ chức bố trí"),
    F("350 cây", "350", 350, "count", "cây hoa ban", subject="cây hoa ban trồng mới"),
    F("650 cán bộ", "650", 650, "count", "cán bộ, chiến sĩ",
      subject="cán bộ, chiến sĩ công an, quân sự bảo đảm an ninh, trật tự"),
    F("120 tình nguyện viên", "120", 120, "count", "tình nguyện viên",
      subject="tình nguyện viên hướng dẫn du khách"),
    F("tổ chức 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", subject="tổng kinh phí tổ chức"),
    F("xã hội hóa 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", total=3.8e9, percent=55.3,
      subject="kinh phí xã hội hóa"),
    F("của 14 nhà tài trợ", "14", 14, "count", "nhà tài trợ", subject="nhà tài trợ đồng hành"),
    F("với 8 phòng", "8", 8, "count", "phòng", subject="phòng của homestay chị Lò Thị Hương", location=DBP),
    F("40 chỗ nghỉ", "40", 40, "count", "chỗ nghỉ", subject="chỗ nghỉ của homestay", location=DBP),
    F("từ 400.000 đến", "400.000", 400000, "money", "đồng/phòng/đêm", value_max=600000,
      change=C("increase", 20, "%", "ngày thường", approx="about"),
      subject="giá phòng homestay dịp lễ hội", location=DBP),
    F("gần 90 triệu", "90", 90e6, "money", "đồng", approx="nearly", subject="doanh thu homestay",
      period=M3, location=DBP),
    F("đón 1,2 triệu", "1,2", 1.2e6, "count", "lượt khách", status="target", subject="lượt khách", period=Y24),
    F("đạt 2.500 tỷ", "2.500", 2500e9, "money", "đồng", status="target", subject="tổng thu từ du lịch",
      period=Y24),
    F("đón 215.000 lượt", "215.000", 215000, "count", "lượt khách", percent=17.9,
      subject="lượt khách toàn tỉnh đã đón", period=H2),
    F("đạt 64%", "64", 64, "percent", "%", subject="công suất phòng bình quân của các khách sạn",
      period=H2, location=DBP),
]

NOTES = [
    "Party newspaper (Báo Điện Biên Phủ): byline 'MINH THU' and bare date '18/03/2024' at the end (published). Location Điện Biên.",
    "The homestay passage names 'phường Him Lam, thành phố Điện Biên Phủ': its figures (also the following sentences) are Điện Biên Phủ; so is the city's hotel occupancy.",
    "The festival's own figures (no city named) stay Điện Biên. '25 hoạt động' takes the festival dates of its sentence; later festival sentences inherit them.",
    "Distractors: 'bản Him Lam 2', 'Quốc lộ 279', 'Trong 3 ngày lễ hội' (duration), 'một tuần' (duration), 'Hai tháng đầu năm' (period), 'năm 2023' (baseline).",
    "'riêng tháng 3' takes 2024 from the published date / earlier 'năm 2024'; 'Hai tháng đầu năm' is 2024-01-01..2024-02-29.",
]

if __name__ == "__main__":
    write("p1144-5", TEXT, NOTES, FIGS, published="2024-03-18", location="Điện Biên")
