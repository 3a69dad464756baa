"""p1192-4: ministry site (Bộ NN&PTNT), national surimi exports 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản

Xuất khẩu surimi năm 2023 đạt 336 triệu USD

Đăng ngày: 08/02/2024 - 10:32

Theo số liệu tổng hợp của Cục Thủy sản, năm 2023 cả nước xuất khẩu 178.500 tấn surimi và sản phẩm chế biến từ surimi như chả cá, thanh cua, kim ngạch đạt 336 triệu USD, giảm 12,4% so với năm 2022 do nhu cầu tại các thị trường chính suy yếu. Giá xuất khẩu bình quân khoảng 1,88 USD/kg, thấp hơn 6% so với năm trước.

Hàn Quốc tiếp tục dẫn đầu với 92,7 triệu USD, chiếm 27,6% tổng kim ngạch; tiếp đến là Nhật Bản 48,3 triệu USD, Thái Lan 37,9 triệu USD và Trung Quốc 31,2 triệu USD. Xuất khẩu sang EU đạt 24,5 triệu USD, tăng 9,8%, là thị trường hiếm hoi tăng trưởng dương.

Cả nước hiện có 87 nhà máy chế biến surimi, trong đó 52 nhà máy có mã code xuất khẩu vào EU. Các nhà máy tập trung ở 14/28 tỉnh, thành phố ven biển, nhiều nhất là Kiên Giang, Bà Rịa - Vũng Tàu, Bình Định, Khánh Hòa. Bình quân mỗi nhà máy sử dụng từ 200 đến 500 lao động.

Năm 2024, Cục Thủy sản dự báo xuất khẩu surimi sẽ phục hồi, kim ngạch khoảng 350-370 triệu USD. Để giảm áp lực nguyên liệu, Bộ đề nghị các địa phương kiểm soát chặt tàu cá khai thác bằng lưới kéo, phấn đấu đến năm 2025 giảm ít nhất 10% số tàu lưới kéo so với năm 2020 (hiện còn khoảng 16.800 chiếc).

CỔNG THÔNG TIN ĐIỆN TỬ BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
Giấy phép số 56/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp
"""

HEAD = P("năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
KN = "kim ngạch xuất khẩu surimi sang"
PLANTS = "nhà máy chế biến surimi"

FIGS = [
    F("năm 2023 đạt 336 triệu", "336", 336e6, "money", "USD", subject="xuất khẩu surimi", period=HEAD),
    F("xuất khẩu 178.500 tấn", "178.500", 178500, "measure", "tấn",
      subject="surimi và sản phẩm chế biến từ surimi xuất khẩu", period=Y23),
    F("kim ngạch đạt 336 triệu", "336", 336e6, "money", "USD", change=C("decrease", 12.4, "%", "năm 2022"),
      subject="kim ngạch xuất khẩu surimi", period=Y23),
    F("khoảng 1,88 USD/kg", "1,88", 1.88, "money", "USD/kg", approx="about",
      change=C("decrease", 6, "%", "năm trước"), subject="giá xuất khẩu surimi bình quân", period=I(Y23)),
    F("với 92,7 triệu", "92,7", 92.7e6, "money", "USD", percent=27.6, subject=KN + " Hàn Quốc", period=I(Y23)),
    F("Nhật Bản 48,3 triệu", "48,3", 48.3e6, "money", "USD", subject=KN + " Nhật Bản", period=I(Y23)),
    F("Thái Lan 37,9 triệu", "37,9", 37.9e6, "money", "USD", subject=KN + " Thái Lan", period=I(Y23)),
    F("Trung Quốc 31,2 triệu", "31,2", 31.2e6, "money", "USD", subject=KN + " Trung Quốc", period=I(Y23)),
    F("đạt 24,5 triệu", "24,5", 24.5e6, "money", "USD", change=C("increase", 9.8, "%"),
      subject="xuất khẩu surimi sang EU", period=I(Y23)),
    F("có 87 nhà máy", "87", 87, "count", "nhà máy", subject=PLANTS),
    F("trong đó 52 nhà máy", "52", 52, "count", "nhà máy", total=87,
      subject="nhà máy chế biến surimi có mã code xuất khẩu vào EU"),
    F("ở 14/28", "14", 14, "count", "tỉnh, thành phố", total=28,
      subject="tỉnh, thành phố ven biển có nhà máy surimi"),
    F("từ 200 đến 500 lao động", "200", 200, "measure", "lao động/nhà máy", value_max=500,
      subject="lao động bình quân mỗi nhà máy surimi"),
    F("khoảng 350-370 triệu", "350", 350e6, "money", "USD", value_max=370e6, approx="about",
      status="forecast", subject="kim ngạch xuất khẩu surimi", period=Y24),
    F("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
      subject="giảm số tàu lưới kéo so với năm 2020", period=T25),
    F("khoảng 16.800 chiếc", "16.800", 16800, "count", "chiếc", approx="about",
      subject="tàu lưới kéo hiện còn"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national surimi exports 2023. 'Đăng ngày: 08/02/2024 - 10:32'. All figures Việt Nam;",
    "trade partners (Hàn Quốc, Nhật Bản, ...) are not places; provinces named after '14/28 tỉnh, thành phố' do not make it provincial.",
    "Distractors: 10:32, 'Số 2 Ngọc Hà', phone 024.3846.8161, 'Giấy phép số 56/GP-TTĐT', baselines 'năm 2020', 'năm trước'.",
    "'giảm ít nhất 10% số tàu ... so với năm 2020' is a rate that is the claim: percent, target, no change.",
    "'(hiện còn khoảng 16.800 chiếc)' has its own verb: actual, not target. 'mỗi nhà máy ... 200 đến 500 lao động': per-unit measure.",
]

if __name__ == "__main__":
    write("p1192-4", TEXT, NOTES, FIGS, published="2024-02-08", location="Việt Nam")
