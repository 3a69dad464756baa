"""p1493-2: district portal (huyện Đức Hòa, Long An): a drying-rack and pole maker; district producers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

Xưởng giá phơi inox tạo việc làm cho lao động nông thôn

Ngày đăng: 21/05/2024

Từ một tổ hợp tác nhỏ ở ấp 3, xã Đức Hòa Hạ, Công ty TNHH Cơ khí gia dụng Phúc An nay đã trở thành cơ sở sản xuất giá phơi, sào phơi inox lớn nhất huyện. Năm 2023, công ty sản xuất 86.000 bộ giá phơi và 240.000 cây sào phơi, doanh thu đạt 41,5 tỷ đồng, tăng 18% so với năm 2022, vượt mục tiêu đề ra là 38 tỷ đồng.

Nhà xưởng rộng khoảng 4.500 m2, có ba dây chuyền cắt ống, hàn và đánh bóng. Công ty đang sử dụng 126 lao động, trong đó 74 lao động nữ, thu nhập bình quân 8,2 triệu đồng/người/tháng, cao hơn 7% so với năm trước. Mỗi bộ giá phơi xếp gọn có giá bán lẻ từ 450.000 đến 1,2 triệu đồng tùy loại.

4 tháng đầu năm 2024, công ty đã tiêu thụ 31.500 bộ giá phơi, trong đó khoảng 40% bán qua các sàn thương mại điện tử. Năm nay, công ty phấn đấu doanh thu đạt 48 tỷ đồng và dự kiến tuyển thêm từ 20 đến 30 lao động.

Theo Phòng Kinh tế huyện, toàn huyện hiện có 9 cơ sở sản xuất móc áo, giá phơi và phụ kiện gia dụng nhựa - kim loại, gồm 4 doanh nghiệp và 5 hộ kinh doanh, giải quyết việc làm cho gần ba trăm lao động. Huyện phấn đấu đến năm 2025 có ít nhất 2 sản phẩm gia dụng đạt chứng nhận OCOP.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Đức Hòa: Triển khai Kế hoạch số 45/KH-UBND về phát triển công nghiệp nông thôn
- Ra quân chiến dịch thanh niên tình nguyện hè năm 2024

Địa chỉ: Số 19 đường 3/2, khu phố 1, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An. ĐT: 0272.3850.224
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("sản xuất 86.000 bộ", "86.000", 86000, "count", "bộ", subject="giá phơi công ty sản xuất", period=Y23),
    fig("240.000 cây", "240.000", 240000, "count", "cây", subject="sào phơi công ty sản xuất", period=Y23),
    fig("đạt 41,5 tỷ", "41,5", 41.5e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        target=tgt(38e9, "đồng", True), subject="doanh thu của công ty", period=Y23),
    fig("khoảng 4.500 m2", "4.500", 4500, "measure", "m2", approx="about", subject="diện tích nhà xưởng"),
    fig("ba dây chuyền", "ba", 3, "count", "dây chuyền", subject="dây chuyền cắt ống, hàn và đánh bóng"),
    fig("sử dụng 126 lao động", "126", 126, "count", "lao động", subject="lao động công ty đang sử dụng"),
    fig("74 lao động nữ", "74", 74, "count", "lao động", total=126, subject="lao động nữ"),
    fig("bình quân 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
        change=chg("increase", 7, "%", "năm trước"), subject="thu nhập bình quân của lao động"),
    fig("từ 450.000 đến 1,2 triệu", "450.000", 450000, "money", "đồng/bộ", value_max=1.2e6,
        subject="giá bán lẻ bộ giá phơi xếp gọn"),
    fig("tiêu thụ 31.500 bộ", "31.500", 31500, "count", "bộ", subject="giá phơi công ty đã tiêu thụ", period=M4),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="giá phơi bán qua các sàn thương mại điện tử", period=M4),
    fig("đạt 48 tỷ", "48", 48e9, "money", "đồng", status="target", subject="doanh thu của công ty", period=NOW),
    fig("từ 20 đến 30 lao động", "20", 20, "count", "lao động", value_max=30, status="forecast",
        subject="lao động công ty tuyển thêm", period=NOW),
    fig("có 9 cơ sở", "9", 9, "count", "cơ sở",
        subject="cơ sở sản xuất móc áo, giá phơi và phụ kiện gia dụng nhựa - kim loại"),
    fig("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp sản xuất móc áo, giá phơi và phụ kiện gia dụng"),
    fig("5 hộ kinh doanh", "5", 5, "count", "hộ kinh doanh", total=9,
        subject="hộ kinh doanh sản xuất móc áo, giá phơi và phụ kiện gia dụng"),
    fig("gần ba trăm lao động", "ba trăm", 300, "count", "lao động", approx="nearly",
        subject="lao động các cơ sở giải quyết việc làm"),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm gia dụng đạt chứng nhận OCOP", period=T25),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, menu, 'Ngày đăng: 21/05/2024', 'Nguồn:', 'Tin khác', address footer with phone.",
    "Distractors: 'ấp 3', Kế hoạch số 45/KH-UBND, 'năm 2024' in a link, 'Số 19 đường 3/2, khu phố 1', phone 0272.3850.224, '4 tháng đầu năm 2024'.",
    "Location Đức Hòa for all figures (the district; xã Đức Hòa Hạ is a commune within it).",
    "41,5 tỷ: change 18% vs năm 2022 and target 38 tỷ met ('vượt mục tiêu đề ra là 38 tỷ đồng').",
    "Retail price 'Mỗi bộ giá phơi ... từ 450.000 đến 1,2 triệu đồng' → unit đồng/bộ (the 'mỗi bộ' denominator), range.",
    "'trong đó khoảng 40% bán qua ...' is a percent figure of its own. 'gồm 4 doanh nghiệp và 5 hộ' take total 9.",
    "'Năm nay' → 2024 (published). 'phấn đấu' → target (48 tỷ); 'dự kiến tuyển thêm' → forecast. 'đến năm 2025' → start null.",
    "'gần ba trăm lao động' → 300, nearly (number words).",
]

if __name__ == "__main__":
    write("p1493-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Đức Hòa")
