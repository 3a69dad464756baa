"""p1135-4: ministry site (Bộ NN&PTNT), national: net workers, net production, imports, plans."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Phát triển nghề đan, vá lưới gắn với chuyển đổi nghề khai thác thủy sản

Ngày đăng: 05/06/2023 | Lượt xem: 1.104

Theo Cục Thủy sản, tính đến ngày 31/5/2023, cả nước có 86.820 tàu cá đăng ký, trong đó khoảng 29.500 tàu làm nghề lưới kéo, lưới rê và lưới vây. Phục vụ đội tàu này, 28 tỉnh, thành phố ven biển hiện có khoảng 3.200 cơ sở sản xuất lưới sợi và hơn 14.000 hộ đan, vá lưới thủ công, thu hút trên 52.000 lao động, trong đó lao động nữ chiếm khoảng 78%.

Các địa phương có đông lao động đan, vá lưới là Nghệ An, Thanh Hóa, Bình Định và Kiên Giang với lần lượt 6.800, 5.900, 5.600 và 4.700 người.

Năm 2022, tổng sản lượng lưới các loại sản xuất trong nước đạt khoảng 41.000 tấn, tăng 6,5% so với năm 2021; giá trị nhập khẩu lưới và sợi lưới ước 96 triệu USD, giảm 12%. Kim ngạch xuất khẩu lưới sợi tăng 9,2% so với năm 2021. Thu nhập bình quân của lao động đan, vá lưới thủ công từ 4,5 đến 7 triệu đồng/người/tháng, thấp hơn khoảng 20% so với lao động trên tàu.

Cục Thủy sản dự kiến đến năm 2025 sẽ hỗ trợ chuyển đổi khoảng 10.000 lao động khai thác ven bờ sang các nghề dịch vụ hậu cần nghề cá, trong đó đan, vá lưới chiếm 30%. Mục tiêu đến năm 2030, 100% cơ sở sản xuất lưới sử dụng sợi lưới thân thiện với môi trường, theo Quyết định số 339/QĐ-TTg của Thủ tướng Chính phủ.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
Điện thoại: 024.3845.9670
"""

ASOF = P("tính đến ngày 31/5/2023", None, "2023-05-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
LIST = "lao động đan, vá lưới"

FIGS = [
    F("có 86.820 tàu cá", "86.820", 86820, "count", "tàu cá", subject="tàu cá đăng ký", period=ASOF),
    F("khoảng 29.500 tàu", "29.500", 29500, "count", "tàu", approx="about", total=86820,
      subject="tàu làm nghề lưới kéo, lưới rê và lưới vây", period=ASOF),
    F("Phục vụ đội tàu này, 28 tỉnh", "28", 28, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố ven biển"),
    F("khoảng 3.200 cơ sở", "3.200", 3200, "count", "cơ sở", approx="about",
      subject="cơ sở sản xuất lưới sợi"),
    F("hơn 14.000 hộ", "14.000", 14000, "count", "hộ", approx="over", subject="hộ đan, vá lưới thủ công"),
    F("trên 52.000 lao động", "52.000", 52000, "count", "lao động", approx="over",
      subject="lao động sản xuất lưới sợi, đan, vá lưới"),
    F("chiếm khoảng 78%", "78", 78, "percent", "%", approx="about",
      subject="lao động nữ trong lao động nghề lưới"),
    F("lần lượt 6.800", "6.800", 6800, "count", "người", subject=LIST, location="Nghệ An"),
    F("6.800, 5.900", "5.900", 5900, "count", "người", subject=LIST, location="Thanh Hóa"),
    F("5.900, 5.600", "5.600", 5600, "count", "người", subject=LIST, location="Bình Định"),
    F("và 4.700 người", "4.700", 4700, "count", "người", subject=LIST, location="Kiên Giang"),
    F("khoảng 41.000 tấn", "41.000", 41000, "measure", "tấn", approx="about",
      change=C("increase", 6.5, "%", "năm 2021"), subject="tổng sản lượng lưới các loại sản xuất trong nước", period=Y22),
    F("ước 96 triệu", "96", 96000000, "money", "USD", status="estimate", change=C("decrease", 12, "%"),
      subject="giá trị nhập khẩu lưới và sợi lưới", period=Y22),
    F("tăng 9,2%", "9,2", 9.2, "percent", "%", subject="kim ngạch xuất khẩu lưới sợi", period=I(Y22)),
    F("từ 4,5 đến 7 triệu", "4,5", 4500000, "money", "đồng/người/tháng", value_max=7000000,
      change=C("decrease", 20, "%", "lao động trên tàu", approx="about"),
      subject="thu nhập bình quân của lao động đan, vá lưới thủ công", period=I(Y22)),
    F("khoảng 10.000 lao động", "10.000", 10000, "count", "lao động", approx="about", status="forecast",
      subject="lao động khai thác ven bờ được hỗ trợ chuyển đổi sang nghề dịch vụ hậu cần nghề cá", period=TO25),
    F("chiếm 30%", "30", 30, "percent", "%", status="forecast",
      subject="lao động chuyển đổi sang đan, vá lưới", period=TO25),
    F("2030, 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở sản xuất lưới sử dụng sợi lưới thân thiện với môi trường", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): 'Ngày đăng: 05/06/2023 | Lượt xem: 1.104', footer address and phone. National figures: location Việt Nam.",
    "Distractors: 'Lượt xem: 1.104', 'Quyết định số 339/QĐ-TTg', 'Số 2 Ngọc Hà', '024.3845.9670'.",
    "'28 tỉnh, thành phố' is a count of provinces (Việt Nam). 'lao động nữ chiếm khoảng 78%' is a share of an unnumbered part: its own percent figure.",
    "The 'lần lượt' list: each province is the item's location, subject the list indicator; inherited period none (no period stated).",
    "'tăng 9,2%' of exports with no base amount is a growth-rate figure with no change. 'thấp hơn khoảng 20% so với lao động trên tàu' is a change of the income range.",
    "'dự kiến đến năm 2025' governs the 'trong đó … chiếm 30%' clause too (forecast). 'Mục tiêu đến năm 2030' -> target.",
    "The 52.000 workers count both net-making establishments and households, so the 14.000 households give no total.",
]

if __name__ == "__main__":
    write("p1135-4", TEXT, NOTES, FIGS, published="2023-06-05", location="Việt Nam")
