"""p1149-4: ministry site (Bộ NN&PTNT), national cold-water fish farming 2023 and the 2030 targets."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản

Phát triển nuôi cá nước lạnh thành ngành hàng hóa ở vùng cao

Ngày đăng: 26/04/2024 | Lượt xem: 1.018

Theo Cục Thủy sản, năm 2023 cả nước có 36 tỉnh, thành phố nuôi cá nước lạnh với tổng thể tích bể khoảng 520.000 m3, sản lượng đạt 4.250 tấn, tăng 7,2% so với năm 2022. Trong đó, cá tầm chiếm khoảng 65%, cá hồi vân chiếm 35%. Các địa phương có sản lượng lớn lần lượt là Lâm Đồng (1.150 tấn), Lào Cai (1.080 tấn), Lai Châu (812 tấn) và Sơn La (460 tấn).

Cá hồi vân sinh trưởng tốt ở nhiệt độ nước từ 12 đến 18°C, cá tầm thích hợp từ 18 đến 24°C. Mỗi năm các cơ sở nhập khẩu khoảng 6-7 triệu trứng cá hồi từ Phần Lan, Đan Mạch, Pháp. Năm 2023, Viện Nghiên cứu Nuôi trồng thủy sản I sản xuất được 2,4 triệu con cá tầm giống, tương đương khoảng 40% nhu cầu.

Giá trị sản xuất toàn ngành năm 2023 ước đạt trên 900 tỷ đồng. Nghề nuôi cá nước lạnh hiện tạo việc làm cho khoảng 5.000 lao động, phần lớn là đồng bào dân tộc thiểu số. Giá bán bình quân năm 2023 của cá hồi thương phẩm là 210.000 đồng/kg, cá tầm 165.000 đồng/kg.

Theo Quyết định số 2157/QĐ-BNN-TS, đến năm 2030 phấn đấu sản lượng cá nước lạnh đạt 10.000 tấn, trong đó cá hồi 4.000 tấn, cá tầm 6.000 tấn; giá trị sản xuất đạt 2.000 tỷ đồng; chủ động sản xuất ít nhất 70% nhu cầu con giống trong nước.

Cổng thông tin điện tử Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23B = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SL = "sản lượng cá nước lạnh"

FIGS = [
    F("có 36 tỉnh", "36", 36, "count", "tỉnh, thành phố", subject="tỉnh, thành phố nuôi cá nước lạnh", period=Y23),
    F("khoảng 520.000 m3", "520.000", 520000, "measure", "m3", approx="about", subject="tổng thể tích bể",
      period=Y23),
    F("đạt 4.250 tấn", "4.250", 4250, "measure", "tấn", change=C("increase", 7.2, "%", "năm 2022"),
      subject=SL, period=Y23),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", approx="about", subject="tỷ trọng cá tầm trong sản lượng",
      period=I(Y23)),
    F("chiếm 35%", "35", 35, "percent", "%", subject="tỷ trọng cá hồi vân trong sản lượng", period=I(Y23)),
    F("Lâm Đồng (1.150 tấn)", "1.150", 1150, "measure", "tấn", subject=SL, location="Lâm Đồng", period=I(Y23)),
    F("Lào Cai (1.080 tấn)", "1.080", 1080, "measure", "tấn", subject=SL, location="Lào Cai", period=I(Y23)),
    F("Lai Châu (812 tấn)", "812", 812, "measure", "tấn", subject=SL, location="Lai Châu", period=I(Y23)),
    F("Sơn La (460 tấn)", "460", 460, "measure", "tấn", subject=SL, location="Sơn La", period=I(Y23)),
    F("từ 12 đến 18°C", "12", 12, "measure", "°C", value_max=18,
      subject="nhiệt độ nước cá hồi vân sinh trưởng tốt"),
    F("từ 18 đến 24°C", "18", 18, "measure", "°C", value_max=24, subject="nhiệt độ nước thích hợp cho cá tầm"),
    F("khoảng 6-7 triệu", "6", 6000000, "count", "trứng cá hồi", value_max=7000000, approx="about",
      subject="trứng cá hồi các cơ sở nhập khẩu mỗi năm"),
    F("được 2,4 triệu", "2,4", 2400000, "count", "con cá tầm giống", percent=40,
      subject="con cá tầm giống Viện Nghiên cứu Nuôi trồng thủy sản I sản xuất", period=Y23B),
    F("trên 900 tỷ", "900", 900000000000, "money", "đồng", approx="over", status="estimate",
      subject="giá trị sản xuất toàn ngành", period=Y23),
    F("khoảng 5.000 lao động", "5.000", 5000, "count", "lao động", approx="about",
      subject="lao động có việc làm từ nghề nuôi cá nước lạnh"),
    F("là 210.000 đồng/kg", "210.000", 210000, "money", "đồng/kg", subject="giá bán bình quân cá hồi thương phẩm",
      period=Y23),
    F("cá tầm 165.000", "165.000", 165000, "money", "đồng/kg", subject="giá bán bình quân cá tầm", period=Y23),
    F("đạt 10.000 tấn", "10.000", 10000, "measure", "tấn", status="target", subject=SL, period=T30),
    F("cá hồi 4.000 tấn", "4.000", 4000, "measure", "tấn", total=10000, status="target",
      subject="sản lượng cá hồi", period=T30),
    F("cá tầm 6.000 tấn", "6.000", 6000, "measure", "tấn", total=10000, status="target",
      subject="sản lượng cá tầm", period=T30),
    F("đạt 2.000 tỷ", "2.000", 2000000000000, "money", "đồng", status="target", subject="giá trị sản xuất",
      period=T30),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ nhu cầu con giống sản xuất trong nước", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national cold-water fish farming 2023, 2030 targets. 'Ngày đăng: 26/04/2024 | Lượt xem: 1.018'.",
    "Distractors: view counter, 'Quyết định số 2157/QĐ-BNN-TS', 'Viện ... thủy sản I', address 'Số 2 Ngọc Hà', phone.",
    "'Trong đó, cá tầm chiếm khoảng 65%' are shares (percent figures, no total). 'lần lượt' list: province = location, subject = the list's",
    "indicator. Temperatures are biological facts stated in a national article (location Việt Nam by default; borderline).",
    "'tương đương khoảng 40% nhu cầu' is the share of 2,4 triệu con giống. 'Mỗi năm ... 6-7 triệu trứng' gets no period.",
]

if __name__ == "__main__":
    write("p1149-4", TEXT, NOTES, FIGS, published="2024-04-26", location="Việt Nam")
