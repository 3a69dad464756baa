"""p997-4: central agency site (Cục Trồng trọt và BVTV), national fertilizer quality control 2024."""
from lib import F, P, I, C, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT
Trang chủ / Tin tức - Sự kiện / Quản lý phân bón

Năm 2024: Phát hiện 1.246 mẫu phân bón không đạt chất lượng

Ngày đăng: 12/03/2025 | Lượt xem: 742

Theo báo cáo tổng hợp của Cục Trồng trọt và Bảo vệ thực vật, năm 2024 các địa phương trên cả nước đã thanh tra, kiểm tra 24.380 lượt cơ sở sản xuất, buôn bán phân bón, lấy 9.512 mẫu để kiểm định chất lượng; phát hiện 1.246 mẫu không đạt, chiếm 13,1%, giảm 0,9 điểm phần trăm so với năm 2023. Tổng số tiền xử phạt vi phạm hành chính trên 42,6 tỷ đồng, gấp 1,3 lần năm trước.

Các địa phương phát hiện nhiều mẫu không đạt nhất lần lượt là Đồng Tháp (86 mẫu), An Giang (74 mẫu), Long An (69 mẫu) và Đắk Lắk (61 mẫu). Có 9 tỉnh, thành phố không phát hiện mẫu vi phạm, như Lai Châu, Bắc Kạn, Cao Bằng.

Hiện cả nước có 844 cơ sở sản xuất phân bón với tổng công suất khoảng 30,5 triệu tấn/năm và trên 31.000 cơ sở buôn bán phân bón. Số phân bón được công nhận lưu hành là 11.652 sản phẩm, trong đó phân bón vô cơ 6.420 sản phẩm, phân bón hữu cơ và phân bón khác 5.232 sản phẩm.

Năm 2024, sản lượng phân bón sản xuất trong nước ước đạt 10,2 triệu tấn, bằng khoảng 75% nhu cầu. Cũng trong năm 2024, cả nước nhập khẩu 4,9 triệu tấn phân bón, trị giá 1,57 tỷ USD; xuất khẩu 1,86 triệu tấn, trị giá 741 triệu USD, tăng 24,8% về lượng so với năm 2023.

Năm 2025, Cục đặt mục tiêu giảm tỷ lệ mẫu phân bón không đạt chất lượng xuống dưới 10%, 100% cơ sở buôn bán phân bón được cấp giấy chứng nhận đủ điều kiện trước khi hoạt động theo Nghị định số 84/2019/NĐ-CP.

Địa chỉ: Số 149 Hồ Đắc Di, Đống Đa, Hà Nội. Điện thoại: 024.3533.0361.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Phát hiện 1.246 mẫu", "1.246", 1246, "count", "mẫu", "mẫu phân bón không đạt chất lượng",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("kiểm tra 24.380 lượt cơ sở", "24.380", 24380, "count", "lượt cơ sở",
      "lượt cơ sở sản xuất, buôn bán phân bón được thanh tra, kiểm tra", Y24),
    F("lấy 9.512 mẫu", "9.512", 9512, "count", "mẫu", "mẫu lấy để kiểm định chất lượng", Y24),
    F("phát hiện 1.246 mẫu", "1.246", 1246, "count", "mẫu", "mẫu không đạt", Y24, percent=13.1,
      change=C("decrease", 0.9, "điểm phần trăm", "năm 2023")),
    F("trên 42,6 tỷ đồng", "42,6", 42600000000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(Y24),
      approx="over", change=C("increase", 1.3, "lần", "năm trước")),
    F("(86 mẫu)", "86", 86, "count", "mẫu", "mẫu không đạt", I(Y24), location="Đồng Tháp"),
    F("(74 mẫu)", "74", 74, "count", "mẫu", "mẫu không đạt", I(Y24), location="An Giang"),
    F("(69 mẫu)", "69", 69, "count", "mẫu", "mẫu không đạt", I(Y24), location="Long An"),
    F("(61 mẫu)", "61", 61, "count", "mẫu", "mẫu không đạt", I(Y24), location="Đắk Lắk"),
    F("Có 9 tỉnh, thành phố", "9", 9, "count", "tỉnh, thành phố", "tỉnh, thành phố không phát hiện mẫu vi phạm",
      I(Y24)),
    F("có 844 cơ sở", "844", 844, "count", "cơ sở", "cơ sở sản xuất phân bón"),
    F("khoảng 30,5 triệu tấn/năm", "30,5", 30500000, "measure", "tấn/năm", "tổng công suất", approx="about"),
    F("trên 31.000 cơ sở", "31.000", 31000, "count", "cơ sở", "cơ sở buôn bán phân bón", approx="over"),
    F("là 11.652 sản phẩm", "11.652", 11652, "count", "sản phẩm", "phân bón được công nhận lưu hành"),
    F("vô cơ 6.420 sản phẩm", "6.420", 6420, "count", "sản phẩm", "phân bón vô cơ", total=11652),
    F("khác 5.232 sản phẩm", "5.232", 5232, "count", "sản phẩm", "phân bón hữu cơ và phân bón khác", total=11652),
    F("ước đạt 10,2 triệu tấn", "10,2", 10200000, "measure", "tấn", "sản lượng phân bón sản xuất trong nước",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="estimate", percent=75),
    F("nhập khẩu 4,9 triệu tấn", "4,9", 4900000, "measure", "tấn", "phân bón nhập khẩu", Y24),
    F("trị giá 1,57 tỷ USD", "1,57", 1570000000, "money", "USD", "trị giá phân bón nhập khẩu", Y24),
    F("xuất khẩu 1,86 triệu tấn", "1,86", 1860000, "measure", "tấn", "phân bón xuất khẩu", Y24,
      change=C("increase", 24.8, "%", "năm 2023")),
    F("trị giá 741 triệu USD", "741", 741000000, "money", "USD", "trị giá phân bón xuất khẩu", Y24),
    F("dưới 10%", "10", 10, "percent", "%", "tỷ lệ mẫu phân bón không đạt chất lượng", Y25,
      approx="under", status="target"),
    F("10%, 100% cơ sở", "100", 100, "percent", "%", "cơ sở buôn bán phân bón được cấp giấy chứng nhận đủ điều kiện",
      Y25, status="target"),
]

COMMENTS = [
    "Central agency site (Cục Trồng trọt và Bảo vệ thực vật): national fertilizer inspection, stock of facilities, trade 2024; 'Ngày đăng: 12/03/2025'.",
    "Provinces in the 'lần lượt' list are the location of their items; '9 tỉnh, thành phố ... như Lai Châu, ...' stays national.",
    "'tăng 24,8% về lượng' attaches to the export tonnage 1,86 triệu tấn across the value clause. 'gấp 1,3 lần năm trước' is the fines' change.",
    "Distractors: 'Lượt xem: 742', 'Nghị định số 84/2019/NĐ-CP', 'Số 149 Hồ Đắc Di', phone 024.3533.0361. Hà Nội does not localise.",
]

build("p997-4", TEXT, FIGS, COMMENTS, published="2025-03-12", location="Việt Nam")
