"""p505-2: commune portal (xã Đại Hiệp, huyện Đại Lộc, Quảng Nam) — new water plant inaugurated, 4/2024."""
from lib import emit, fig, per, inh, ch, tg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẠI HIỆP - HUYỆN ĐẠI LỘC
Trang chủ / Tin tức - Sự kiện

Khánh thành nhà máy nước sạch 2.400 m³/ngày đêm phục vụ người dân 3 xã

Ngày đăng: 05/04/2024 | 15:20

Sáng ngày 04/4, UBND xã phối hợp với Công ty Cổ phần Nước sạch Quảng Đà tổ chức lễ khánh thành Nhà máy nước Đại Hiệp tại thôn Phú Mỹ, gần Quốc lộ 14B.

Nhà máy có công suất thiết kế 2.400 m³/ngày đêm, tổng mức đầu tư 38,5 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 15 tỷ đồng, phần còn lại 23,5 tỷ đồng do doanh nghiệp đầu tư. Hệ thống gồm 26,8 km đường ống truyền tải và phân phối, cấp nước cho khoảng 2.050 hộ dân thuộc các xã Đại Hiệp, Đại Hòa và Đại An.

Tính đến cuối tháng 3/2024, đã có 1.236 hộ đăng ký và lắp đặt đồng hồ, đạt 60,3% số hộ trong vùng phục vụ. Trong đó, xã Đại Hiệp có 712 hộ, chiếm 57,6%. Phí đấu nối được hỗ trợ 50%, người dân chỉ đóng 1,5 triệu đồng/hộ.

Giá nước sinh hoạt áp dụng theo quy định của UBND tỉnh: 10 m³ đầu tiên là 7.800 đồng/m³, mức sử dụng trên 30 m³/tháng là 14.200 đồng/m³.

Trước đây, người dân trong vùng chủ yếu dùng nước giếng đào; kết quả xét nghiệm năm 2023 cho thấy có tới 43% số giếng nhiễm phèn, nhiễm khuẩn Coliform vượt quy chuẩn. Dự kiến trong quý III/2024, nhà máy sẽ đấu nối thêm khoảng 500 hộ, nâng tỷ lệ hộ dùng nước sạch của xã lên trên 85%.

Phát biểu tại buổi lễ, Chủ tịch UBND xã đề nghị bà con thôn 1, thôn 3 và tổ 5 khẩn trương đăng ký lắp đặt để sớm sử dụng nước sạch.

Địa chỉ: UBND xã Đại Hiệp, huyện Đại Lộc, tỉnh Quảng Nam - ĐT: 0235.3865.214
"""

ASOF = per("Tính đến cuối tháng 3/2024", None, "2024-03-31")
Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    fig("nước sạch 2.400 m³/ngày đêm", "2.400", 2400, "measure", "m³/ngày đêm", "công suất nhà máy nước sạch"),
    fig("người dân 3 xã", "3", 3, "count", "xã", "xã được nhà máy nước phục vụ"),
    fig("thiết kế 2.400 m³/ngày đêm", "2.400", 2400, "measure", "m³/ngày đêm", "công suất thiết kế nhà máy"),
    fig("38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "tổng mức đầu tư nhà máy"),
    fig("hỗ trợ 15 tỷ đồng", "15", 15e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=38.5e9),
    fig("23,5 tỷ đồng", "23,5", 23.5e9, "money", "đồng", "vốn doanh nghiệp đầu tư", total=38.5e9),
    fig("26,8 km", "26,8", 26.8, "measure", "km", "đường ống truyền tải và phân phối"),
    fig("khoảng 2.050 hộ", "2.050", 2050, "count", "hộ", "hộ dân được cấp nước", approx="about"),
    fig("có 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ đăng ký và lắp đặt đồng hồ", ASOF, percent=60.3),
    fig("có 712 hộ", "712", 712, "count", "hộ", "hộ đăng ký và lắp đặt đồng hồ xã Đại Hiệp", inh(ASOF),
        total=1236, percent=57.6),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ phí đấu nối"),
    fig("1,5 triệu đồng/hộ", "1,5", 1.5e6, "money", "đồng/hộ", "phí đấu nối người dân đóng"),
    fig("10 m³ đầu tiên", "10", 10, "measure", "m³", "bậc sử dụng nước", optional=True),
    fig("7.800 đồng/m³", "7.800", 7800, "money", "đồng/m³", "giá nước sinh hoạt 10 m³ đầu tiên"),
    fig("trên 30 m³/tháng", "30", 30, "measure", "m³/tháng", "mức sử dụng nước", approx="over", optional=True),
    fig("14.200 đồng/m³", "14.200", 14200, "money", "đồng/m³", "giá nước sinh hoạt mức sử dụng trên 30 m³/tháng"),
    fig("tới 43% số giếng", "43", 43, "percent", "%", "giếng nhiễm phèn, nhiễm khuẩn Coliform vượt quy chuẩn",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 500 hộ", "500", 500, "count", "hộ", "hộ đấu nối thêm", Q3, approx="about", status="forecast"),
    fig("trên 85%", "85", 85, "percent", "%", "tỷ lệ hộ dùng nước sạch của xã", Q3, approx="over", status="forecast"),
]

COMMENTS = [
    "Commune portal (invented): xã Đại Hiệp, huyện Đại Lộc (Quảng Nam) — water plant inauguration. 'Ngày đăng: 05/04/2024 | 15:20'.",
    "Location: a commune is not a province/city/district, so figures take the district, Đại Lộc.",
    "Not figures: 'Sáng ngày 04/4', Quốc lộ 14B, thôn 1, thôn 3, tổ 5, phone 0235.3865.214.",
    "15 + 23,5 = 38,5 tỷ after 'trong đó': total 38,5 tỷ. 712 hộ after 'Trong đó' (sentence break) is a part of 1.236 hộ, with 'chiếm 57,6%'.",
    "'đạt 60,3% số hộ trong vùng phục vụ' is the share of 1.236 hộ (no explicit whole: no total).",
    "Tariff thresholds '10 m³ đầu tiên', 'trên 30 m³/tháng' are tier boundaries: optional. Prices are money, unit đồng/m³.",
    "'Dự kiến trong quý III/2024 … đấu nối thêm khoảng 500 hộ, nâng … lên trên 85%': both forecast, period Q3/2024.",
]

if __name__ == "__main__":
    emit("p505-2", TEXT, COMMENTS, FIGS, published="2024-04-05", location="Đại Lộc")
