from lib import F, P, build

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu gạo 9 tháng năm 2024 đạt gần 4,37 tỷ USD

Ngày đăng: 14/10/2024 | Lượt xem: 3.126

(MOIT) - Theo số liệu thống kê của Tổng cục Hải quan, 9 tháng năm 2024 cả nước xuất khẩu 7,04 triệu tấn gạo, trị giá gần 4,37 tỷ USD, tăng 10,5% về lượng và tăng 23,5% về trị giá so với cùng kỳ năm 2023. Giá gạo xuất khẩu bình quân 9 tháng ước đạt 620 USD/tấn, tăng 11,8% so với cùng kỳ.

Riêng trong tháng 9/2024, xuất khẩu gạo đạt khoảng 800 nghìn tấn, trị giá 490 triệu USD, giảm 4,2% về lượng so với tháng trước.

Về thị trường, Philippines tiếp tục là thị trường nhập khẩu gạo lớn nhất của Việt Nam với 3,14 triệu tấn, chiếm 44,6% tổng lượng gạo xuất khẩu của cả nước, trị giá 1,92 tỷ USD. Tiếp đến là Indonesia 1,02 triệu tấn, Malaysia 583.000 tấn và Bờ Biển Ngà 420.000 tấn. Đáng chú ý, xuất khẩu gạo sang Trung Quốc giảm mạnh, chỉ đạt 257.000 tấn, giảm 63,7% so với cùng kỳ.

Về chủng loại, gạo trắng chiếm tỷ trọng lớn nhất với 65,8%; gạo thơm chiếm 22,3%; gạo nếp chiếm khoảng 7%, còn lại là gạo đồ và tấm.

Thực hiện Quyết định số 583/QĐ-TTg ngày 26/6/2023 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thị trường xuất khẩu gạo của Việt Nam đến năm 2030, Bộ Công Thương đang tích cực đàm phán, khai thác các hiệp định thương mại tự do để mở rộng thị trường. Bộ Công Thương dự báo cả năm 2024 kim ngạch xuất khẩu gạo có thể đạt trên 5,6 tỷ USD, lượng xuất khẩu khoảng 8,5 triệu tấn.

Cục Xuất nhập khẩu
Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

VN = "Việt Nam"
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xuất khẩu 7,04 triệu tấn gạo", "7,04", 7040000, "measure", "tấn", "gạo xuất khẩu",
      change={"direction": "increase", "value": 10.5, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      period=M9, location=VN),
    F("trị giá gần 4,37 tỷ USD, tăng", "4,37", 4370000000, "money", "USD", "trị giá gạo xuất khẩu",
      approx="nearly",
      change={"direction": "increase", "value": 23.5, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      period=M9, location=VN),
    F("ước đạt 620 USD/tấn", "620", 620, "money", "USD/tấn", "giá gạo xuất khẩu bình quân",
      change={"direction": "increase", "value": 11.8, "unit": "%", "baseline": "cùng kỳ"},
      status="estimate", period=P("9 tháng", "2024-01-01", "2024-09-30"), location=VN),
    F("khoảng 800 nghìn tấn", "800", 800000, "measure", "tấn", "xuất khẩu gạo", approx="about",
      change={"direction": "decrease", "value": 4.2, "unit": "%", "baseline": "tháng trước"},
      period=T9, location=VN),
    F("trị giá 490 triệu USD", "490", 490000000, "money", "USD", "trị giá xuất khẩu gạo",
      period=T9, location=VN),
    F("với 3,14 triệu tấn", "3,14", 3140000, "measure", "tấn", "gạo xuất khẩu sang Philippines",
      percent=44.6, period=M9i, location=VN),
    F("trị giá 1,92 tỷ USD", "1,92", 1920000000, "money", "USD", "trị giá gạo xuất khẩu sang Philippines",
      period=M9i, location=VN),
    F("Indonesia 1,02 triệu tấn", "1,02", 1020000, "measure", "tấn", "gạo xuất khẩu sang Indonesia",
      period=M9i, location=VN),
    F("Malaysia 583.000 tấn", "583.000", 583000, "measure", "tấn", "gạo xuất khẩu sang Malaysia",
      period=M9i, location=VN),
    F("Bờ Biển Ngà 420.000 tấn", "420.000", 420000, "measure", "tấn", "gạo xuất khẩu sang Bờ Biển Ngà",
      period=M9i, location=VN),
    F("chỉ đạt 257.000 tấn", "257.000", 257000, "measure", "tấn", "xuất khẩu gạo sang Trung Quốc",
      change={"direction": "decrease", "value": 63.7, "unit": "%", "baseline": "cùng kỳ"},
      period=M9i, location=VN),
    F("lớn nhất với 65,8%", "65,8", 65.8, "percent", "%", "tỷ trọng gạo trắng", period=M9i, location=VN),
    F("gạo thơm chiếm 22,3%", "22,3", 22.3, "percent", "%", "tỷ trọng gạo thơm", period=M9i, location=VN),
    F("chiếm khoảng 7%", "7", 7, "percent", "%", "tỷ trọng gạo nếp", approx="about", period=M9i, location=VN),
    F("đạt trên 5,6 tỷ USD", "5,6", 5600000000, "money", "USD", "kim ngạch xuất khẩu gạo",
      approx="over", status="forecast", period=Y24, location=VN),
    F("khoảng 8,5 triệu tấn", "8,5", 8500000, "measure", "tấn", "lượng xuất khẩu gạo",
      approx="about", status="forecast", period=Y24, location=VN),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương): national rice exports 9 months 2024, by market and by type; 2024 forecast.",
    "'tăng 10,5% về lượng và tăng 23,5% về trị giá': each change goes to the figure it names (lượng -> tấn, trị giá -> USD).",
    "'giảm 4,2% về lượng' goes to 800 nghìn tấn across the value clause. Trade partners are not places: location Việt Nam.",
    "'chiếm 44,6% tổng lượng' is the share of 3,14 triệu tấn. Type shares are percent figures of their own.",
    "Distractors: Quyết định số 583/QĐ-TTg ngày 26/6/2023, 'đến năm 2030' in a strategy name, Lượt xem: 3.126, address 54 Hai Bà Trưng.",
    "Headline figures are figures (as in shared h20, h30).",
]

FIGS.insert(0, F("đạt gần 4,37 tỷ USD\n", "4,37", 4370000000, "money", "USD", "xuất khẩu gạo", approx="nearly",
              period=M9, location=VN))

build("p437-1", TEXT, FIGS, COMMENTS, published="2024-10-14")
