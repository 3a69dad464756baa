from lib import F, P, I, C, emit

TEXT = """UBND HUYỆN YÊN THÀNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội
Thứ Tư, 18/09/2024 - 15:20

Yên Thành: Huy động hơn 42 tỷ đồng xây dựng, nâng cấp nhà văn hóa thôn

Thực hiện Nghị quyết số 05-NQ/HU của Ban Thường vụ Huyện ủy về nâng cao chất lượng hoạt động của thiết chế văn hóa cơ sở, 9 tháng đầu năm 2024, toàn huyện đã huy động hơn 42 tỷ đồng để xây mới, sửa chữa nhà văn hóa và khuôn viên thể thao thôn, xóm, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, ngân sách nhà nước hỗ trợ 15,6 tỷ đồng, nhân dân đóng góp 21,3 tỷ đồng, con em xa quê và doanh nghiệp ủng hộ khoảng 5,2 tỷ đồng.

Từ đầu năm đến nay, 23 thôn, xóm khởi công xây mới nhà văn hóa, trong đó 17 công trình đã hoàn thành, đưa vào sử dụng; 38 nhà văn hóa được sửa chữa, nâng cấp. Nhiều công trình có quy mô từ 150 đến 250 chỗ ngồi, khuôn viên rộng trên 1.000 m2. Đến nay, toàn huyện có 452/461 thôn, xóm có nhà văn hóa, đạt 98,05%; 9 thôn còn lại đang sử dụng nhà văn hóa tạm hoặc mượn phòng học.

Các xã có nhiều nhà văn hóa được xây mới là Công Thành (4 nhà), Bảo Thành (3 nhà), Mỹ Thành (3 nhà). Riêng ở xã Tăng Thành, nhân dân đã hiến hơn 2.400 m2 đất để mở rộng khuôn viên nhà văn hóa xóm 5 và xóm 7.

Theo kế hoạch, đến cuối năm 2024, huyện phấn đấu 100% thôn, xóm có nhà văn hóa đạt chuẩn theo Thông tư số 06/2011/TT-BVHTTDL; tỷ lệ thôn, xóm văn hóa đạt từ 85% trở lên. Mọi ý kiến góp ý xin gửi về Phòng Văn hóa và Thông tin huyện, điện thoại 0238.3863.225.

Nguyễn Hoa (Trung tâm VH-TT&TT huyện)
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
DN = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-18")
NAY = P("Đến nay", None, "2024-09-18")
END = P("đến cuối năm 2024", None, "2024-12-31")
KP = "kinh phí xây mới, sửa chữa nhà văn hóa và khuôn viên thể thao thôn, xóm"

FIGS = [
    F("Huy động hơn 42 tỷ đồng", "42", 42e9, "money", "đồng", KP, approx="over"),
    F("huy động hơn 42 tỷ đồng để", "42", 42e9, "money", "đồng", KP, M9, approx="over",
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("hỗ trợ 15,6 tỷ đồng", "15,6", 15.6e9, "money", "đồng", "ngân sách nhà nước hỗ trợ", I(M9), total=42e9),
    F("đóng góp 21,3 tỷ đồng", "21,3", 21.3e9, "money", "đồng", "nhân dân đóng góp", I(M9), total=42e9),
    F("khoảng 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng", "con em xa quê và doanh nghiệp ủng hộ", I(M9),
      approx="about", total=42e9),
    F("23 thôn, xóm", "23", 23, "count", "thôn, xóm", "thôn, xóm khởi công xây mới nhà văn hóa", DN),
    F("17 công trình", "17", 17, "count", "công trình", "công trình đã hoàn thành, đưa vào sử dụng", DN, total=23),
    F("38 nhà văn hóa", "38", 38, "count", "nhà văn hóa", "nhà văn hóa được sửa chữa, nâng cấp", DN),
    F("từ 150 đến 250 chỗ ngồi", "150", 150, "count", "chỗ ngồi", "quy mô công trình", I(DN), value_max=250),
    F("trên 1.000 m2", "1.000", 1000, "measure", "m2", "khuôn viên", I(DN), approx="over"),
    F("có 452/461 thôn", "452", 452, "count", "thôn, xóm", "thôn, xóm có nhà văn hóa", NAY, total=461, percent=98.05),
    F("9 thôn còn lại", "9", 9, "count", "thôn", "thôn còn lại đang sử dụng nhà văn hóa tạm hoặc mượn phòng học", NAY),
    F("Công Thành (4 nhà)", "4", 4, "count", "nhà", "nhà văn hóa được xây mới", I(DN), location="Công Thành"),
    F("Bảo Thành (3 nhà)", "3", 3, "count", "nhà", "nhà văn hóa được xây mới", I(DN), location="Bảo Thành"),
    F("Mỹ Thành (3 nhà)", "3", 3, "count", "nhà", "nhà văn hóa được xây mới", I(DN), location="Mỹ Thành"),
    F("hơn 2.400 m2", "2.400", 2400, "measure", "m2", "đất nhân dân hiến để mở rộng khuôn viên nhà văn hóa", I(DN),
      approx="over", location="Tăng Thành"),
    F("huyện phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn, xóm có nhà văn hóa đạt chuẩn", END,
      status="target"),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ thôn, xóm văn hóa", END, approx="at_least", status="target"),
]

COMMENTS = [
    "District portal (Cổng TTĐT huyện Yên Thành, Nghệ An): money raised and village cultural houses built, 9 months of 2024.",
    "Dateline 'Thứ Tư, 18/09/2024 - 15:20'. Distractors: 'Nghị quyết số 05-NQ/HU', 'Thông tư số 06/2011/TT-BVHTTDL', phone 0238.3863.225, 'xóm 5 và xóm 7' (names).",
    "The headline 42 tỷ is a figure of its own (no period in the headline). Body: 'tăng 18,5% so với cùng kỳ năm 2023' its change;",
    "parts after 'Trong đó' (sentence break) take total 42 tỷ; their period is inherited. '17 công trình' after 'trong đó' is part of 23.",
    "'Từ đầu năm đến nay' runs to the dateline; 'Đến nay' is an as-of date (the dateline). 'từ 150 đến 250 chỗ ngồi' range; 'trên 1.000 m2' over.",
    "Commune list items (Công Thành …) are the places of their figures (location = commune, as in earlier probe sets); 'xã Tăng Thành' likewise.",
    "'đến cuối năm 2024 … phấn đấu' -> targets with an as-of end 2024-12-31; 'từ 85% trở lên' at_least.",
]

emit("p383-2", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Yên Thành")
