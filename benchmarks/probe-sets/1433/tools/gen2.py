"""p1433-2: district portal (huyện Chương Mỹ, Hà Nội): bamboo straws at làng nghề Phú Vinh (xã Phú Nghĩa)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯƠNG MỸ
THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội | Liên hệ

Làng nghề Phú Vinh chuyển hướng làm ống hút tre

18/03/2024 - 08:45

Từ làng nghề mây tre đan truyền thống, xã Phú Nghĩa hiện có ba chục hộ chuyên sản xuất ống hút tre và đồ dùng nhà bếp từ tre, gồm 22 hộ làm ống hút và 8 hộ làm đũa, thìa, khay.

Năm 2023, các hộ trong xã sản xuất khoảng 4,2 triệu ống hút tre, tăng 35% so với năm 2022; doanh thu từ sản phẩm tre thay thế nhựa đạt 11,5 tỷ đồng, chiếm 23,8% tổng doanh thu của làng nghề.

Ông Nguyễn Văn Thắng, chủ cơ sở Tre Việt Phú Nghĩa, cho biết mỗi ngày cơ sở xuất xưởng từ 6.000 đến 8.000 ống, giá bán buôn 800-1.200 đồng/ống tùy kích cỡ; khoảng 70% sản lượng được các doanh nghiệp thu mua để xuất khẩu sang Úc và Đức. Cơ sở đang sử dụng 15 lao động, trong đó có hai lao động là người khuyết tật, với mức lương 6,5 triệu đồng/người/tháng.

Tre nguyên liệu được mua từ Thanh Hóa, Hòa Bình với giá khoảng 25.000 đồng/cây. Để làm ra ống hút thành phẩm, thợ phải qua 7 công đoạn, gồm chọn tre, cắt, luộc, phơi, khoan, đánh bóng và khử trùng.

Năm 2024, xã Phú Nghĩa phấn đấu nâng sản lượng ống hút tre lên 5 triệu ống; dự kiến thành lập thêm một hợp tác xã với khoảng 40 thành viên. Toàn huyện hiện có 2 sản phẩm từ tre được công nhận OCOP 4 sao.

Nguồn: Phòng Kinh tế huyện
Tin khác:
- Chương Mỹ tổ chức Hội chợ làng nghề năm 2024
- Xã Phụng Châu ra quân làm đường giao thông nông thôn
UBND huyện Chương Mỹ - Số 2 đường Hòa Sơn, thị trấn Chúc Sơn. ĐT: 024.33866.128
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có ba chục hộ", "ba chục", 30, "count", "hộ",
        subject="hộ chuyên sản xuất ống hút tre và đồ dùng nhà bếp từ tre"),
    fig("gồm 22 hộ", "22", 22, "count", "hộ", total=30, subject="hộ làm ống hút"),
    fig("và 8 hộ", "8", 8, "count", "hộ", total=30, subject="hộ làm đũa, thìa, khay"),
    fig("khoảng 4,2 triệu", "4,2", 4.2e6, "count", "ống", approx="about",
        change=chg("increase", 35, "%", "năm 2022"), subject="ống hút tre các hộ trong xã sản xuất", period=Y23),
    fig("đạt 11,5 tỷ", "11,5", 11.5e9, "money", "đồng", percent=23.8,
        subject="doanh thu từ sản phẩm tre thay thế nhựa", period=Y23),
    fig("từ 6.000 đến 8.000", "6.000", 6000, "measure", "ống/ngày", value_max=8000,
        subject="ống cơ sở Tre Việt Phú Nghĩa xuất xưởng mỗi ngày"),
    fig("buôn 800-1.200", "800", 800, "money", "đồng/ống", value_max=1200, subject="giá bán buôn ống hút tre"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="sản lượng được các doanh nghiệp thu mua để xuất khẩu"),
    fig("sử dụng 15 lao động", "15", 15, "count", "lao động", subject="lao động cơ sở đang sử dụng"),
    fig("có hai lao động", "hai", 2, "count", "lao động", total=15, subject="lao động là người khuyết tật"),
    fig("lương 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", subject="mức lương lao động"),
    fig("khoảng 25.000", "25.000", 25000, "money", "đồng/cây", approx="about", subject="giá tre nguyên liệu"),
    fig("qua 7 công đoạn", "7", 7, "count", "công đoạn", subject="công đoạn làm ra ống hút thành phẩm"),
    fig("lên 5 triệu", "5", 5e6, "count", "ống", status="target", subject="sản lượng ống hút tre", period=Y24),
    fig("thêm một hợp tác xã", "một", 1, "count", "hợp tác xã", status="forecast",
        subject="hợp tác xã thành lập thêm", period=Y24),
    fig("khoảng 40 thành viên", "40", 40, "count", "thành viên", approx="about", status="forecast",
        subject="thành viên hợp tác xã", period=Y24),
    fig("có 2 sản phẩm", "2", 2, "count", "sản phẩm", subject="sản phẩm từ tre được công nhận OCOP 4 sao"),
]

NOTES = [
    "District portal (huyện Chương Mỹ, Hà Nội): banner, menu, '18/03/2024 - 08:45' under the headline (published), 'Nguồn:', 'Tin khác', footer.",
    "Distractors: '08:45', 'OCOP 4 sao', 'năm 2022' (baseline), 'Hội chợ làng nghề năm 2024', 'Số 2 đường Hòa Sơn', phone 024.33866.128.",
    "Xã Phú Nghĩa is a commune of Chương Mỹ: all figures located in the district (default).",
    "'ba chục hộ' = 30 (number word); 'gồm 22 hộ ... và 8 hộ' are its parts (total 30). 'trong đó có hai lao động' → total 15.",
    "'mỗi ngày ... từ 6.000 đến 8.000 ống' is a rate (measure, ống/ngày). 'Giá ... khoảng 25.000 đồng/cây', '7 công đoạn': no period.",
    "'Năm 2024, ... phấn đấu ... 5 triệu ống' → target; '; dự kiến ... một hợp tác xã với khoảng 40 thành viên' → forecast (own cue), period 2024.",
    "'các doanh nghiệp thu mua' has no number; the last sentence's 'hiện có 2 sản phẩm' is actual with no period.",
]

if __name__ == "__main__":
    write("p1433-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Chương Mỹ")
