"""p649-1: Hà Giang province portal - colonies, honey output 2023, mint-honey price, co-operatives, OCOP, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Hà Giang
Trang chủ > Tin tức - Sự kiện > Kinh tế
Sản lượng mật ong năm 2023 đạt gần 1.600 tấn
Cập nhật: 16/01/2024 08:45
Lượt xem: 3.482

(HGP) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/12/2023, toàn tỉnh Hà Giang có 102.560 đàn ong, tăng 8,4% so với cùng kỳ; trong đó đàn ong nội là 87.300 đàn, chiếm 85,1% tổng đàn. Nghề nuôi ong tập trung ở các huyện vùng cao núi đá phía Bắc: Mèo Vạc (31.250 đàn), Đồng Văn (28.400 đàn), Yên Minh (22.150 đàn) và Quản Bạ (12.760 đàn).

Năm 2023, sản lượng mật ong toàn tỉnh ước đạt 1.585 tấn, tăng 112 tấn so với năm 2022, trong đó mật ong bạc hà khoảng 1.240 tấn. Năng suất mật bình quân đạt 15,5 kg/đàn/năm. Giá bán mật ong bạc hà dao động từ 350.000 đến 450.000 đồng/lít; doanh thu từ nghề nuôi ong ước đạt trên 410 tỷ đồng.

Toàn tỉnh hiện có 46 hợp tác xã và 215 tổ hợp tác nuôi ong với hơn 1.900 thành viên. Đã có 27 sản phẩm mật ong được công nhận đạt chuẩn OCOP, trong đó 3 sản phẩm đạt 4 sao, 24 sản phẩm đạt 3 sao. Sản phẩm "Mật ong bạc hà Mèo Vạc" được cấp văn bằng bảo hộ chỉ dẫn địa lý số 00045 từ năm 2015.

Thực hiện Quyết định số 1324/QĐ-UBND ngày 20/7/2021 của UBND tỉnh, tỉnh phấn đấu đến năm 2025 đạt 120.000 đàn ong, sản lượng mật 2.000 tấn/năm; tỷ lệ hộ nuôi ong tham gia liên kết tiêu thụ đạt 60%.

Cơ quan chủ quản: UBND tỉnh Hà Giang. Địa chỉ: Tổ 19, phường Nguyễn Trãi, TP Hà Giang. Điện thoại: 0219.3866.345
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt gần 1.600 tấn", "1.600", 1600, "measure", "tấn", "sản lượng mật ong",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("có 102.560 đàn ong", "102.560", 102560, "count", "đàn ong", "đàn ong", ASOF,
      change=CH("increase", 8.4, baseline="cùng kỳ")),
    F("là 87.300 đàn", "87.300", 87300, "count", "đàn", "đàn ong nội", ASOF, total=102560, percent=85.1),
    F("Mèo Vạc (31.250 đàn)", "31.250", 31250, "count", "đàn", "đàn ong", I(ASOF), location="Mèo Vạc"),
    F("Đồng Văn (28.400 đàn)", "28.400", 28400, "count", "đàn", "đàn ong", I(ASOF), location="Đồng Văn"),
    F("Yên Minh (22.150 đàn)", "22.150", 22150, "count", "đàn", "đàn ong", I(ASOF), location="Yên Minh"),
    F("Quản Bạ (12.760 đàn)", "12.760", 12760, "count", "đàn", "đàn ong", I(ASOF), location="Quản Bạ"),
    F("ước đạt 1.585 tấn", "1.585", 1585, "measure", "tấn", "sản lượng mật ong", Y23,
      change=CH("increase", 112, "tấn", baseline="năm 2022"), status="estimate"),
    F("khoảng 1.240 tấn", "1.240", 1240, "measure", "tấn", "sản lượng mật ong bạc hà", Y23,
      approx="about", total=1585, status="estimate"),
    F("đạt 15,5 kg/đàn/năm", "15,5", 15.5, "measure", "kg/đàn/năm", "năng suất mật bình quân", I(Y23)),
    F("từ 350.000 đến 450.000 đồng/lít", "350.000", 350000, "money", "đồng/lít", "giá bán mật ong bạc hà", I(Y23),
      value_max=450000),
    F("trên 410 tỷ đồng", "410", 410e9, "money", "đồng", "doanh thu từ nghề nuôi ong", I(Y23),
      approx="over", status="estimate"),
    F("có 46 hợp tác xã", "46", 46, "count", "hợp tác xã", "hợp tác xã nuôi ong"),
    F("và 215 tổ hợp tác", "215", 215, "count", "tổ hợp tác", "tổ hợp tác nuôi ong"),
    F("hơn 1.900 thành viên", "1.900", 1900, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác nuôi ong",
      approx="over"),
    F("có 27 sản phẩm", "27", 27, "count", "sản phẩm", "sản phẩm mật ong được công nhận đạt chuẩn OCOP"),
    F("đó 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm mật ong OCOP đạt 4 sao", total=27),
    F("24 sản phẩm", "24", 24, "count", "sản phẩm", "sản phẩm mật ong OCOP đạt 3 sao", total=27),
    F("đạt 120.000 đàn ong", "120.000", 120000, "count", "đàn ong", "đàn ong", T25, status="target"),
    F("2.000 tấn/năm", "2.000", 2000, "measure", "tấn/năm", "sản lượng mật", T25, status="target"),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ hộ nuôi ong tham gia liên kết tiêu thụ", T25, status="target"),
]

COMMENTS = [
    "Hà Giang province portal (breadcrumb, Cập nhật, Lượt xem): honey output 2023, colonies by district, mint-honey price, OCOP, 2025 targets.",
    "Not figures: Lượt xem 3.482, OCOP '4 sao'/'3 sao' (ratings), 'chỉ dẫn địa lý số 00045', Quyết định 1324/QĐ-UBND, dates, Tổ 19, phone.",
    "District list after 'các huyện …:' has no whole before the cue (and does not add up to 102.560), so no total; districts are locations.",
    "Headline figure: period 'năm 2023' stated in the headline itself (scored).",
]

if __name__ == "__main__":
    emit("p649-1", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Hà Giang")
