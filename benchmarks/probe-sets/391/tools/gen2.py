from lib import F, P, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Chế biến và Phát triển thị trường nông sản
Ngày đăng: 08/10/2024

Xuất khẩu hồ tiêu 9 tháng năm 2024: lượng giảm, giá trị tăng mạnh

Theo số liệu của Tổng cục Hải quan, 9 tháng năm 2024, cả nước xuất khẩu 201.350 tấn hồ tiêu, trị giá 1,03 tỷ USD, giảm 8,2% về lượng nhưng tăng 42,6% về giá trị so với cùng kỳ năm 2023. Riêng tháng 9/2024, xuất khẩu hồ tiêu ước đạt 16.800 tấn với giá trị khoảng 107 triệu USD.

Giá xuất khẩu bình quân hồ tiêu 9 tháng đạt 5.115 USD/tấn, tăng 55,3% so với cùng kỳ. Hoa Kỳ tiếp tục là thị trường tiêu thụ hồ tiêu lớn nhất của Việt Nam, chiếm 27,4% tổng giá trị xuất khẩu; tiếp đến là Đức 74,2 triệu USD, Các Tiểu vương quốc Ả Rập Thống nhất (UAE) 58,9 triệu USD, Ấn Độ 41,5 triệu USD.

Trong 9 tháng, Việt Nam đã nhập khẩu khoảng 27.000 tấn hồ tiêu, chủ yếu từ Brazil và Campuchia, trị giá 112,6 triệu USD, tăng 31% so với cùng kỳ.

Theo Hiệp hội Hạt tiêu và Cây gia vị Việt Nam (VPSA), diện tích hồ tiêu cả nước hiện khoảng 115.000 ha, giảm gần 20.000 ha so với năm 2022 do người dân chuyển đổi sang sầu riêng, cà phê. Sản lượng năm 2024 ước đạt 170.000 tấn, thấp nhất trong 5 năm trở lại đây.

Dự báo trong quý IV/2024, xuất khẩu hồ tiêu có thể đạt thêm 50.000-55.000 tấn; cả năm kim ngạch dự kiến trên 1,3 tỷ USD. Bộ khuyến cáo doanh nghiệp tuân thủ Quy định số 2023/1115 của EU về chống phá rừng (EUDR), áp dụng từ ngày 30/12/2024, đồng thời kiểm soát chặt dư lượng thuốc bảo vệ thực vật theo Thông tư số 09/2023/TT-BNNPTNT.

Đường dây nóng hỗ trợ doanh nghiệp: 024.3734.5432.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")

FIGS = [
    F("xuất khẩu 201.350 tấn", "201.350", 201350, "measure", "tấn", "hồ tiêu xuất khẩu", M9,
      change={"direction": "decrease", "value": 8.2, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("trị giá 1,03 tỷ USD", "1,03", 1.03e9, "money", "USD", "trị giá xuất khẩu hồ tiêu", M9,
      change={"direction": "increase", "value": 42.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("ước đạt 16.800 tấn", "16.800", 16800, "measure", "tấn", "hồ tiêu xuất khẩu", T9, status="estimate"),
    F("khoảng 107 triệu USD", "107", 107e6, "money", "USD", "giá trị xuất khẩu hồ tiêu", T9,
      approx="about", status="estimate"),
    F("đạt 5.115 USD/tấn", "5.115", 5115, "money", "USD/tấn", "giá xuất khẩu bình quân hồ tiêu",
      P("9 tháng", "2024-01-01", "2024-09-30"),
      change={"direction": "increase", "value": 55.3, "unit": "%", "baseline": "cùng kỳ"}),
    F("chiếm 27,4%", "27,4", 27.4, "percent", "%", "tỷ trọng của thị trường Hoa Kỳ trong tổng giá trị xuất khẩu hồ tiêu", M9i),
    F("Đức 74,2 triệu USD", "74,2", 74.2e6, "money", "USD", "giá trị xuất khẩu hồ tiêu sang Đức", M9i),
    F("(UAE) 58,9 triệu USD", "58,9", 58.9e6, "money", "USD", "giá trị xuất khẩu hồ tiêu sang UAE", M9i),
    F("Ấn Độ 41,5 triệu USD", "41,5", 41.5e6, "money", "USD", "giá trị xuất khẩu hồ tiêu sang Ấn Độ", M9i),
    F("khoảng 27.000 tấn", "27.000", 27000, "measure", "tấn", "hồ tiêu nhập khẩu",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"), approx="about"),
    F("trị giá 112,6 triệu USD", "112,6", 112.6e6, "money", "USD", "trị giá nhập khẩu hồ tiêu",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"),
      change={"direction": "increase", "value": 31, "unit": "%", "baseline": "cùng kỳ"}),
    F("khoảng 115.000 ha", "115.000", 115000, "measure", "ha", "diện tích hồ tiêu cả nước", approx="about",
      change={"direction": "decrease", "value": 20000, "unit": "ha", "approx": "nearly", "baseline": "năm 2022"}),
    F("ước đạt 170.000 tấn", "170.000", 170000, "measure", "tấn", "sản lượng hồ tiêu",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    F("trong 5 năm", "5", 5, "count", "năm", optional=True),
    F("50.000-55.000 tấn", "50.000", 50000, "measure", "tấn", "hồ tiêu xuất khẩu",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), value_max=55000, status="forecast"),
    F("trên 1,3 tỷ USD", "1,3", 1.3e9, "money", "USD", "kim ngạch xuất khẩu hồ tiêu",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="over", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Chế biến): national pepper exports, 9 months 2024; markets, imports, area, output, Q4 forecast.",
    "'Ngày đăng: 08/10/2024' is the date. Distractors: Quy định số 2023/1115 (EUDR), 'từ ngày 30/12/2024', Thông tư số 09/2023/TT-BNNPTNT, hotline.",
    "'giảm 8,2% về lượng nhưng tăng 42,6% về giá trị' distributes the changes: the volume takes the decrease, the value the increase.",
    "Markets (Hoa Kỳ, Đức, UAE, Ấn Độ) are trade partners, not places: location stays Việt Nam; 'chiếm 27,4%' has no base amount -> percent figure.",
    "'giảm gần 20.000 ha so với năm 2022' is the change of the area; 'trong 5 năm trở lại đây' optional. 'Dự báo'/'dự kiến' -> forecast;",
    "'cả năm' = 2024. Period of the market list is inherited from the first paragraph.",
]

if __name__ == "__main__":
    write("p391-2", TEXT, FIGS, COMMENTS, published="2024-10-08", location="Việt Nam")
