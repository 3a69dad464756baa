"""p955-5: provincial Party newspaper (Báo Bắc Kạn), miến dong Na Rì; byline + bare date at the end."""
from lib import P, I, C, T, F, write

TEXT = """BÁO BẮC KẠN
Kinh tế

Miến dong Na Rì vào vụ Tết

Những ngày giáp Tết Ất Tỵ 2025, dọc Tỉnh lộ 256 qua các xã Côn Minh, Cư Lễ, Kim Hỷ, sân phơi miến dong trắng muốt. Năm 2024, huyện Na Rì trồng được 285 ha dong riềng, giảm 35 ha so với năm 2023 do ảnh hưởng của cơn bão số 3; sản lượng củ ước đạt 17.100 tấn.

Hiện Na Rì có 21 cơ sở chế biến miến, trong đó 6 hợp tác xã, còn lại là hộ gia đình. Ông Hoàng Văn Bảy, Giám đốc HTX Nông nghiệp Tân Thành, cho biết: Từ đầu vụ đến nay, HTX đã bán ra thị trường hơn 65 tấn miến, gấp đôi cùng kỳ, giá bán 110.000 đồng/kg. HTX có 2 sản phẩm đạt OCOP 4 sao và đang duy trì việc làm cho 25 lao động thường xuyên với mức lương 6,5 triệu đồng/tháng.

Theo Phòng Nông nghiệp và PTNT huyện, năm 2024 sản lượng miến toàn huyện đạt khoảng 1.050 tấn, doanh thu trên 100 tỷ đồng; riêng dịp Tết dự kiến tiêu thụ 400 tấn. Giá củ dong tươi thu mua vụ này 3.000-3.200 đồng/kg, tăng khoảng 20% so với vụ trước, nên nhiều hộ trồng dong có lãi 60-70 triệu đồng/ha.

Để giữ thương hiệu miến dong Na Rì, huyện đã hỗ trợ các cơ sở in tem truy xuất nguồn gốc, tham gia 12 hội chợ, triển lãm trong và ngoài tỉnh. Năm 2025, huyện đặt mục tiêu duy trì 300 ha dong riềng, sản lượng miến đạt 1.200 tấn, có ít nhất 80% cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm.

THU TRANG
18/01/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
VU = P("Từ đầu vụ đến nay", None, "2025-01-18")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
HTX = "HTX Nông nghiệp Tân Thành"

FIGS = [
    F("trồng được 285 ha", "285", 285, "measure", "ha", "diện tích trồng dong riềng", Y24,
      change=C("decrease", 35, "ha", "năm 2023")),
    F("ước đạt 17.100 tấn", "17.100", 17100, "measure", "tấn", "sản lượng củ dong riềng", Y24, status="estimate"),
    F("có 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở chế biến miến"),
    F("trong đó 6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã chế biến miến", total=21),
    F("hơn 65 tấn miến", "65", 65, "measure", "tấn", f"miến {HTX} bán ra thị trường", VU, approx="over",
      change=C("increase", 2, "lần", "cùng kỳ")),
    F("giá bán 110.000 đồng/kg", "110.000", 110000, "money", "đồng/kg", f"giá bán miến của {HTX}"),
    F("có 2 sản phẩm", "2", 2, "count", "sản phẩm", f"sản phẩm đạt OCOP 4 sao của {HTX}"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", optional=True),
    F("cho 25 lao động", "25", 25, "count", "lao động", f"lao động thường xuyên của {HTX}"),
    F("6,5 triệu đồng/tháng", "6,5", 6.5e6, "money", "đồng/tháng", "mức lương lao động thường xuyên"),
    F("khoảng 1.050 tấn", "1.050", 1050, "measure", "tấn", "sản lượng miến toàn huyện", Y24b, approx="about"),
    F("trên 100 tỷ đồng", "100", 100e9, "money", "đồng", "doanh thu miến", Y24b, approx="over"),
    F("tiêu thụ 400 tấn", "400", 400, "measure", "tấn", "miến tiêu thụ dịp Tết", status="forecast"),
    F("3.000-3.200 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá củ dong tươi thu mua", value_max=3200,
      change=C("increase", 20, "%", "vụ trước", approx="about")),
    F("lãi 60-70 triệu đồng/ha", "60", 60e6, "money", "đồng/ha", "lãi của hộ trồng dong", value_max=70e6),
    F("tham gia 12 hội chợ", "12", 12, "count", "hội chợ", "hội chợ, triển lãm các cơ sở tham gia"),
    F("duy trì 300 ha", "300", 300, "measure", "ha", "diện tích dong riềng", Y25, status="target"),
    F("đạt 1.200 tấn", "1.200", 1200, "measure", "tấn", "sản lượng miến", Y25, status="target"),
    F("ít nhất 80% cơ sở", "80", 80, "percent", "%", "cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm",
      Y25, approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Bắc Kạn: miến dong Na Rì vào vụ Tết 2025; byline 'THU TRANG' and bare date '18/01/2025' at the end give `published`.",
    "Location: huyện Na Rì (Bắc Kạn). Distractors: 'Tết Ất Tỵ 2025', 'Tỉnh lộ 256', 'cơn bão số 3', 'Hoàng Văn Bảy' (number word in a name).",
    "'gấp đôi cùng kỳ' right after '65 tấn' compares that figure with its baseline: change increase 2 lần (choice; 'gấp' is not a listed cue).",
    "'Từ đầu vụ đến nay': start of the season is not stated (null), end at the date. 'vụ này' (prices) gives no dated period.",
    "'riêng dịp Tết dự kiến tiêu thụ 400 tấn' -> forecast, no total (no part-of cue; not the same period). The 2025 targets are 'đặt mục tiêu'.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, COMMENTS, published="2025-01-18", location="Na Rì")
