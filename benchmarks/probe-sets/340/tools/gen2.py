from lib import F, P, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Tin tức - Sự kiện

Mật ong bạc hà Mèo Vạc được mùa, được giá
Thứ Hai, 13/01/2025 - 15:20

Vụ hoa bạc hà kéo dài từ tháng 10 đến hết tháng 12 hằng năm là thời điểm người dân vùng cao núi đá thu hoạch mật. Năm 2024, toàn huyện có 1.362 hộ nuôi ong với 9.870 đàn ong nội, tăng 640 đàn so với năm 2023. Sản lượng mật thu hoạch đạt gần 31 tấn, trong đó mật đủ chuẩn đóng chai, dán tem sản phẩm OCOP là 12,5 tấn.

Giá bán mật ong bạc hà tại các điểm thu mua dao động từ 450.000 đến 600.000 đồng/lít, cao hơn khoảng 50.000 đồng/lít so với năm trước. Tổng doanh thu từ nghề nuôi ong năm 2024 ước đạt 16,2 tỷ đồng. Gia đình anh Vàng Mí Súng ở xã Pả Vi nuôi 85 đàn ong, mỗi vụ thu trên 120 triệu đồng.

Hiện huyện có 5 hợp tác xã chuyên sản xuất mật ong, trong đó 2 hợp tác xã có sản phẩm đạt OCOP 4 sao. Nhãn hiệu tập thể "Mật ong bạc hà Mèo Vạc" được bảo hộ theo Quyết định số 3875/QĐ-SHTT của Cục Sở hữu trí tuệ. Cũng trong năm, thực hiện Chương trình 135, huyện hỗ trợ 450 thùng ong cho 90 hộ nghèo với kinh phí 315 triệu đồng.

Mục tiêu năm 2025, huyện phấn đấu phát triển tổng đàn lên 11.000 đàn, sản lượng mật đạt ít nhất 35 tấn; 100% sản phẩm mật ong bạc hà lưu thông được dán tem truy xuất nguồn gốc.

Mọi ý kiến đóng góp xin gửi về Trung tâm Văn hóa, Truyền thông và Thể thao huyện, điện thoại 0219.3871.288.

Giàng Thị Mai
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24I = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y24C = P("Cũng trong năm", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 1.362 hộ", "1.362", 1362, "count", "hộ", "hộ nuôi ong", period=Y24),
    F("với 9.870 đàn", "9.870", 9870, "count", "đàn", "đàn ong nội",
      change=C("increase", 640, "đàn", "năm 2023"), period=Y24),
    F("gần 31 tấn", "31", 31, "measure", "tấn", "sản lượng mật thu hoạch", approx="nearly", period=Y24I),
    F("OCOP là 12,5 tấn", "12,5", 12.5, "measure", "tấn", "mật đủ chuẩn đóng chai, dán tem sản phẩm OCOP",
      total=31, period=Y24I),
    F("từ 450.000 đến 600.000 đồng/lít", "450.000", 450000, "money", "đồng/lít", "giá bán mật ong bạc hà tại các điểm thu mua",
      value_max=600000, change=C("increase", 50000, "đồng/lít", "năm trước", approx="about")),
    F("ước đạt 16,2 tỷ đồng", "16,2", 16200000000, "money", "đồng", "tổng doanh thu từ nghề nuôi ong",
      status="estimate", period=Y24b),
    F("nuôi 85 đàn ong", "85", 85, "count", "đàn ong", "đàn ong gia đình anh Vàng Mí Súng nuôi"),
    F("trên 120 triệu đồng", "120", 120000000, "money", "đồng", "thu mỗi vụ của gia đình anh Vàng Mí Súng",
      approx="over"),
    F("có 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã chuyên sản xuất mật ong"),
    F("trong đó 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã có sản phẩm đạt OCOP 4 sao", total=5),
    F("OCOP 4 sao", "4", 4, "rank", "sao", "hạng OCOP", optional=True),
    F("hỗ trợ 450 thùng ong", "450", 450, "count", "thùng ong", "thùng ong hỗ trợ hộ nghèo", period=Y24C),
    F("cho 90 hộ nghèo", "90", 90, "count", "hộ nghèo", "hộ nghèo được hỗ trợ thùng ong", period=Y24C),
    F("kinh phí 315 triệu đồng", "315", 315000000, "money", "đồng", "kinh phí hỗ trợ thùng ong", period=Y24C),
    F("lên 11.000 đàn", "11.000", 11000, "count", "đàn", "tổng đàn", status="target", period=Y25),
    F("ít nhất 35 tấn", "35", 35, "measure", "tấn", "sản lượng mật", approx="at_least", status="target", period=Y25),
    F("100% sản phẩm", "100", 100, "percent", "%", "sản phẩm mật ong bạc hà lưu thông được dán tem truy xuất nguồn gốc",
      status="target", period=Y25),
]

COMMENTS = [
    "Cổng TTĐT huyện Mèo Vạc (district portal, Hà Giang): bạc hà honey season 2024, households, hives, output, price range, revenue, support, 2025 targets.",
    "Dateline 'Thứ Hai, 13/01/2025 - 15:20'; byline alone at the end. Default location the district (Mèo Vạc); the commune Pả Vi is not a province/district, so it stays Mèo Vạc.",
    "'tăng 640 đàn so với năm 2023' is the change of 9.870 đàn (unit đàn). 'gần 31 tấn, trong đó ... 12,5 tấn' gives total 31. '5 hợp tác xã, trong đó 2 hợp tác xã' total 5.",
    "'cao hơn khoảng 50.000 đồng/lít so với năm trước' is the price range's change. 'Cũng trong năm' = 2024 (the year of the paragraph). 'OCOP 4 sao' is a star rating label: optional.",
    "'ít nhất 35 tấn' approx at_least; 'Mục tiêu năm 2025, ... phấn đấu' makes the three 2025 figures targets.",
    "Distractors: 'từ tháng 10 đến hết tháng 12' (season, months), 'Quyết định số 3875/QĐ-SHTT', 'Chương trình 135', phone 0219.3871.288, time 15:20.",
]

emit("p340-2", TEXT, COMMENTS, FIGS, published="2025-01-13", location="Mèo Vạc")
