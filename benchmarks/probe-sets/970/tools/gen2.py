"""p970-2: Krông Pắc district portal (Đắk Lắk), 9 months 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Trang chủ > Tin hoạt động > Tư pháp
Krông Pắc nâng cao chất lượng hòa giải ở cơ sở
Ngày đăng: 12/10/2023 | Người đăng: Phòng Tư pháp

Toàn huyện Krông Pắc hiện có 187 tổ hòa giải tại 16 xã, thị trấn với 1.296 hòa giải viên, trong đó 412 hòa giải viên là nữ, 305 hòa giải viên là người đồng bào dân tộc thiểu số.

9 tháng năm 2023, các tổ hòa giải trên địa bàn huyện đã tiếp nhận 342 vụ việc, giảm 28 vụ việc so với cùng kỳ; hòa giải thành 291 vụ việc (đạt 85,1%), hòa giải không thành 37 vụ việc, đang hòa giải 14 vụ việc. Các xã có nhiều vụ việc là Ea Phê (38 vụ việc), Ea Kly (31 vụ việc) và Krông Búk (27 vụ việc); riêng xã Ea Uy không phát sinh vụ việc nào.

Điển hình, tổ hòa giải thôn 3, xã Ea Kênh đã hòa giải thành vụ tranh chấp ranh giới đất giữa 2 hộ gia đình với diện tích tranh chấp khoảng 120 m2, kéo dài hơn 5 năm.

Từ đầu năm đến nay, Phòng Tư pháp đã tổ chức 6 lớp tập huấn cho 428 lượt hòa giải viên, đạt 107% kế hoạch năm. Năm 2023, UBND huyện bố trí 96 triệu đồng hỗ trợ hoạt động hòa giải, bình quân khoảng 500.000 đồng/tổ hòa giải.

Quý IV/2023, Phòng Tư pháp dự kiến tổ chức 2 hội nghị tập huấn cho khoảng 350 hòa giải viên tại các xã dọc Quốc lộ 26. Huyện phấn đấu đến cuối năm 2023, tỷ lệ hòa giải thành đạt từ 85% trở lên; 100% hòa giải viên được bồi dưỡng nghiệp vụ.

Phòng Tư pháp huyện Krông Pắc - Điện thoại: 0262.3521.107
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-12")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("Quý IV/2023", "2023-10-01", "2023-12-31")
END23 = P("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("có 187 tổ hòa giải", "187", 187, "count", "tổ hòa giải", "tổ hòa giải"),
    F("tại 16 xã, thị trấn", "16", 16, "count", "xã, thị trấn", "xã, thị trấn có tổ hòa giải"),
    F("với 1.296 hòa giải viên", "1.296", 1296, "count", "hòa giải viên", "hòa giải viên"),
    F("412 hòa giải viên là nữ", "412", 412, "count", "hòa giải viên", "hòa giải viên nữ", total=1296),
    F("305 hòa giải viên", "305", 305, "count", "hòa giải viên",
      "hòa giải viên người đồng bào dân tộc thiểu số", total=1296),
    F("tiếp nhận 342 vụ việc", "342", 342, "count", "vụ việc", "vụ việc các tổ hòa giải tiếp nhận", M9,
      change=C("decrease", 28, "vụ việc", "cùng kỳ")),
    F("thành 291 vụ việc", "291", 291, "count", "vụ việc", "vụ việc hòa giải thành", M9, percent=85.1),
    F("không thành 37 vụ việc", "37", 37, "count", "vụ việc", "vụ việc hòa giải không thành", M9),
    F("đang hòa giải 14 vụ việc", "14", 14, "count", "vụ việc", "vụ việc đang hòa giải", M9),
    F("Ea Phê (38 vụ việc)", "38", 38, "count", "vụ việc", "vụ việc tiếp nhận xã Ea Phê", I(M9)),
    F("Ea Kly (31 vụ việc)", "31", 31, "count", "vụ việc", "vụ việc tiếp nhận xã Ea Kly", I(M9)),
    F("Krông Búk (27 vụ việc)", "27", 27, "count", "vụ việc", "vụ việc tiếp nhận xã Krông Búk", I(M9)),
    F("giữa 2 hộ gia đình", "2", 2, "count", "hộ gia đình", "hộ gia đình tranh chấp ranh giới đất", optional=True),
    F("khoảng 120 m2", "120", 120, "measure", "m2", "diện tích đất tranh chấp", approx="about", optional=True),
    F("hơn 5 năm", "5", 5, "measure", "năm", "thời gian kéo dài vụ tranh chấp", approx="over", optional=True),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn hòa giải viên", YTD),
    F("cho 428 lượt", "428", 428, "count", "lượt hòa giải viên", "lượt hòa giải viên được tập huấn", YTD,
      percent=107),
    F("bố trí 96 triệu đồng", "96", 96e6, "money", "đồng", "kinh phí hỗ trợ hoạt động hòa giải", Y23),
    F("khoảng 500.000 đồng/tổ", "500.000", 500000, "money", "đồng/tổ hòa giải",
      "kinh phí hỗ trợ hoạt động hòa giải bình quân mỗi tổ", Y23, approx="about"),
    F("tổ chức 2 hội nghị", "2", 2, "count", "hội nghị", "hội nghị tập huấn", Q4, status="forecast"),
    F("khoảng 350 hòa giải viên", "350", 350, "count", "hòa giải viên", "hòa giải viên được tập huấn", Q4,
      approx="about", status="forecast"),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ hòa giải thành", END23, approx="at_least",
      status="target"),
    F("100% hòa giải viên", "100", 100, "percent", "%", "hòa giải viên được bồi dưỡng nghiệp vụ", END23,
      status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk): hòa giải ở cơ sở 9 tháng năm 2023.",
    "Location is the district Krông Pắc throughout; communes (Ea Phê, Ea Kly, Krông Búk) are below the spec's",
    "province/city/district level, so the commune name stays in the subject and the location is the district.",
    "The commune list is a ranking that does not add up to 342: no total.",
    "'đạt 107% kế hoạch năm' is the share (percent) of 428; 'từ 85% trở lên' = at_least.",
    "Example case (2 hộ, 120 m2, hơn 5 năm) is an example's specification: optional.",
    "'thôn 3', 'Quốc lộ 26', the phone number are not figures.",
]

write_set(2, TEXT, FIGS, NOTES, published="2023-10-12", location="Krông Pắc")
