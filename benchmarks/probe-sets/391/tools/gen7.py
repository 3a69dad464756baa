from lib import F, P, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH GIA LAI
Trang chủ | Tin hoạt động | Xuất nhập khẩu

Kim ngạch xuất khẩu hồ tiêu, hạt điều quý III/2024 tăng mạnh

Quý III/2024, kim ngạch xuất khẩu hàng hóa trên địa bàn tỉnh ước đạt 285,4 triệu USD, tăng 18,3% so với quý III/2023; trong đó nhóm nông sản chế biến đạt 241,6 triệu USD, chiếm 84,7%.

Riêng hồ tiêu, quý III xuất khẩu 8.650 tấn, trị giá 52,3 triệu USD, giá bình quân 6.046 USD/tấn. Lũy kế 9 tháng năm 2024, xuất khẩu hồ tiêu đạt 21.480 tấn, kim ngạch 118,7 triệu USD, bằng 112,4% kế hoạch năm.

Hạt điều nhân xuất khẩu 9 tháng đạt 14.200 tấn, kim ngạch 95,8 triệu USD, tăng 26% so với cùng kỳ. Các thị trường chính gồm Hoa Kỳ, EU, Trung Quốc và Trung Đông.

Tính đến 30/9, toàn tỉnh có 17 doanh nghiệp tham gia xuất khẩu hồ tiêu, điều; trong đó 5 doanh nghiệp có nhà máy chế biến sâu với công suất từ 3.000 đến 5.000 tấn/năm mỗi nhà máy. Công ty TNHH MTV 715 và Công ty CP Nông sản 24/3 tiếp tục dẫn đầu về kim ngạch.

Sở Công Thương dự báo quý IV/2024 kim ngạch xuất khẩu hồ tiêu có thể đạt 45-50 triệu USD; cả năm 2024 phấn đấu kim ngạch xuất khẩu toàn tỉnh đạt 1,15 tỷ USD, tăng khoảng 10% so với năm 2023.

Thông tin chi tiết liên hệ Phòng Quản lý Thương mại, số 02 Trần Phú, TP Pleiku; ĐT: 0269.3824.567.

P.V
10/10/2024
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3b = P("quý III", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
AS = P("Tính đến 30/9", None, "2024-09-30")

FIGS = [
    F("ước đạt 285,4 triệu USD", "285,4", 285.4e6, "money", "USD", "kim ngạch xuất khẩu hàng hóa", Q3, status="estimate",
      change={"direction": "increase", "value": 18.3, "unit": "%", "baseline": "quý III/2023"}),
    F("đạt 241,6 triệu USD", "241,6", 241.6e6, "money", "USD", "kim ngạch xuất khẩu nhóm nông sản chế biến", Q3,
      total=285.4e6, percent=84.7, status="estimate"),
    F("xuất khẩu 8.650 tấn", "8.650", 8650, "measure", "tấn", "hồ tiêu xuất khẩu", Q3b),
    F("trị giá 52,3 triệu USD", "52,3", 52.3e6, "money", "USD", "trị giá xuất khẩu hồ tiêu", Q3b),
    F("6.046 USD/tấn", "6.046", 6046, "money", "USD/tấn", "giá xuất khẩu hồ tiêu bình quân", Q3b),
    F("đạt 21.480 tấn", "21.480", 21480, "measure", "tấn", "hồ tiêu xuất khẩu lũy kế", M9),
    F("kim ngạch 118,7 triệu USD", "118,7", 118.7e6, "money", "USD", "kim ngạch xuất khẩu hồ tiêu lũy kế", M9,
      percent=112.4),
    F("đạt 14.200 tấn", "14.200", 14200, "measure", "tấn", "hạt điều nhân xuất khẩu", M9b),
    F("kim ngạch 95,8 triệu USD", "95,8", 95.8e6, "money", "USD", "kim ngạch xuất khẩu hạt điều nhân", M9b,
      change={"direction": "increase", "value": 26, "unit": "%", "baseline": "cùng kỳ"}),
    F("có 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", "doanh nghiệp tham gia xuất khẩu hồ tiêu, điều", AS),
    F("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp có nhà máy chế biến sâu", AS, total=17),
    F("từ 3.000 đến 5.000 tấn/năm", "3.000", 3000, "measure", "tấn/năm", "công suất mỗi nhà máy chế biến sâu", AS,
      value_max=5000),
    F("đạt 45-50 triệu USD", "45", 45e6, "money", "USD", "kim ngạch xuất khẩu hồ tiêu",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), value_max=50e6, status="forecast"),
    F("đạt 1,15 tỷ USD", "1,15", 1.15e9, "money", "USD", "kim ngạch xuất khẩu toàn tỉnh",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target",
      change={"direction": "increase", "value": 10, "unit": "%", "approx": "about", "baseline": "năm 2023"}),
]

COMMENTS = [
    "Department site (Sở Công Thương Gia Lai), no dateline at the top; byline 'P.V' and a bare date '10/10/2024' at the end (published).",
    "Pepper and cashew exports, quý III/2024 and 9 months; enterprises as of 30/9; Q4 forecast and 2024 target.",
    "241,6 triệu USD after 'trong đó' takes total 285,4 triệu and share 84,7%; it continues the 'ước đạt' clause, so status estimate.",
    "'bằng 112,4% kế hoạch năm' is the share (percent) of 118,7 triệu USD. 'quý III', '9 tháng', 'Tính đến 30/9' take the year 2024.",
    "Capacity 'từ 3.000 đến 5.000 tấn/năm' is a rate (unit tấn/năm); it takes the sentence's as-of date 'Tính đến 30/9'.",
    "Distractors: 'Công ty TNHH MTV 715', 'Công ty CP Nông sản 24/3' (names), 'số 02 Trần Phú', phone, 'quý III/2023' as a baseline.",
]

if __name__ == "__main__":
    write("p391-7", TEXT, FIGS, COMMENTS, published="2024-10-10", location="Gia Lai")
