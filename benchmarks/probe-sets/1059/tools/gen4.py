"""p1059-4: ministry site (Bộ Y tế), national bed ratio 2023, distribution by province, central-level overcrowding."""
from lib import C, F, I, P, T, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Hoạt động của Bộ

Năm 2023, cả nước đạt 32,3 giường bệnh/vạn dân

Ngày đăng: 05/03/2024 | Lượt xem: 1.907

Theo Cục Quản lý Khám, chữa bệnh, tính đến hết năm 2023, cả nước có khoảng 325.000 giường bệnh, trong đó khu vực công lập chiếm 85,6%, khu vực tư nhân chiếm 14,4%. Số giường bệnh bình quân đạt 32,3 giường bệnh/vạn dân, vượt mục tiêu 30 giường bệnh/vạn dân mà Nghị quyết số 20-NQ/TW đề ra cho năm 2025.

Tuy nhiên, phân bố giường bệnh chưa đồng đều. Một số địa phương có tỷ lệ cao như Thừa Thiên Huế (61,2 giường), Hà Nội (43,5 giường), TP Hồ Chí Minh (41,8 giường); trong khi Bình Dương, Bình Phước lần lượt chỉ đạt 18,7 và 19,4 giường bệnh/vạn dân.

Tình trạng quá tải ở tuyến trung ương đã giảm rõ rệt. Năm 2023, công suất sử dụng giường bệnh bình quân của 37 bệnh viện trực thuộc Bộ là 95,8%, giảm 14,2 điểm phần trăm so với năm 2019. Tuy vậy, Bệnh viện Bạch Mai, Bệnh viện K và Bệnh viện Chợ Rẫy vẫn có thời điểm vượt 110%. Ngược lại, khoảng 30% bệnh viện tuyến huyện có công suất dưới 60%.

Theo Quy hoạch mạng lưới cơ sở y tế thời kỳ 2021-2030, tầm nhìn đến năm 2050, đến năm 2030 cả nước phấn đấu đạt 35 giường bệnh/vạn dân, trong đó giường bệnh tư nhân chiếm 15%. Bộ Y tế dự kiến trong năm 2024 sẽ đưa vào hoạt động thêm khoảng 2.000 giường tại cơ sở 2 của Bệnh viện Bạch Mai và Bệnh viện Việt Đức ở tỉnh Hà Nam.

Cổng Thông tin điện tử Bộ Y tế - Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội - Điện thoại: 024.6273.2273
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
END23 = P("tính đến hết năm 2023", None, "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
R = "giường bệnh/vạn dân"
RS = "tỷ lệ giường bệnh/vạn dân"

FIGS = [
    F("cả nước đạt 32,3 giường", "32,3", 32.3, "measure", R, "số giường bệnh trên vạn dân", Y23),
    F("khoảng 325.000 giường", "325.000", 325000, "count", "giường bệnh", "giường bệnh", END23, approx="about"),
    F("chiếm 85,6%", "85,6", 85.6, "percent", "%", "tỷ trọng giường bệnh khu vực công lập", END23),
    F("chiếm 14,4%", "14,4", 14.4, "percent", "%", "tỷ trọng giường bệnh khu vực tư nhân", END23),
    F("bình quân đạt 32,3 giường", "32,3", 32.3, "measure", R, "số giường bệnh bình quân trên vạn dân", I(END23),
      target=T(30, R, met=True)),
    F("Huế (61,2 giường)", "61,2", 61.2, "measure", R, RS, I(END23), location="Thừa Thiên Huế"),
    F("Hà Nội (43,5 giường)", "43,5", 43.5, "measure", R, RS, I(END23), location="Hà Nội"),
    F("Minh (41,8 giường)", "41,8", 41.8, "measure", R, RS, I(END23), location="TP Hồ Chí Minh"),
    F("đạt 18,7", "18,7", 18.7, "measure", R, RS, I(END23), location="Bình Dương"),
    F("và 19,4 giường", "19,4", 19.4, "measure", R, RS, I(END23), location="Bình Phước"),
    F("của 37 bệnh viện", "37", 37, "count", "bệnh viện", "bệnh viện trực thuộc Bộ", Y23),
    F("là 95,8%", "95,8", 95.8, "percent", "%", "công suất sử dụng giường bệnh bình quân của bệnh viện trực thuộc Bộ",
      Y23, change=C("decrease", 14.2, "điểm phần trăm", "năm 2019")),
    F("vượt 110%", "110", 110, "percent", "%", "công suất sử dụng giường bệnh", approx="over"),
    F("khoảng 30% bệnh viện", "30", 30, "percent", "%", "bệnh viện tuyến huyện có công suất dưới 60%",
      approx="about"),
    F("dưới 60%", "60", 60, "percent", "%", "ngưỡng công suất", approx="under", optional=True),
    F("đạt 35 giường", "35", 35, "measure", R, "số giường bệnh trên vạn dân", T30, status="target"),
    F("chiếm 15%", "15", 15, "percent", "%", "tỷ trọng giường bệnh tư nhân", T30, status="target"),
    F("khoảng 2.000 giường", "2.000", 2000, "count", "giường", "giường đưa vào hoạt động thêm tại cơ sở 2",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast", location="Hà Nam"),
]

NOTES = [
    "Cổng TTĐT Bộ Y tế: giường bệnh/vạn dân cả nước năm 2023, provinces, central hospitals' occupancy, 2030 plan. National.",
    "'chiếm 85,6%' / '14,4%' after 'trong đó' are shares of parts of the 325.000 beds: percent figures of their own (not the",
    "325.000's percent). 'vượt mục tiêu 30 giường bệnh/vạn dân' is the target attribute (met). The list items '(61,2 giường)' share",
    "the head indicator 'tỷ lệ' of beds per vạn dân: measure, unit giường bệnh/vạn dân. 'dưới 60%' threshold optional.",
    "Distractors: Nghị quyết số 20-NQ/TW, 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', 'Bệnh viện K', 'cơ sở 2', address 138A Giảng Võ,",
    "phone 024.6273.2273, 'Lượt xem: 1.907'.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2024-03-05", location="Việt Nam")
