"""p1393-2: district portal (huyện Côn Đảo, Bà Rịa - Vũng Tàu), reservoirs and water supply in the dry season."""
from lib import F, asof, inherit, period, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔN ĐẢO
Tỉnh Bà Rịa - Vũng Tàu
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thông báo | Hỏi đáp

Chủ động nguồn nước sinh hoạt mùa khô năm 2024

Ngày đăng: 22/04/2024 - 08:45

Theo Ban Quản lý công trình cấp nước Côn Đảo, tính đến ngày 15/4/2024, tổng dung tích nước còn lại trong 3 hồ chứa chính khoảng 412.000 m3, bằng 58% dung tích thiết kế. Trong đó, hồ An Hải còn 265.000 m3, hồ Quang Trung 1 còn 98.000 m3 và hồ Quang Trung 2 còn 49.000 m3.

Hiện Nhà máy nước Côn Đảo khai thác bình quân 2.900 m3/ngày đêm, trong đó nước từ hồ chứa chiếm khoảng 70%, phần còn lại lấy từ 14 giếng khoan và hệ thống lọc nước biển công suất 500 m3/ngày đêm. Từ đầu năm đến nay, đơn vị đã khắc phục 37 sự cố rò rỉ, vỡ đường ống.

Côn Đảo hiện đón bình quân 1.500 lượt khách/ngày. Dự báo trong tháng 5/2024, nhu cầu nước sinh hoạt của người dân, lực lượng vũ trang và khách du lịch lên đến 3.200 m3/ngày đêm. Để bù thiếu hụt, UBND huyện đã cấp 2,5 tỷ đồng cho Ban Quản lý vận hành thêm 2 modul lọc nước biển; các cơ sở lưu trú phấn đấu tiết kiệm từ 10 đến 15% lượng nước sử dụng.

Mục tiêu đến năm 2025, Côn Đảo nâng tổng công suất cấp nước lên 6.000 m3/ngày đêm, tỷ lệ thất thoát nước giảm xuống dưới 18%.

Văn phòng HĐND và UBND huyện Côn Đảo
Địa chỉ: Số 28 Tôn Đức Thắng, khu dân cư số 3, Côn Đảo
Điện thoại: 0254.3830.165 | Đang truy cập: 24
"""

APR15 = asof("tính đến ngày 15/4/2024", "2024-04-15")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-04-22")
MAY = period("tháng 5/2024", "2024-05-01", "2024-05-31")
TO25 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    F("trong 3 hồ chứa", "3", 3, "count", "hồ chứa", "hồ chứa chính"),
    F("khoảng 412.000 m3", "412.000", 412000, "measure", "m3", "tổng dung tích nước còn lại trong 3 hồ chứa chính",
      APR15, approx="about", percent=58),
    F("còn 265.000 m3", "265.000", 265000, "measure", "m3", "dung tích nước còn lại hồ An Hải", inherit(APR15),
      total=412000),
    F("còn 98.000 m3", "98.000", 98000, "measure", "m3", "dung tích nước còn lại hồ Quang Trung 1", inherit(APR15),
      total=412000),
    F("còn 49.000 m3", "49.000", 49000, "measure", "m3", "dung tích nước còn lại hồ Quang Trung 2", inherit(APR15),
      total=412000),
    F("quân 2.900 m3", "2.900", 2900, "measure", "m3/ngày đêm", "nước Nhà máy nước Côn Đảo khai thác bình quân"),
    F("khoảng 70%", "70", 70, "percent", "%", "tỷ trọng nước từ hồ chứa trong nước khai thác", approx="about"),
    F("14 giếng khoan", "14", 14, "count", "giếng khoan", "giếng khoan"),
    F("suất 500 m3", "500", 500, "measure", "m3/ngày đêm", "công suất hệ thống lọc nước biển"),
    F("37 sự cố", "37", 37, "count", "sự cố", "sự cố rò rỉ, vỡ đường ống đã khắc phục", YTD),
    F("quân 1.500 lượt", "1.500", 1500, "measure", "lượt khách/ngày", "lượt khách Côn Đảo đón bình quân"),
    F("đến 3.200 m3", "3.200", 3200, "measure", "m3/ngày đêm", "nhu cầu nước sinh hoạt", MAY, status="forecast"),
    F("cấp 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", "kinh phí UBND huyện cấp cho Ban Quản lý vận hành thêm modul"),
    F("thêm 2 modul", "2", 2, "count", "modul", "modul lọc nước biển vận hành thêm"),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "lượng nước sử dụng các cơ sở lưu trú tiết kiệm", value_max=15,
      status="target"),
    F("lên 6.000 m3", "6.000", 6000, "measure", "m3/ngày đêm", "tổng công suất cấp nước", TO25, status="target"),
    F("dưới 18%", "18", 18, "percent", "%", "tỷ lệ thất thoát nước", TO25, approx="under", status="target"),
]

NOTES = [
    "District portal (huyện Côn Đảo): banner naming the district and province, menu, 'Ngày đăng: 22/04/2024 - 08:45', footer.",
    "Distractors: 'hồ Quang Trung 1', 'hồ Quang Trung 2', 'tháng 5/2024' as a period, 'Số 28 Tôn Đức Thắng', 'khu dân cư số 3',",
    "phone 0254.3830.165, 'Đang truy cập: 24'.",
    "Lake volumes after 'Trong đó' (sentence break) are parts of 412.000 m3 (265+98+49 = 412 nghìn) and inherit its as-of date.",
    "'trong đó nước từ hồ chứa chiếm khoảng 70%' has no amount of its own: a percent figure. 'Từ đầu năm đến nay' ends at the dateline.",
    "'phấn đấu' governs only its clause after ';' (10-15%); the 2,5 tỷ and 2 modul clause before it is actual.",
    "The count of lakes and the capacities are standing facts: no period.",
]

if __name__ == "__main__":
    write("p1393-2", TEXT, NOTES, FIGS, published="2024-04-22", location="Côn Đảo")
