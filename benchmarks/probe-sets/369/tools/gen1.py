from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK
Trang chủ > Kinh tế
Đắk Lắk có 163 mã số vùng trồng sầu riêng phục vụ xuất khẩu
Cập nhật: 14:25 | 18/10/2024 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, toàn tỉnh có 163 mã số vùng trồng sầu riêng phục vụ xuất khẩu, với tổng diện tích 7.512,6 ha; trong đó, 121 mã đã được Tổng cục Hải quan Trung Quốc (GACC) phê duyệt, chiếm 74,2%. Các vùng trồng tập trung chủ yếu tại huyện Krông Pắc (38 mã), Cư M'gar (27 mã), Ea Kar (19 mã) và Krông Năng (16 mã).

Đến nay, diện tích sầu riêng toàn tỉnh đạt khoảng 36.700 ha, tăng 4.250 ha so với năm 2023; diện tích cho thu hoạch trên 19.000 ha. Sản lượng sầu riêng năm 2024 ước đạt 350 nghìn tấn.

Công tác giám sát sau cấp mã được tăng cường. Từ đầu năm đến nay, Chi cục Trồng trọt và Bảo vệ thực vật đã kiểm tra 142 mã số vùng trồng và 45 cơ sở đóng gói; qua đó đề nghị thu hồi 9 mã số vùng trồng do không duy trì điều kiện theo quy định. Cũng trong 9 tháng năm 2024, phía Trung Quốc tạm dừng nhập khẩu đối với 3 mã số vùng trồng và 2 mã số cơ sở đóng gói của tỉnh do phát hiện cadimi vượt ngưỡng.

Toàn tỉnh hiện có 68 cơ sở đóng gói sầu riêng được cấp mã số, tăng 17 cơ sở so với cùng kỳ năm 2023, tổng công suất khoảng 1.200 tấn/ngày. Lũy kế 9 tháng, các doanh nghiệp trên địa bàn đã xuất khẩu 4.826 lô hàng sầu riêng tươi (tương đương 96,5 nghìn tấn), kim ngạch ước đạt 338 triệu USD.

Tỉnh phấn đấu đến năm 2025 có ít nhất 200 mã số vùng trồng sầu riêng với diện tích trên 10.000 ha và 80 cơ sở đóng gói đủ điều kiện xuất khẩu.

Thực hiện Công văn số 1765/BVTV-KD ngày 12/6/2024 của Cục Bảo vệ thực vật, tổ chức, cá nhân có nhu cầu đăng ký mã số liên hệ Chi cục Trồng trọt và BVTV tỉnh, số 47 Nguyễn Tất Thành, TP Buôn Ma Thuột; điện thoại 0262.3852.471.

