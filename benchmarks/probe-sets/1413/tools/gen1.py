"""p1413-1: province portal (Đồng Tháp): brown planthopper on winter-spring rice, infested area, density, light traps."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Hơn 3.200 ha lúa Đông Xuân nhiễm rầy nâu

Cập nhật: 22/01/2024 09:45 | Lượt xem: 1.836

Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Đồng Tháp, tính đến ngày 19/01/2024, toàn tỉnh đã xuống giống 186.450 ha lúa vụ Đông Xuân 2023-2024, đạt 99,2% kế hoạch. Diện tích lúa nhiễm rầy nâu là 3.245 ha, tăng 1.120 ha so với tuần trước; trong đó nhiễm nhẹ 2.980 ha, nhiễm trung bình 265 ha. Diện tích nhiễm tập trung tại các huyện Tháp Mười (1.150 ha), Tam Nông (870 ha) và Cao Lãnh (640 ha).

Mật độ rầy phổ biến từ 1.000 đến 2.000 con/m2, cục bộ có nơi trên 5.000 con/m2, chủ yếu là rầy cám tuổi 1-3 trên lúa giai đoạn 25-40 ngày sau sạ.

Qua theo dõi 38 bẫy đèn trên địa bàn tỉnh, rầy nâu vào đèn tăng mạnh từ đêm 14/01, cao nhất tại bẫy đèn xã Mỹ An, huyện Tháp Mười với khoảng 45 nghìn con/bẫy/đêm.

Hiện nông dân đã phun trừ 1.870 ha, chiếm 57,6% diện tích nhiễm. Chi cục khuyến cáo chỉ phun thuốc khi mật độ rầy từ 3.000 con/m2 trở lên, ưu tiên các loại thuốc đặc hiệu như Chess 50WG, Applaud 25WP; không phun định kỳ theo kiểu "phun ngừa".

Dự báo trong 7-10 ngày tới, rầy nâu tiếp tục gây hại trên trà lúa đẻ nhánh, diện tích nhiễm có thể lên tới 5.000 ha.

Tin liên quan:
- Đồng Tháp: Tổng kết sản xuất lúa vụ Thu Đông 2023
- Ra quân diệt chuột bảo vệ lúa Đông Xuân 2023-2024
"""

ASOF = per("tính đến ngày 19/01/2024", None, "2024-01-19")

FIGS = [
    fig("Hơn 3.200 ha", "3.200", 3200, "measure", "ha", approx="over",
        subject="lúa Đông Xuân nhiễm rầy nâu"),
    fig("xuống giống 186.450 ha", "186.450", 186450, "measure", "ha", percent=99.2,
        subject="diện tích lúa vụ Đông Xuân xuống giống", period=ASOF),
    fig("rầy nâu là 3.245 ha", "3.245", 3245, "measure", "ha",
        change=chg("increase", 1120, "ha", "tuần trước"),
        subject="diện tích lúa nhiễm rầy nâu", period=inh(ASOF)),
    fig("nhiễm nhẹ 2.980 ha", "2.980", 2980, "measure", "ha", total=3245,
        subject="diện tích nhiễm nhẹ", period=inh(ASOF)),
    fig("nhiễm trung bình 265 ha", "265", 265, "measure", "ha", total=3245,
        subject="diện tích nhiễm trung bình", period=inh(ASOF)),
    fig("Tháp Mười (1.150 ha)", "1.150", 1150, "measure", "ha",
        subject="diện tích nhiễm", period=inh(ASOF), location="Tháp Mười"),
    fig("Tam Nông (870 ha)", "870", 870, "measure", "ha",
        subject="diện tích nhiễm", period=inh(ASOF), location="Tam Nông"),
    fig("Cao Lãnh (640 ha)", "640", 640, "measure", "ha",
        subject="diện tích nhiễm", period=inh(ASOF), location="Cao Lãnh"),
    fig("từ 1.000 đến 2.000 con/m2", "1.000", 1000, "measure", "con/m2", value_max=2000,
        subject="mật độ rầy phổ biến"),
    fig("trên 5.000 con/m2", "5.000", 5000, "measure", "con/m2", approx="over",
        subject="mật độ rầy cục bộ có nơi"),
    fig("giai đoạn 25-40 ngày", "25", 25, "measure", "ngày", value_max=40, optional=True),
    fig("theo dõi 38 bẫy đèn", "38", 38, "count", "bẫy đèn",
        subject="bẫy đèn theo dõi trên địa bàn tỉnh"),
    fig("khoảng 45 nghìn", "45", 45000, "measure", "con/bẫy/đêm", approx="about",
        subject="rầy nâu vào đèn tại bẫy đèn xã Mỹ An", location="Tháp Mười"),
    fig("phun trừ 1.870 ha", "1.870", 1870, "measure", "ha", percent=57.6,
        subject="diện tích nông dân đã phun trừ"),
    fig("từ 3.000 con/m2 trở lên", "3.000", 3000, "measure", "con/m2", approx="at_least", optional=True),
    fig("lên tới 5.000 ha", "5.000", 5000, "measure", "ha", status="forecast",
        subject="diện tích nhiễm"),
]

NOTES = [
    "Province portal (Đồng Tháp): rầy nâu on lúa Đông Xuân 2023-2024; breadcrumb, 'Cập nhật: 22/01/2024 09:45 | Lượt xem: 1.836', related links.",
    "Distractors: 09:45, Lượt xem 1.836, 'vụ Đông Xuân 2023-2024' (season), 'rầy cám tuổi 1-3' (instar stage, a label like 'mức độ 3'),",
    "'đêm 14/01', 'Chess 50WG', 'Applaud 25WP' (product names), 'trong 7-10 ngày tới' (a span that only locates the forecast), 'Thu Đông 2023'.",
    "Seasons (vụ Đông Xuân 2023-2024) have no dates in the spec: figures located only by a season get no period.",
    "'tính đến ngày 19/01/2024' is an as-of date; it stands in the first sentence and is inherited (not scored) by the rest of the paragraph.",
    "'đạt 99,2% kế hoạch' is the percent attribute; 'tăng 1.120 ha so với tuần trước' a change in ha; 'trong đó' parts total 3.245.",
    "District list: no cue and no sum (1.150+870+640 != 3.245): no total; location = district.",
    "Optional: '25-40 ngày sau sạ' (crop-age qualifier, cf. 'dưới 1 tuổi' in shared gold), the spraying threshold 'từ 3.000 con/m2 trở lên' (a rule, not a fact).",
    "'Hiện' gives no period. 'Dự báo' → forecast; 'lên tới' is not an approx cue of the spec: exact.",
]

if __name__ == "__main__":
    write("p1413-1", TEXT, NOTES, FIGS, published="2024-01-22", location="Đồng Tháp")
