"""p705-6: national press, passion fruit prices and exports 10 months 2024."""
from lib import fig, per, inh, ch, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 7/11/2024, 14:30 (GMT+7)
Giá chanh leo tăng mạnh, xuất khẩu 10 tháng đạt 210 triệu USD

Giá chanh leo loại 1 tại vườn ở Gia Lai hiện lên 25.000-28.000 đồng một kg, tăng khoảng 90% so với cùng kỳ năm ngoái, do nhu cầu từ Trung Quốc tăng mạnh.

Theo Hiệp hội Rau quả Việt Nam (Vinafruit), 10 tháng đầu năm, xuất khẩu chanh leo đạt khoảng 210 triệu USD, tăng 54% so với cùng kỳ năm 2023. Riêng tháng 10, kim ngạch đạt 31,5 triệu USD, tăng 8,2% so với tháng trước.

Ông Lê Văn Tâm, Phó chủ tịch Vinafruit, cho biết Việt Nam hiện đứng thứ 3 thế giới về sản lượng chanh leo, sau Brazil và Colombia. Tổng diện tích cả nước khoảng 13.000 ha, chủ yếu ở Tây Nguyên và các tỉnh miền núi phía Bắc.

Tại Gia Lai, Công ty CP Nông sản Phú Thịnh đang thu mua bình quân 350 tấn quả mỗi ngày, cao hơn 40% so với đầu năm. Doanh nghiệp có vùng nguyên liệu liên kết khoảng 1.200 ha với gần 2.000 hộ dân.

Theo tính toán của nông dân huyện Chư Păh (Gia Lai), với năng suất bình quân 30 tấn/ha và giá bán hiện nay, mỗi ha chanh leo cho doanh thu 700-800 triệu đồng; trừ chi phí khoảng 400 triệu đồng, nông dân lãi hơn 300 triệu đồng.

Tuy nhiên, theo Cục Bảo vệ thực vật, đến nay mới có khoảng 35% diện tích chanh leo cả nước được cấp mã số vùng trồng. Dự kiến năm 2025, phía Trung Quốc sẽ phê duyệt thêm khoảng 40 mã số vùng trồng.

Minh Hằng
"""

M10h = per("10 tháng", "2024-01-01", "2024-10-31")
M10 = per("10 tháng đầu năm", "2024-01-01", "2024-10-31")
T10 = per("tháng 10", "2024-10-01", "2024-10-31")
NOW = per("đến nay", end="2024-11-07")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
CP = "Chư Păh"

F = [
    fig("đạt 210 triệu USD", "210", 210e6, "money", "USD", "xuất khẩu chanh leo", M10h),
    fig("lên 25.000-28.000 đồng", "25.000", 25000, "money", "đồng/kg", "giá chanh leo loại 1 tại vườn",
        value_max=28000, change=ch("increase", 90, "%", "cùng kỳ năm ngoái", approx="about"), location="Gia Lai"),
    fig("đạt khoảng 210 triệu USD", "210", 210e6, "money", "USD", "xuất khẩu chanh leo", M10, approx="about",
        change=ch("increase", 54, "%", "cùng kỳ năm 2023")),
    fig("đạt 31,5 triệu USD", "31,5", 31.5e6, "money", "USD", "kim ngạch xuất khẩu chanh leo tháng 10", T10,
        change=ch("increase", 8.2, "%", "tháng trước")),
    fig("đứng thứ 3 thế giới", "3", 3, "rank", "hạng", "sản lượng chanh leo"),
    fig("khoảng 13.000 ha", "13.000", 13000, "measure", "ha", "tổng diện tích chanh leo cả nước", approx="about"),
    fig("350 tấn quả mỗi ngày", "350", 350, "measure", "tấn/ngày", "lượng chanh leo thu mua bình quân",
        change=ch("increase", 40, "%", "đầu năm"), location="Gia Lai"),
    fig("khoảng 1.200 ha", "1.200", 1200, "measure", "ha", "vùng nguyên liệu liên kết", approx="about",
        location="Gia Lai"),
    fig("gần 2.000 hộ", "2.000", 2000, "count", "hộ", "hộ dân liên kết", approx="nearly", location="Gia Lai"),
    fig("bình quân 30 tấn/ha", "30", 30, "measure", "tấn/ha", "năng suất bình quân", location=CP),
    fig("thu 700-800 triệu đồng", "700", 700e6, "money", "đồng/ha", "doanh thu mỗi ha chanh leo", value_max=800e6,
        location=CP),
    fig("khoảng 400 triệu đồng", "400", 400e6, "money", "đồng/ha", "chi phí mỗi ha chanh leo", approx="about",
        location=CP),
    fig("hơn 300 triệu đồng", "300", 300e6, "money", "đồng/ha", "lãi của nông dân mỗi ha chanh leo", approx="over",
        location=CP),
    fig("khoảng 35%", "35", 35, "percent", "%", "diện tích chanh leo cả nước được cấp mã số vùng trồng", NOW,
        approx="about"),
    fig("khoảng 40 mã số", "40", 40, "count", "mã số vùng trồng", "mã số vùng trồng được phía Trung Quốc phê duyệt thêm",
        Y25, approx="about", status="forecast"),
]

NOTES = [
    "National press (VnExpress style dateline 'Thứ năm, 7/11/2024, 14:30 (GMT+7)'): chanh leo prices, exports 10 months 2024.",
    "Headline '10 tháng' takes the dateline's year. Location Việt Nam except Gia Lai price/company figures and Chư Păh farm economics.",
    "'đồng một kg' -> đồng/kg; 'mỗi ha ... 700-800 triệu đồng' -> đồng/ha; 'tấn quả mỗi ngày' -> tấn/ngày.",
    "'đứng thứ 3 thế giới' -> rank 3 (Việt Nam's). 'loại 1', '14:30', '(GMT+7)' are not figures.",
    "'đến nay' = as-of the dateline; 'hiện' sentences get no period.",
]

if __name__ == "__main__":
    write("p705-6", TEXT, NOTES, F, published="2024-11-07", location="Việt Nam")