Hoài Thương
"""

AS_OF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
AS_OF_I = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
NOW = P("Đến nay", None, "2024-10-18")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-18")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
LK9 = P("Lũy kế 9 tháng", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
MSVT = "mã số vùng trồng sầu riêng phục vụ xuất khẩu"

FIGS = [
    F("Đắk Lắk có 163 mã", "163", 163, "count", "mã số vùng trồng", MSVT, period=AS_OF_I),
    F("tỉnh có 163 mã", "163", 163, "count", "mã số vùng trồng", MSVT, period=AS_OF),
    F("tổng diện tích 7.512,6 ha", "7.512,6", 7512.6, "measure", "ha",
      "tổng diện tích mã số vùng trồng sầu riêng", period=AS_OF),
    F("121 mã đã", "121", 121, "count", "mã", total=163, percent=74.2,
      subject="mã số vùng trồng được Tổng cục Hải quan Trung Quốc (GACC) phê duyệt", period=AS_OF),
    F("Krông Pắc (38 mã)", "38", 38, "count", "mã", "mã số vùng trồng sầu riêng", period=AS_OF_I, location="Krông Pắc"),
    F("Cư M'gar (27 mã)", "27", 27, "count", "mã", "mã số vùng trồng sầu riêng", period=AS_OF_I, location="Cư M'gar"),
    F("Ea Kar (19 mã)", "19", 19, "count", "mã", "mã số vùng trồng sầu riêng", period=AS_OF_I, location="Ea Kar"),
    F("Krông Năng (16 mã)", "16", 16, "count", "mã", "mã số vùng trồng sầu riêng", period=AS_OF_I, location="Krông Năng"),
    F("khoảng 36.700 ha", "36.700", 36700, "measure", "ha", "diện tích sầu riêng toàn tỉnh", approx="about",
      change={"direction": "increase", "value": 4250, "unit": "ha", "baseline": "năm 2023"}, period=NOW),
    F("trên 19.000 ha", "19.000", 19000, "measure", "ha", "diện tích sầu riêng cho thu hoạch", approx="over", period=NOW),
    F("350 nghìn tấn", "350", 350000, "measure", "tấn", "sản lượng sầu riêng", status="estimate",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("kiểm tra 142 mã", "142", 142, "count", "mã số vùng trồng", "mã số vùng trồng được kiểm tra", period=YTD),
    F("và 45 cơ sở", "45", 45, "count", "cơ sở đóng gói", "cơ sở đóng gói được kiểm tra", period=YTD),
    F("thu hồi 9 mã", "9", 9, "count", "mã số vùng trồng", "mã số vùng trồng đề nghị thu hồi", period=YTD),
    F("đối với 3 mã", "3", 3, "count", "mã số vùng trồng",
      "mã số vùng trồng bị phía Trung Quốc tạm dừng nhập khẩu", period=M9),
    F("và 2 mã số cơ sở", "2", 2, "count", "mã số cơ sở đóng gói",
      "mã số cơ sở đóng gói bị phía Trung Quốc tạm dừng nhập khẩu", period=M9),
    F("có 68 cơ sở", "68", 68, "count", "cơ sở đóng gói", "cơ sở đóng gói sầu riêng được cấp mã số",
      change={"direction": "increase", "value": 17, "unit": "cơ sở", "baseline": "cùng kỳ năm 2023"}),
    F("khoảng 1.200 tấn/ngày", "1.200", 1200, "measure", "tấn/ngày", "tổng công suất cơ sở đóng gói", approx="about"),
    F("xuất khẩu 4.826 lô", "4.826", 4826, "count", "lô hàng", "lô hàng sầu riêng tươi xuất khẩu", period=LK9),
    F("tương đương 96,5 nghìn tấn", "96,5", 96500, "measure", "tấn", "sầu riêng tươi xuất khẩu", period=LK9),
    F("338 triệu USD", "338", 338000000, "money", "USD", "kim ngạch xuất khẩu sầu riêng", status="estimate", period=LK9),
    F("ít nhất 200 mã", "200", 200, "count", "mã số vùng trồng", "mã số vùng trồng sầu riêng",
      approx="at_least", status="target", period=T25),
    F("trên 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích mã số vùng trồng sầu riêng",
      approx="over", status="target", period=T25),
    F("và 80 cơ sở", "80", 80, "count", "cơ sở đóng gói", "cơ sở đóng gói đủ điều kiện xuất khẩu",
      status="target", period=T25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đắk Lắk (province portal): durian growing-area codes, packing facilities, suspensions, exports; 'Cập nhật: 14:25 | 18/10/2024 | Lượt xem: 2.316'.",
    "Distractors: view counter 2.316, 'Công văn số 1765/BVTV-KD ngày 12/6/2024', address 'số 47 Nguyễn Tất Thành', phone 0262.3852.471, date 30/9/2024.",
    "Headline count repeats the lead figure (annotated; its period stands only in the lead, inherited). District list items take the district as location.",
    "'121 mã …, chiếm 74,2%' after 'trong đó' following 163: total 163, percent 74.2. 'Đến nay' / 'Từ đầu năm đến nay' end at the dateline.",
    "'tương đương 96,5 nghìn tấn' is a figure of its own (a measure, not a share; cf. h01 'tương đương 1,488 triệu hồ sơ').",
    "'hiện có 68 cơ sở' and capacity: no period phrase, none given. Targets under 'phấn đấu đến năm 2025' are status target.",
]

if __name__ == "__main__":
    build(1, TEXT, COMMENTS, FIGS, published="2024-10-18", location="Đắk Lắk")
