from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Nông nghiệp
Thứ tư, 11/9/2024, 06:00 (GMT+7)

Sâu keo mùa thu gây hại hơn 21.000 ha ngô

Sâu keo mùa thu đã lan ra 52 tỉnh, thành phố, nhiều ruộng ngô ở Sơn La, Đắk Lắk bị cắn trụi lá, nông dân phải gieo lại.

Theo Cục Bảo vệ thực vật, từ đầu năm đến nay, sâu keo mùa thu đã gây hại 21.640 ha ngô tại 52/63 tỉnh, thành phố, tăng 18% so với cùng kỳ; trong đó khoảng 2.300 ha nhiễm nặng. Sơn La có diện tích bị hại lớn nhất với 3.150 ha, tiếp đến là Đắk Lắk (2.480 ha), Gia Lai (1.960 ha) và Nghệ An (1.420 ha).

Mật độ sâu phổ biến 2-5 con/m2, nơi cao 15-20 con/m2; tỷ lệ cây bị hại từ 20 đến 30%, có ruộng trên 70%. Tại huyện Mai Sơn (Sơn La), nông dân phải gieo lại khoảng 120 ha ngô do sâu cắn trụi lá non.

Ngô là cây lương thực lớn thứ hai của cả nước sau lúa, với diện tích khoảng 880.000 ha mỗi năm. Theo ông Huỳnh Tấn Đạt, Cục trưởng Cục Bảo vệ thực vật, chi phí phòng trừ sâu keo mùa thu bình quân 1,2-1,5 triệu đồng/ha mỗi vụ, cao hơn nhiều so với các loại sâu hại khác do phải phun 3-4 lần.

Dự báo trong quý IV/2024, sâu keo mùa thu tiếp tục gây hại trên ngô thu đông, diện tích nhiễm khoảng 8.000 ha. Cục khuyến cáo nông dân sử dụng thuốc có hoạt chất sinh học, luân phiên thuốc thuộc các nhóm IRAC 28, 5 và 6 để tránh hiện tượng kháng thuốc; không dùng ngô biến đổi gen NK66 Bt/GT thay cho biện pháp quản lý tổng hợp.

Gia Chính
"""

YTD = P("từ đầu năm đến nay", start="2024-01-01", end="2024-09-11")
SUBJ = "diện tích ngô bị sâu keo mùa thu gây hại"

FIGS = [
    F("hơn 21.000 ha", "21.000", 21000, "measure", "ha", approx="over", subject=SUBJ, period=I(YTD)),
    F("lan ra 52 tỉnh", "52", 52, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có sâu keo mùa thu", period=I(YTD)),
    F("hại 21.640 ha", "21.640", 21640, "measure", "ha", change=CH("increase", 18, "%", baseline="cùng kỳ"),
      subject=SUBJ, period=YTD),
    F("52/63", "52", 52, "count", "tỉnh, thành phố", total=63, subject="tỉnh, thành phố có sâu keo mùa thu gây hại ngô",
      period=YTD),
    F("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", approx="about", total=21640,
      subject="diện tích ngô nhiễm nặng sâu keo mùa thu", period=YTD),
    F("với 3.150 ha", "3.150", 3150, "measure", "ha", subject="diện tích bị hại", period=I(YTD), location="Sơn La"),
    F("(2.480 ha)", "2.480", 2480, "measure", "ha", subject="diện tích bị hại", period=I(YTD), location="Đắk Lắk"),
    F("(1.960 ha)", "1.960", 1960, "measure", "ha", subject="diện tích bị hại", period=I(YTD), location="Gia Lai"),
    F("(1.420 ha)", "1.420", 1420, "measure", "ha", subject="diện tích bị hại", period=I(YTD), location="Nghệ An"),
    F("phổ biến 2-5 con/m2", "2", 2, "measure", "con/m2", value_max=5, subject="mật độ sâu keo mùa thu phổ biến",
      period=I(YTD)),
    F("nơi cao 15-20", "15", 15, "measure", "con/m2", value_max=20, subject="mật độ sâu keo mùa thu nơi cao",
      period=I(YTD)),
    F("từ 20 đến 30%", "20", 20, "percent", "%", value_max=30, subject="tỷ lệ cây ngô bị hại", period=I(YTD)),
    F("trên 70%", "70", 70, "percent", "%", approx="over", subject="tỷ lệ cây ngô bị hại có ruộng", period=I(YTD)),
    F("khoảng 120 ha", "120", 120, "measure", "ha", approx="about", subject="diện tích ngô phải gieo lại",
      location="Mai Sơn"),
    F("lớn thứ hai", "hai", 2, "rank", "hạng", subject="ngô trong các cây lương thực lớn của cả nước"),
    F("khoảng 880.000 ha", "880.000", 880000, "measure", "ha", approx="about", subject="diện tích ngô mỗi năm"),
    F("1,2-1,5 triệu đồng/ha", "1,2", 1200000, "money", "đồng/ha", value_max=1500000,
      subject="chi phí phòng trừ sâu keo mùa thu bình quân mỗi vụ"),
    F("phun 3-4 lần", "3", 3, "count", "lần", value_max=4, subject="số lần phun phòng trừ sâu keo mùa thu"),
    F("khoảng 8.000 ha", "8.000", 8000, "measure", "ha", approx="about", status="forecast",
      subject="diện tích ngô thu đông nhiễm sâu keo mùa thu",
      period=P("trong quý IV/2024", start="2024-10-01", end="2024-12-31")),
]

COMMENTS = [
    "National online paper: fall armyworm (sâu keo mùa thu) on maize from the start of 2024 to 11/9/2024, provinces, density, cost, Q4 forecast.",
    "Dateline 'Thứ tư, 11/9/2024, 06:00 (GMT+7)'; byline 'Gia Chính'. 'IRAC 28, 5 và 6' are insecticide mode-of-action group names and",
    "'NK66 Bt/GT' a maize event name: not figures. 'từ đầu năm đến nay' runs 2024-01-01 to the dateline.",
    "'tăng 18% so với cùng kỳ' belongs to the area 21.640 ha (across the '52/63 tỉnh' phrase). 'lớn thứ hai' is a rank (number word).",
    "'phun 3-4 lần' counts sprays (a count of 'lần', not a multiple). National default location Việt Nam; listed provinces and Mai Sơn",
    "are locations. Sapo '52 tỉnh, thành phố' restates the body figure (required, inherited period).",
]

if __name__ == "__main__":
    emit("p642-6", TEXT, COMMENTS, FIGS, published="2024-09-11", location="Việt Nam")
