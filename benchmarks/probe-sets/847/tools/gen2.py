from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH OAI
Trang chủ » Tin hoạt động xã, thị trấn
Thứ Hai, 09/12/2024 - 10:05

Xã Cự Khê: Nghề làm tương Cự Đà giữ nhịp tăng trưởng

11 tháng năm 2024, các hộ làm tương thôn Cự Đà, xã Cự Khê đã sản xuất được khoảng 310.000 lít tương, bằng 94% kế hoạch năm và tăng 12.000 lít so với cùng kỳ. Giá trị sản xuất ước đạt 9,3 tỷ đồng.

Hiện thôn có 42 hộ duy trì nghề, giảm 6 hộ so với 5 năm trước; số hộ làm thêm giấm gạo và nước tương là 9 hộ. Mỗi hộ có từ 50 đến 200 chum tương, bình quân một chum cho ra khoảng 40 lít tương sau 4-6 tháng ủ. Tương Cự Đà loại đặc biệt có giá 45.000 đồng/lít. Mức giá này gấp 1,5 lần tương công nghiệp cùng dung tích.

Trong tháng 11, Hội Nông dân xã phối hợp với Phòng Kinh tế huyện tổ chức 2 lớp tập huấn an toàn thực phẩm cho 85 học viên. Các thôn Cự Đà, Cự Khê và Khê Than lần lượt có 38, 7 và 4 hộ được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.

Năm 2025, xã đặt mục tiêu nâng sản lượng tương lên 350.000 lít, 100% hộ sản xuất có giấy chứng nhận an toàn thực phẩm và có ít nhất 1 sản phẩm được công nhận OCOP 3 sao. Xã cũng đề nghị huyện hỗ trợ xây dựng điểm giới thiệu sản phẩm tại số 68 đường Cự Đà, kinh phí dự kiến khoảng 1,8 tỷ đồng.

Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
T11 = P("Trong tháng 11", "2024-11-01", "2024-11-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
HS = "hộ được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"

FIGS = [
    F("khoảng 310.000 lít", "310.000", 310000, "measure", "lít", "sản lượng tương của các hộ thôn Cự Đà", M11,
      approx="about", percent=94, change=C("increase", 12000, "lít", "cùng kỳ")),
    F("ước đạt 9,3 tỷ đồng", "9,3", 9.3e9, "money", "đồng", "giá trị sản xuất tương", I(M11), status="estimate"),
    F("có 42 hộ", "42", 42, "count", "hộ", "hộ duy trì nghề làm tương", change=C("decrease", 6, "hộ", "5 năm trước")),
    F("là 9 hộ", "9", 9, "count", "hộ", "hộ làm thêm giấm gạo và nước tương"),
    F("từ 50 đến 200 chum", "50", 50, "count", "chum", "chum tương mỗi hộ", value_max=200),
    F("khoảng 40 lít", "40", 40, "measure", "lít", "sản lượng tương bình quân một chum", approx="about"),
    F("sau 4-6 tháng", "4", 4, "measure", "tháng", "thời gian ủ tương", value_max=6),
    F("giá 45.000 đồng/lít", "45.000", 45000, "money", "đồng/lít", "giá tương Cự Đà loại đặc biệt"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá tương Cự Đà loại đặc biệt so với tương công nghiệp"),
    F("tổ chức 2 lớp", "2", 2, "count", "lớp", "lớp tập huấn an toàn thực phẩm", T11),
    F("cho 85 học viên", "85", 85, "count", "học viên", "học viên tập huấn an toàn thực phẩm", T11),
    F("lần lượt có 38", "38", 38, "count", "hộ", HS),
    F("38, 7 và", "7", 7, "count", "hộ", HS),
    F("7 và 4 hộ", "4", 4, "count", "hộ", HS),
    F("lên 350.000 lít", "350.000", 350000, "measure", "lít", "sản lượng tương", Y25, status="target"),
    F("100% hộ", "100", 100, "percent", "%", "hộ sản xuất có giấy chứng nhận an toàn thực phẩm", Y25,
      status="target"),
    F("ít nhất 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm được công nhận OCOP", Y25,
      approx="at_least", status="target"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("khoảng 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí xây dựng điểm giới thiệu sản phẩm",
      approx="about", status="forecast"),
]

write("p847-2", TEXT, [
    "Cổng TTĐT huyện Thanh Oai (Hà Nội): tương Cự Đà, xã Cự Khê, 11 tháng 2024 and targets 2025. Location: the district.",
    "'Thứ Hai, 09/12/2024 - 10:05' is the dateline; 'số 68 đường Cự Đà' is an address; '5 năm trước' is a baseline. 'gấp 1,5 lần' stands as its own",
    "sentence: a multiple. Thôn (villages) are no district: the 'lần lượt' list keeps Thanh Oai. 'OCOP 3 sao' is optional.",
], FIGS, published="2024-12-09", location="Thanh Oai")
