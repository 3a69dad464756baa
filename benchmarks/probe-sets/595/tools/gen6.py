"""p595-6: national press (VnExpress-style), Cát Lái ferry on the first day of the 30/4 holiday."""
from lib import emit, fig, per, chg

TEXT = """Thời sự › Giao thông
Thứ bảy, 27/4/2024, 13:05 (GMT+7)

Phà Cát Lái đông nghẹt, khách chờ hơn 40 phút

TP HCM - Ngày đầu kỳ nghỉ lễ 30/4 - 1/5, lượng người qua phà Cát Lái từ TP Thủ Đức sang huyện Nhơn Trạch (Đồng Nai) cao gấp gần 2 lần ngày thường, nhiều người phải chờ hơn 40 phút mới xuống được phà.

Theo Công ty TNHH MTV Dịch vụ công ích Thanh niên xung phong, đơn vị quản lý bến, từ 5h đến 12h trưa nay phà đã vận chuyển khoảng 38.000 lượt người, 21.500 lượt xe máy và 1.900 lượt ô tô. Ngày thường, phà Cát Lái phục vụ khoảng 60.000 lượt người mỗi ngày.

Để giải tỏa ùn ứ, đơn vị huy động toàn bộ 11 phà, trong đó có 4 phà loại 200 tấn và 7 phà loại 100 tấn, chạy liên tục với tần suất 10-15 phút một chuyến. Mỗi phà lớn chở được khoảng 600 người và 20 ô tô. Hơn 120 nhân viên, thanh niên xung phong được tăng cường điều tiết giao thông ở hai đầu bến.

Dự kiến trong 5 ngày nghỉ lễ, phà Cát Lái sẽ phục vụ khoảng 350.000 lượt người, tăng 15% so với dịp lễ năm ngoái. Ông Trần Văn Tám, Giám đốc Xí nghiệp phà, cho biết 100% phà đã được kiểm tra, trang bị đủ áo phao, phao tròn; đơn vị khuyến cáo người dân đi sớm hoặc chọn cầu Phú Mỹ, Quốc lộ 51 để thay thế.

Phà Cát Lái dài khoảng 1 km, mỗi ngày có 250 chuyến qua lại, là tuyến phà đông nhất khu vực phía Nam. Theo quy hoạch, cầu Cát Lái dự kiến khởi công năm 2025 với tổng vốn khoảng 7.700 tỷ đồng.

Gia Minh
"""

LOC = "TP Hồ Chí Minh"

FIGS = [
    fig("chờ hơn 40 phút\n", "40", 40, "measure", "phút", "thời gian khách chờ qua phà Cát Lái", approx="over"),
    fig("gấp gần 2 lần", "2", 2, "multiple", "lần", "lượng người qua phà Cát Lái so với ngày thường",
        approx="nearly"),
    fig("chờ hơn 40 phút mới", "40", 40, "measure", "phút", "thời gian chờ xuống phà", approx="over"),
    fig("khoảng 38.000 lượt", "38.000", 38000, "count", "lượt người", "lượt người phà đã vận chuyển",
        approx="about"),
    fig("21.500 lượt xe", "21.500", 21500, "count", "lượt xe máy", "xe máy phà đã vận chuyển"),
    fig("1.900 lượt ô tô", "1.900", 1900, "count", "lượt ô tô", "ô tô phà đã vận chuyển"),
    fig("khoảng 60.000 lượt", "60.000", 60000, "count", "lượt người", "lượt người phà Cát Lái phục vụ mỗi ngày ngày thường",
        approx="about"),
    fig("toàn bộ 11 phà", "11", 11, "count", "phà", "phà được huy động"),
    fig("có 4 phà", "4", 4, "count", "phà", "phà loại 200 tấn", total=11),
    fig("loại 200 tấn", "200", 200, "measure", "tấn", "phà loại 200 tấn", optional=True),
    fig("7 phà", "7", 7, "count", "phà", "phà loại 100 tấn", total=11),
    fig("loại 100 tấn", "100", 100, "measure", "tấn", "phà loại 100 tấn", optional=True),
    fig("10-15 phút", "10", 10, "measure", "phút", "tần suất chạy phà một chuyến", value_max=15),
    fig("khoảng 600 người", "600", 600, "count", "người", "sức chở mỗi phà lớn", approx="about"),
    fig("20 ô tô", "20", 20, "count", "ô tô", "sức chở ô tô mỗi phà lớn"),
    fig("Hơn 120 nhân viên", "120", 120, "count", "nhân viên", "nhân viên, thanh niên xung phong được tăng cường",
        approx="over"),
    fig("khoảng 350.000 lượt", "350.000", 350000, "count", "lượt người", "lượt người phà Cát Lái phục vụ trong 5 ngày nghỉ lễ",
        approx="about", status="forecast", change=chg("increase", 15, baseline="dịp lễ năm ngoái")),
    fig("100% phà", "100", 100, "percent", "%", "phà đã được kiểm tra, trang bị đủ áo phao, phao tròn"),
    fig("dài khoảng 1 km", "1", 1, "measure", "km", "chiều dài phà Cát Lái", approx="about"),
    fig("có 250 chuyến", "250", 250, "count", "chuyến", "chuyến phà qua lại mỗi ngày"),
    fig("khoảng 7.700 tỷ đồng", "7.700", 7700000000000, "money", "đồng", "tổng vốn cầu Cát Lái",
        approx="about", status="forecast"),
]

COMMENTS = [
    "National press, VnExpress style (invented): 'Thứ bảy, 27/4/2024, 13:05 (GMT+7)', 'TP HCM -' lead, byline at the end. Cát Lái ferry, holiday rush.",
    "Location TP Hồ Chí Minh (the article's place and the ferry operator's city; Nhơn Trạch/Đồng Nai is the far bank, not the figures' place).",
    "Daily figures ('từ 5h đến 12h trưa nay', 'Ngày thường', 'trong 5 ngày nghỉ lễ') have no standard period: none given.",
    "'cao gấp gần 2 lần ngày thường' with no base figure → multiple, nearly. '4 phà ... và 7 phà' after 'trong đó' → total 11.",
    "Ferry classes 'loại 200 tấn', 'loại 100 tấn' are names of a size class: optional. 'khoảng' marks only the number it precedes.",
    "'Dự kiến' → forecast (also the bridge cost after 'dự kiến khởi công'). '100% phà đã được kiểm tra' is actual.",
    "Distractors: (GMT+7), 30/4 - 1/5, times 5h/12h, Quốc lộ 51, 'Trần Văn Tám' (name with a number word), 'khởi công năm 2025'.",
]

if __name__ == "__main__":
    emit("p595-6", TEXT, COMMENTS, FIGS, published="2024-04-27", location=LOC)
