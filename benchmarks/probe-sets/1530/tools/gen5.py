"""p1530-5: provincial newspaper (Báo Bắc Giang, tag BGĐT): aluminium-lined zip pouches for dried lychee makers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế > Công nghiệp

Thứ Ba, 16/07/2024 - 10:25

Túi zip màng nhôm "tiếp sức" cho vải thiều sấy

(BGĐT) - Thay bao nilon bằng túi zip tráng màng nhôm, nhiều cơ sở chế biến vải thiều sấy khô ở huyện Lục Ngạn đã kéo dài thời gian bảo quản sản phẩm từ 3 tháng lên 12 tháng, giá bán tăng thêm 15-20%.

Xưởng của Công ty cổ phần Bao bì Sơn Động Xanh tại Khu công nghiệp Quang Châu, huyện Việt Yên mỗi tháng cung ứng khoảng 1,2 triệu túi zip màng nhôm cho các cơ sở chế biến nông sản. Anh Hoàng Văn Nam, Giám đốc công ty cho biết, vụ vải năm nay công ty nhận đơn hàng của 46 hợp tác xã và cơ sở chế biến, tăng 18 đơn vị so với năm 2023. Giá mỗi túi từ 1.800 đến 3.500 đồng tùy kích cỡ.

Tại xã Phượng Sơn, huyện Lục Ngạn, Hợp tác xã Vải thiều Phượng Sơn bên Quốc lộ 31, năm nay sấy khoảng 120 tấn vải tươi, thu về gần 30 tấn vải sấy. Bà Trần Thị Mai, Giám đốc HTX cho biết, vải sấy đóng túi zip màng nhôm loại 500 g bán 95.000 đồng/túi, cao hơn khoảng 15.000 đồng so với đóng bao nilon. Nhờ bao bì bắt mắt, sản phẩm của HTX đã vào được 2 chuỗi siêu thị ở Hà Nội.

Theo Sở Công Thương, toàn tỉnh hiện có 38 cơ sở sấy vải thiều quy mô công nghiệp, trong đó 21 cơ sở đã chuyển sang dùng túi zip màng nhôm hoặc hộp giấy lót giấy bạc. Năm 2024, sản lượng vải sấy khô của tỉnh dự kiến đạt khoảng 6.500 tấn, tăng 8% so với năm trước.

HỒNG NHUNG

Từ khóa: vải thiều, bao bì, Lục Ngạn
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LN, VY = "Lục Ngạn", "Việt Yên"

FIGS = [
    fig("từ 3 tháng", "3", 3, "measure", "tháng", subject="thời gian bảo quản sản phẩm trước đây",
        location=LN, optional=True),
    fig("lên 12 tháng", "12", 12, "measure", "tháng", subject="thời gian bảo quản sản phẩm",
        location=LN),
    fig("thêm 15-20%", "15", 15, "percent", "%", value_max=20, subject="giá bán vải thiều sấy tăng thêm",
        location=LN),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "túi/tháng", approx="about",
        subject="túi zip màng nhôm công ty cung ứng mỗi tháng", location=VY),
    fig("của 46 hợp tác xã", "46", 46, "count", "hợp tác xã",
        change=chg("increase", 18, "đơn vị", "năm 2023"),
        subject="hợp tác xã và cơ sở chế biến đặt hàng công ty", period=per("vụ vải năm nay", "2024-01-01", "2024-12-31"),
        location=VY),
    fig("từ 1.800 đến 3.500", "1.800", 1800, "money", "đồng/túi", value_max=3500,
        subject="giá mỗi túi zip màng nhôm", location=VY),
    fig("khoảng 120 tấn", "120", 120, "measure", "tấn", approx="about",
        subject="vải tươi hợp tác xã sấy", period=NOW, location=LN),
    fig("gần 30 tấn", "30", 30, "measure", "tấn", approx="nearly", subject="vải sấy hợp tác xã thu về",
        period=NOW, location=LN),
    fig("loại 500 g", "500", 500, "measure", "g", optional=True, subject="khối lượng túi vải sấy", location=LN),
    fig("bán 95.000", "95.000", 95000, "money", "đồng/túi",
        change=chg("increase", 15000, "đồng", "đóng bao nilon", approx="about"),
        subject="giá vải sấy đóng túi zip màng nhôm", location=LN),
    fig("vào được 2 chuỗi", "2", 2, "count", "chuỗi siêu thị",
        subject="chuỗi siêu thị ở Hà Nội bán sản phẩm của hợp tác xã", location=LN),
    fig("có 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở sấy vải thiều quy mô công nghiệp"),
    fig("trong đó 21 cơ sở", "21", 21, "count", "cơ sở", total=38,
        subject="cơ sở sấy vải thiều chuyển sang dùng túi zip màng nhôm hoặc hộp giấy lót giấy bạc"),
    fig("khoảng 6.500 tấn", "6.500", 6500, "measure", "tấn", approx="about", status="forecast",
        change=chg("increase", 8, "%", "năm trước"), subject="sản lượng vải sấy khô của tỉnh", period=Y24),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang điện tử): section, 'Thứ Ba, 16/07/2024 - 10:25', headline, sapo with tag '(BGĐT) -', byline, keywords.",
    "Distractors: 10:25, 'Quốc lộ 31', 'KCN Quang Châu', the tag; 'năm 2023'/'năm trước' are baselines.",
    "Sapo: 'kéo dài thời gian bảo quản từ 3 tháng lên 12 tháng' → 12 tháng is the figure; the old value 3 tháng is optional (not a range);",
    "'15-20%' → a percent range",
    "(the price increase as the claim, no change object). The sapo speaks of huyện Lục Ngạn → location Lục Ngạn.",
    "Company passage (KCN Quang Châu, huyện Việt Yên) → Việt Yên; 'mỗi tháng ... 1,2 triệu túi' is a rate (túi/tháng, measure).",
    "'tăng 18 đơn vị so với năm 2023' → change in 'đơn vị'. 'Giá mỗi túi từ 1.800 đến 3.500 đồng' → đồng/túi, value_max 3500.",
    "HTX passage (xã Phượng Sơn, huyện Lục Ngạn) → Lục Ngạn; 'năm nay' = 2024 (published). 'cao hơn khoảng 15.000 đồng so với",
    "đóng bao nilon' → change (increase, about). Optional: 'loại 500 g' (a pack size, a specification).",
    "Province paragraph → Bắc Giang: '38 cơ sở, trong đó 21 cơ sở' → total 38; 'dự kiến đạt khoảng 6.500 tấn, tăng 8%' → forecast with change.",
]

if __name__ == "__main__":
    write("p1530-5", TEXT, NOTES, FIGS, published="2024-07-16", location="Bắc Giang")
