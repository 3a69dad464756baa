"""p1130-4: ministry site (Bộ NN&PTNT), national su su and highland vegetables, 9 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt

Phát triển su su, rau vùng cao gắn với giảm nghèo bền vững

Ngày đăng: 09/10/2023 | Lượt xem: 1.865

Theo Cục Trồng trọt, tính đến tháng 9/2023, cả nước có khoảng 8.300 ha su su, sản lượng hơn 210.000 tấn/năm. Diện tích tập trung ở Lâm Đồng, Lào Cai, Nghệ An và Vĩnh Phúc với lần lượt 2.900 ha, 1.150 ha, 410 ha và 320 ha.

Tại 14 tỉnh trung du và miền núi phía Bắc, diện tích rau vùng cao (su su, cải mèo, rau ngót rừng, đậu Hà Lan…) 9 tháng năm 2023 ước đạt 98.500 ha, chiếm khoảng 10% diện tích rau cả nước. Giá trị sản xuất bình quân đạt 150-200 triệu đồng/ha/năm, cá biệt có mô hình trên 500 triệu đồng/ha.

Xuất khẩu su su sang Đài Loan (Trung Quốc), Hàn Quốc 9 tháng đạt 4,2 triệu USD, tăng 18% so với cùng kỳ. Cả nước đã cấp 126 mã số vùng trồng rau vùng cao phục vụ xuất khẩu, trong đó 31 mã số cho su su.

Cả nước hiện có 58 sản phẩm OCOP từ su su, rau vùng cao, trong đó 11 sản phẩm đạt 4 sao. Thứ trưởng Trần Thanh Nam cho biết, giai đoạn 2021-2023, phát triển rau vùng cao đã góp phần giúp gần 9.000 hộ đồng bào dân tộc thiểu số thoát nghèo.

Theo Đề án phát triển rau an toàn vùng cao đến năm 2030, Bộ đặt mục tiêu đến năm 2025 có ít nhất 30% diện tích rau vùng cao sản xuất theo VietGAP hoặc hữu cơ, đến năm 2030 đạt 50%.

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội | Điện thoại: 024.3846.8161
"""

ASOF = P("tính đến tháng 9/2023", None, "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M9B = P("9 tháng", "2023-01-01", "2023-09-30")
G2123 = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích su su"

FIGS = [
    F("khoảng 8.300 ha", "8.300", 8300, "measure", "ha", approx="about", subject=AREA, period=ASOF),
    F("hơn 210.000 tấn/năm", "210.000", 210000, "measure", "tấn/năm", approx="over",
      subject="sản lượng su su", period=ASOF),
    F("lần lượt 2.900 ha", "2.900", 2900, "measure", "ha", subject=AREA, period=I(ASOF), location="Lâm Đồng"),
    F("1.150 ha", "1.150", 1150, "measure", "ha", subject=AREA, period=I(ASOF), location="Lào Cai"),
    F("410 ha", "410", 410, "measure", "ha", subject=AREA, period=I(ASOF), location="Nghệ An"),
    F("320 ha", "320", 320, "measure", "ha", subject=AREA, period=I(ASOF), location="Vĩnh Phúc"),
    F("Tại 14 tỉnh", "14", 14, "count", "tỉnh", subject="tỉnh trung du và miền núi phía Bắc"),
    F("ước đạt 98.500 ha", "98.500", 98500, "measure", "ha", percent=10, status="estimate",
      subject="diện tích rau vùng cao", period=M9),
    F("đạt 150-200 triệu", "150", 150e6, "money", "đồng/ha/năm", value_max=200e6,
      subject="giá trị sản xuất bình quân rau vùng cao", period=I(M9)),
    F("trên 500 triệu", "500", 500e6, "money", "đồng/ha", approx="over",
      subject="giá trị sản xuất của mô hình rau vùng cao cá biệt", period=I(M9)),
    F("đạt 4,2 triệu USD", "4,2", 4.2e6, "money", "USD", change=C("increase", 18, "%", "cùng kỳ"),
      subject="xuất khẩu su su sang Đài Loan (Trung Quốc), Hàn Quốc", period=M9B),
    F("cấp 126 mã số", "126", 126, "count", "mã số vùng trồng",
      subject="mã số vùng trồng rau vùng cao phục vụ xuất khẩu"),
    F("31 mã số", "31", 31, "count", "mã số", total=126, subject="mã số vùng trồng cho su su"),
    F("có 58 sản phẩm", "58", 58, "count", "sản phẩm", subject="sản phẩm OCOP từ su su, rau vùng cao"),
    F("11 sản phẩm", "11", 11, "count", "sản phẩm", total=58, subject="sản phẩm OCOP từ su su, rau vùng cao đạt 4 sao"),
    F("đạt 4 sao", "4", 4, "rank", "sao", optional=True, subject="hạng sao OCOP"),
    F("gần 9.000 hộ", "9.000", 9000, "count", "hộ", approx="nearly",
      subject="hộ đồng bào dân tộc thiểu số thoát nghèo nhờ phát triển rau vùng cao", period=G2123),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ diện tích rau vùng cao sản xuất theo VietGAP hoặc hữu cơ", period=TO25),
    F("đạt 50%", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ diện tích rau vùng cao sản xuất theo VietGAP hoặc hữu cơ", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT), national: default location Việt Nam. 'Ngày đăng: 09/10/2023 | Lượt xem: 1.865'; address and phone footer.",
    "'lần lượt' list: each province's area is a figure with the list's indicator; the province goes to location. The four do not make the whole: no total.",
    "'14 tỉnh trung du và miền núi phía Bắc' is a region of Việt Nam: location Việt Nam. 'chiếm khoảng 10%' → percent attribute of 98.500 ha.",
    "Trade partners (Đài Loan (Trung Quốc), Hàn Quốc) are not places of the export figure: Việt Nam. Year-less '9 tháng' takes 2023.",
    "'đến năm 2025' / 'đến năm 2030' targets: start null. 'Đề án … đến năm 2030' (a name), 'Số 2 Ngọc Hà', phone, counter: not figures.",
    "'đạt 4 sao' (an OCOP rating) is optional; '11 sản phẩm' after 'trong đó' is part of the 58.",
]

if __name__ == "__main__":
    write("p1130-4", TEXT, NOTES, FIGS, published="2023-10-09", location="Việt Nam")
