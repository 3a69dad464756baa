"""p1057-8: Báo Bình Phước online, headline figure, '(BP) -' tag: cassava starch exports 2024, plants, imports, 2025 targets."""
from lib import F, P, I, C, T, build

TEXT = """BÁO BÌNH PHƯỚC ĐIỆN TỬ
Kinh tế
Tinh bột sắn xuất khẩu đạt hơn 215 triệu USD
Cập nhật lúc 15:10, Thứ sáu, 10/01/2025

(BP) - Năm 2024, kim ngạch xuất khẩu tinh bột sắn của tỉnh đạt hơn 215 triệu USD, tăng 12,4% so với năm 2023, chiếm 5,8% tổng kim ngạch xuất khẩu toàn tỉnh.

Toàn tỉnh hiện có 22 nhà máy chế biến tinh bột sắn với tổng công suất khoảng 3.100 tấn sản phẩm/ngày. Các huyện Bù Đăng, Bù Gia Mập và Phú Riềng có nhiều nhà máy nhất, lần lượt là 6, 5 và 4 nhà máy. Năm 2024, các nhà máy sản xuất khoảng 612.000 tấn tinh bột sắn, trong đó xuất khẩu trực tiếp 405.000 tấn, chủ yếu sang Trung Quốc, Đài Loan (Trung Quốc) và Malaysia.

Do diện tích sắn của tỉnh chỉ còn 38.200 ha, giảm 1.850 ha so với năm 2023, trong khi công suất chế biến gấp khoảng 1,7 lần sản lượng củ sắn tại chỗ, nhiều nhà máy phải nhập thêm nguyên liệu từ Campuchia qua cửa khẩu Hoa Lư. Riêng quý IV/2024, lượng củ sắn tươi và sắn lát nhập khẩu qua cửa khẩu này đạt gần 310.000 tấn.

Hiện giá tinh bột sắn trong nước dao động 13.500-14.200 đồng/kg; giá củ sắn tươi tại nhà máy khoảng 3.000 đồng/kg, giảm khoảng 10% so với đầu vụ.

Năm 2025, ngành công thương đặt mục tiêu kim ngạch xuất khẩu tinh bột sắn đạt 230 triệu USD; dự kiến sản lượng tinh bột sắn giảm khoảng 5% do diện tích nguyên liệu tiếp tục thu hẹp. Các nhà máy dọc Quốc lộ 14 và ĐT.741 phải hoàn thành lắp đặt thiết bị quan trắc nước thải tự động theo Chỉ thị số 08/CT-UBND.

Hà Anh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
S = "nhà máy chế biến tinh bột sắn"

FIGS = [
    F("xuất khẩu đạt hơn 215 triệu USD", "215", 215e6, "money", "USD", "tinh bột sắn xuất khẩu", approx="over"),
    F("tỉnh đạt hơn 215 triệu USD", "215", 215e6, "money", "USD", "kim ngạch xuất khẩu tinh bột sắn", Y24, approx="over",
      change=C("increase", 12.4, "%", "năm 2023"), percent=5.8),
    F("có 22 nhà máy", "22", 22, "count", "nhà máy", S),
    F("khoảng 3.100 tấn sản phẩm/ngày", "3.100", 3100, "measure", "tấn/ngày", "tổng công suất", approx="about"),
    F("lần lượt là 6", "6", 6, "count", "nhà máy", S, location="Bù Đăng"),
    F("6, 5 và", "5", 5, "count", "nhà máy", S, location="Bù Gia Mập"),
    F("và 4 nhà máy", "4", 4, "count", "nhà máy", S, location="Phú Riềng"),
    F("khoảng 612.000 tấn", "612.000", 612000, "measure", "tấn", "tinh bột sắn sản xuất", Y24, approx="about"),
    F("trực tiếp 405.000 tấn", "405.000", 405000, "measure", "tấn", "tinh bột sắn xuất khẩu trực tiếp", Y24, total=612000),
    F("còn 38.200 ha", "38.200", 38200, "measure", "ha", "diện tích sắn", change=C("decrease", 1850, "ha", "năm 2023")),
    F("gấp khoảng 1,7 lần", "1,7", 1.7, "multiple", "lần", "công suất chế biến so với sản lượng củ sắn tại chỗ", approx="about"),
    F("gần 310.000 tấn", "310.000", 310000, "measure", "tấn", "củ sắn tươi và sắn lát nhập khẩu qua cửa khẩu Hoa Lư",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="nearly"),
    F("dao động 13.500-14.200 đồng/kg", "13.500", 13500, "money", "đồng/kg", "giá tinh bột sắn trong nước", value_max=14200),
    F("khoảng 3.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", "giá củ sắn tươi tại nhà máy", approx="about",
      change=C("decrease", 10, "%", "đầu vụ", approx="about")),
    F("đạt 230 triệu USD", "230", 230e6, "money", "USD", "kim ngạch xuất khẩu tinh bột sắn", Y25, status="target"),
    F("giảm khoảng 5%", "5", 5, "percent", "%", "sản lượng tinh bột sắn giảm", Y25, approx="about", status="forecast"),
]

NOTES = [
    "Báo Bình Phước online, headline with a figure, 'Cập nhật lúc 15:10, Thứ sáu, 10/01/2025', tag '(BP) -', byline at the end.",
    "The headline figure has no period phrase: no period (it restates the 2024 export figure).",
    "'lần lượt là 6, 5 và 4 nhà máy' after 'Bù Đăng, Bù Gia Mập và Phú Riềng': each number takes its district as location, the list's indicator as subject.",
    "A ranking that does not add up to 22: no total. '405.000 tấn' after 'trong đó' is part of the 612.000 tấn produced.",
    "'Do diện tích ... chỉ còn 38.200 ha' has no period phrase: no period. 'gấp khoảng 1,7 lần' stands alone: multiple.",
    "'giảm khoảng 5%' (no base amount) is a percent figure under 'dự kiến': forecast, period Năm 2025.",
    "Not figures: 15:10, 'Thứ sáu', '(BP)', Quốc lộ 14, ĐT.741, Chỉ thị số 08/CT-UBND.",
    "revised after first.txt: capacity units written 'tấn <material>/ngày|năm' reduced to 'tấn/ngày' / 'tấn/năm' (FIGURES.md: shortest noun phrase; the set's other tonnages already use 'tấn' with the material in the subject).",
]

if __name__ == "__main__":
    build(8, TEXT, FIGS, published="2025-01-10", location="Bình Phước", notes=NOTES)
