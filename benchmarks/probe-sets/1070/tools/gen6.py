"""p1070-6: national newspaper (VnExpress style), Hội An - Cửa Đại coastal erosion (14/11/2024)."""
from lib import F, P, C, write

TEXT = """Thời sự › Môi trường
Thứ năm, 14/11/2024, 06:30 (GMT+7)
Bờ biển Hội An mất gần 200 m bãi cát sau hai thập kỷ

Bờ biển Cửa Đại ở thành phố Hội An bị xói lở nghiêm trọng từ năm 2004, nhiều đoạn biển lấn vào đất liền khoảng 150-200 m, có nơi bãi cát chỉ còn rộng dưới 10 m, nhiều khu nghỉ dưỡng phải đóng cửa.

Theo Sở Nông nghiệp và Phát triển nông thôn Quảng Nam, bờ biển của tỉnh dài khoảng 125 km, trong đó 47 km đang bị sạt lở, riêng đoạn qua Hội An khoảng 7 km. Từ năm 2016 đến nay, tỉnh và các nhà đầu tư đã chi hơn 1.000 tỷ đồng cho các giải pháp tạm như kè mềm, túi cát, cọc bê tông.

Năm 2023, Hội An khởi công dự án chống xói lở, bảo vệ bờ biển Cửa Đại bằng vốn vay ODA của Hàn Quốc, tổng mức đầu tư 1.200 tỷ đồng, gồm 4 đê giảm sóng ngầm dài tổng cộng 1,24 km và bơm khoảng 1,3 triệu m3 cát nuôi bãi. Đến nay, dự án hoàn thành khoảng 75% khối lượng, giải ngân 690 tỷ đồng, đạt 57,5% tổng vốn.

Ông Nguyễn Văn Lâm, Phó chủ tịch UBND thành phố Hội An, cho biết sau khi 2 đê ngầm đầu tiên hoàn thành, bãi biển An Bàng - Cửa Đại đã bồi thêm 30-40 m, doanh thu dịch vụ du lịch ven biển tăng khoảng 20% so với năm trước. "Mùa mưa bão năm nay là phép thử đầu tiên với công trình", ông Lâm nói.

Theo kế hoạch, đến năm 2026 thành phố khôi phục hoàn toàn 2,5 km bãi tắm, dự kiến đón thêm khoảng 500.000 lượt khách mỗi năm. Khu vực ven tuyến ĐT608 được quy hoạch lùi 100 m so với mép nước để tạo hành lang bảo vệ bờ biển.

Đắc Thành
"""

NOW = P("Đến nay", None, "2024-11-14")

FIGS = [
    F("mất gần 200 m", "200", 200, "measure", "m", "bãi cát bờ biển Hội An bị mất", approx="nearly"),
    F("khoảng 150-200 m", "150", 150, "measure", "m", "biển lấn vào đất liền", approx="about", value_max=200),
    F("dưới 10 m", "10", 10, "measure", "m", "chiều rộng bãi cát còn lại", approx="under"),
    F("dài khoảng 125 km", "125", 125, "measure", "km", "bờ biển tỉnh Quảng Nam", approx="about",
      location="Quảng Nam"),
    F("trong đó 47 km", "47", 47, "measure", "km", "bờ biển đang bị sạt lở", total=125, location="Quảng Nam"),
    F("khoảng 7 km", "7", 7, "measure", "km", "bờ biển sạt lở đoạn qua Hội An", approx="about", total=47),
    F("hơn 1.000 tỷ đồng", "1.000", 1e12, "money", "đồng", "kinh phí cho các giải pháp chống sạt lở tạm",
      approx="over", period=P("Từ năm 2016 đến nay", "2016-01-01", "2024-11-14"), location="Quảng Nam"),
    F("đầu tư 1.200 tỷ đồng", "1.200", 1.2e12, "money", "đồng", "tổng mức đầu tư dự án chống xói lở bờ biển Cửa Đại"),
    F("gồm 4 đê", "4", 4, "count", "đê giảm sóng ngầm", "đê giảm sóng ngầm của dự án"),
    F("tổng cộng 1,24 km", "1,24", 1.24, "measure", "km", "tổng chiều dài đê giảm sóng ngầm"),
    F("khoảng 1,3 triệu m3", "1,3", 1.3e6, "measure", "m3", "cát bơm nuôi bãi", approx="about"),
    F("khoảng 75% khối lượng", "75", 75, "percent", "%", "khối lượng dự án hoàn thành", approx="about", period=NOW),
    F("giải ngân 690 tỷ đồng", "690", 690e9, "money", "đồng", "vốn dự án giải ngân", percent=57.5, period=NOW),
    F("khi 2 đê ngầm", "2", 2, "count", "đê ngầm", "đê ngầm đầu tiên hoàn thành"),
    F("thêm 30-40 m", "30", 30, "measure", "m", "bãi biển An Bàng - Cửa Đại bồi thêm", value_max=40),
    F("khoảng 20% so với năm trước", "20", 20, "percent", "%", "tăng trưởng doanh thu dịch vụ du lịch ven biển",
      approx="about"),
    F("hoàn toàn 2,5 km", "2,5", 2.5, "measure", "km", "bãi tắm được khôi phục", status="target",
      period=P("đến năm 2026", None, "2026-12-31")),
    F("khoảng 500.000 lượt khách", "500.000", 500000, "count", "lượt khách/năm", "lượt khách đón thêm mỗi năm",
      approx="about", status="forecast"),
    F("lùi 100 m", "100", 100, "measure", "m", "khoảng lùi hành lang bảo vệ bờ biển so với mép nước", optional=True),
]

NOTES = [
    "National newspaper (VnExpress style, invented): 'Thứ năm, 14/11/2024, 06:30 (GMT+7)' gives published.",
    "Not figures: 'hai thập kỷ' (a duration), 'từ năm 2004', 'Năm 2023', 'năm nay', 'ĐT608' (a road), '06:30', 'GMT+7'.",
    "Headline 'gần 200 m' and body range 'khoảng 150-200 m' are separate figures. 'riêng đoạn qua Hội An khoảng 7 km' continues",
    "the 'trong đó 47 km' part: a part of the 47 km eroding (total 47), location Hội An.",
    "'từ năm 2004' (no 'đến nay') gives no period; the project's total investment has no period; 'mỗi năm' goes into the unit.",
    "'tăng khoảng 20% so với năm trước' without a base amount is a percent figure, no change. 'lùi 100 m' is a planning rule: optional.",
    "'Theo kế hoạch, đến năm 2026' -> target; 'dự kiến đón thêm' -> forecast.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2024-11-14", location="Hội An")
