"""p1158-1: Hà Giang province portal, buckwheat flower festival 2023 (visitors, area, lodging)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Hà Giang đón hơn 285.000 lượt khách dịp mùa hoa tam giác mạch

Cập nhật: 14/11/2023 08:30 | Lượt xem: 2.417

(hagiang.gov.vn) - Từ ngày 15/10 đến ngày 12/11/2023, dịp Lễ hội hoa tam giác mạch lần thứ VIII, tỉnh Hà Giang đón 285.640 lượt khách du lịch, tăng 18,6% so với cùng kỳ năm 2022, đạt 104,2% kế hoạch. Trong đó, khách quốc tế 41.320 lượt, khách nội địa 244.320 lượt. Tổng thu từ du lịch ước đạt 712 tỷ đồng.

Năm nay, toàn tỉnh gieo trồng 520 ha hoa tam giác mạch, trong đó huyện Đồng Văn 185 ha, Mèo Vạc 140 ha, Quản Bạ 110 ha, Yên Minh 85 ha. Dọc tuyến Quốc lộ 4C, các hộ dân đã làm 36 vườn hoa phục vụ khách chụp ảnh, giá vé từ 20.000 đến 50.000 đồng/lượt.

Lượng khách tập trung đông nhất tại các huyện Đồng Văn, Mèo Vạc và Quản Bạ, lần lượt đạt 96.500, 71.200 và 48.300 lượt. Toàn tỉnh hiện có 1.150 cơ sở lưu trú với gần 9.800 phòng, trong đó 620 homestay; công suất sử dụng phòng bình quân dịp lễ hội đạt 78%, riêng thị trấn Đồng Văn đạt trên 95%. Phiên chợ ẩm thực bánh tam giác mạch tại thị trấn Mèo Vạc thu hút khoảng 12.000 lượt khách trong ba ngày.

Năm 2024, tỉnh phấn đấu mở rộng diện tích hoa tam giác mạch lên 600 ha, đón khoảng 3 triệu lượt khách; du khách cần hỗ trợ liên hệ đường dây nóng 0219.3875.588.
"""

FEST = P("Từ ngày 15/10 đến ngày 12/11/2023", "2023-10-15", "2023-11-12")
NAY = P("Năm nay", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
AREA = "diện tích gieo trồng hoa tam giác mạch"
FLOW = "lượng khách"  # revised after the first run: the list's indicator as stated before the list
OCC = "công suất sử dụng phòng bình quân dịp lễ hội"

FIGS = [
    F("Hà Giang đón hơn 285.000", "285.000", 285000, "count", "lượt khách", approx="over",
      subject="lượt khách dịp mùa hoa tam giác mạch"),
    F("đón 285.640 lượt khách", "285.640", 285640, "count", "lượt khách",
      change=C("increase", 18.6, "%", "cùng kỳ năm 2022"), percent=104.2,
      subject="lượt khách du lịch dịp Lễ hội hoa tam giác mạch", period=FEST),
    F("khách quốc tế 41.320 lượt", "41.320", 41320, "count", "lượt", total=285640,
      subject="lượt khách quốc tế", period=I(FEST)),
    F("khách nội địa 244.320 lượt", "244.320", 244320, "count", "lượt", total=285640,
      subject="lượt khách nội địa", period=I(FEST)),
    F("ước đạt 712 tỷ", "712", 712e9, "money", "đồng", status="estimate",
      subject="tổng thu từ du lịch", period=I(FEST)),
    F("gieo trồng 520 ha", "520", 520, "measure", "ha", subject=AREA, period=NAY),
    F("huyện Đồng Văn 185 ha", "185", 185, "measure", "ha", total=520, subject=AREA, period=NAY,
      location="Đồng Văn"),
    F("Mèo Vạc 140 ha", "140", 140, "measure", "ha", total=520, subject=AREA, period=NAY, location="Mèo Vạc"),
    F("Quản Bạ 110 ha", "110", 110, "measure", "ha", total=520, subject=AREA, period=NAY, location="Quản Bạ"),
    F("Yên Minh 85 ha", "85", 85, "measure", "ha", total=520, subject=AREA, period=NAY, location="Yên Minh"),
    F("làm 36 vườn hoa", "36", 36, "count", "vườn hoa", subject="vườn hoa phục vụ khách chụp ảnh",
      period=I(NAY)),
    F("từ 20.000 đến 50.000", "20.000", 20000, "money", "đồng/lượt", value_max=50000,
      subject="giá vé vườn hoa", period=I(NAY)),
    F("đạt 96.500", "96.500", 96500, "count", "lượt", subject=FLOW, period=I(FEST), location="Đồng Văn"),
    F("71.200 và", "71.200", 71200, "count", "lượt", subject=FLOW, period=I(FEST), location="Mèo Vạc"),
    F("48.300 lượt", "48.300", 48300, "count", "lượt", subject=FLOW, period=I(FEST), location="Quản Bạ"),
    F("hiện có 1.150 cơ sở", "1.150", 1150, "count", "cơ sở lưu trú", subject="cơ sở lưu trú"),
    F("gần 9.800 phòng", "9.800", 9800, "count", "phòng", approx="nearly", subject="phòng của các cơ sở lưu trú"),
    F("620 homestay", "620", 620, "count", "homestay", total=1150, subject="cơ sở lưu trú homestay"),
    F("lễ hội đạt 78%", "78", 78, "percent", "%", subject=OCC, period=I(FEST)),
    F("trên 95%", "95", 95, "percent", "%", approx="over", subject=OCC, period=I(FEST), location="Đồng Văn"),
    F("khoảng 12.000 lượt", "12.000", 12000, "count", "lượt khách", approx="about",
      subject="lượt khách phiên chợ ẩm thực bánh tam giác mạch", location="Mèo Vạc"),
    F("lên 600 ha", "600", 600, "measure", "ha", status="target", subject="diện tích hoa tam giác mạch",
      period=Y24),
    F("khoảng 3 triệu", "3", 3e6, "count", "lượt khách", approx="about", status="target",
      subject="lượt khách đón", period=Y24),
]

NOTES = [
    "Province portal (Hà Giang): buckwheat flower festival 2023. Breadcrumb, 'Cập nhật: 14/11/2023 08:30 | Lượt xem: 2.417' (published).",
    "Distractors: view counter 2.417, time 08:30, 'lần thứ VIII', 'Quốc lộ 4C', hotline 0219.3875.588, the period '15/10 ... 12/11/2023', 'trong ba ngày' (a duration).",
    "Parts: 41.320 + 244.320 = 285.640 after 'Trong đó' (next sentence); districts after 'trong đó' add up to 520 ha (location = district);",
    "'620 homestay' follows '1.150 cơ sở lưu trú với gần 9.800 phòng, trong đó': it counts cơ sở, so its whole is 1.150, not the nearer 9.800 phòng.",
    "revised: the three 'lần lượt' items' subject was 'lượng khách du lịch dịp lễ hội hoa tam giác mạch' (words from paragraph 1); FIGURES.md: the list's indicator stated before the list = 'lượng khách'.",
    "'Năm nay' = 2023 (published). 'lần lượt' list: district = location, subject = the list's indicator. 'riêng thị trấn Đồng Văn' -> location Đồng Văn.",
]

if __name__ == "__main__":
    write("p1158-1", TEXT, NOTES, FIGS, published="2023-11-14", location="Hà Giang")
