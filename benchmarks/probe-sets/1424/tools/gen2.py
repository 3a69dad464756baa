"""p1424-2: district portal (huyện Quỳ Hợp, Nghệ An): tin ore mining, budget, restoration, illegal mining, 6 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲ HỢP
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

Quỳ Hợp siết chặt quản lý khai thác quặng thiếc

20/06/2024 - 10:25

Trên địa bàn huyện hiện có 9 mỏ quặng thiếc được cấp phép khai thác, tập trung tại các xã Châu Hồng, Châu Tiến, Châu Thành và Liên Hợp, tổng diện tích khoảng 486 ha. 6 tháng đầu năm 2024, các doanh nghiệp khai thác được 1.150 tấn quặng tinh thiếc, bằng 47,9% kế hoạch năm, tăng 210 tấn so với cùng kỳ năm 2023.

Công ty TNHH Khoáng sản Bản Poòng là đơn vị có sản lượng lớn nhất với 420 tấn, trong đó 265 tấn quặng tinh đạt hàm lượng trên 70% Sn. Công ty vận hành hai xưởng tuyển, mỗi xưởng công suất 25 tấn/giờ, giải quyết việc làm cho 186 lao động địa phương.

Nộp ngân sách của các doanh nghiệp khai khoáng 6 tháng ước đạt 38,6 tỷ đồng, chiếm 31,4% tổng thu ngân sách trên địa bàn huyện.

Tính đến ngày 15/6/2024, các doanh nghiệp đã ký quỹ cải tạo, phục hồi môi trường 27,4 tỷ đồng, hoàn nguyên 58 ha đất sau khai thác và trồng mới hơn 40 nghìn cây keo, xoan.

Từ đầu năm đến nay, Tổ công tác liên ngành của huyện đã tổ chức 17 đợt kiểm tra, phát hiện 12 vụ khai thác, vận chuyển quặng trái phép, tạm giữ 5 máy xúc, 3 xe ben Howo 371 và khoảng 46 tấn quặng thiếc chưa qua tuyển; xử phạt vi phạm hành chính 315 triệu đồng.

Trong 6 tháng cuối năm, huyện dự kiến hoàn nguyên thêm từ 20 đến 25 ha; phấn đấu cả năm đạt 2.400 tấn quặng tinh thiếc.

Nguồn: Phòng Tài nguyên và Môi trường huyện

Tin khác:
- Quỳ Hợp triển khai Chỉ thị số 03-CT/TU về phòng cháy, chữa cháy rừng
- Hội nghị sơ kết công tác quý II

Địa chỉ: Khối 6, thị trấn Quỳ Hợp, huyện Quỳ Hợp, tỉnh Nghệ An | Điện thoại: 0238.3883.125
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = period("6 tháng", "2024-01-01", "2024-06-30")
ASOF = period("Tính đến ngày 15/6/2024", None, "2024-06-15")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-06-20")
H2 = period("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 9 mỏ", "9", 9, "count", "mỏ", "mỏ quặng thiếc được cấp phép khai thác"),
    F("khoảng 486 ha", "486", 486, "measure", "ha", "tổng diện tích mỏ quặng thiếc", approx="about"),
    F("được 1.150 tấn", "1.150", 1150, "measure", "tấn", "quặng tinh thiếc các doanh nghiệp khai thác được", H1,
      percent=47.9, change=change("increase", 210, "tấn", "cùng kỳ năm 2023")),
    F("với 420 tấn", "420", 420, "measure", "tấn", "sản lượng của Công ty TNHH Khoáng sản Bản Poòng", inherit(H1)),
    F("trong đó 265 tấn", "265", 265, "measure", "tấn", "quặng tinh đạt hàm lượng trên 70% Sn", inherit(H1),
      total=420),
    F("trên 70% Sn", "70", 70, "percent", "%", "hàm lượng Sn của quặng tinh", approx="over"),
    F("hai xưởng", "hai", 2, "count", "xưởng tuyển", "xưởng tuyển công ty vận hành"),
    F("25 tấn/giờ", "25", 25, "measure", "tấn/giờ", "công suất mỗi xưởng tuyển"),
    F("cho 186 lao động", "186", 186, "count", "lao động", "lao động địa phương được giải quyết việc làm"),
    F("ước đạt 38,6 tỷ", "38,6", 38.6e9, "money", "đồng", "nộp ngân sách của các doanh nghiệp khai khoáng", H1s,
      percent=31.4, status="estimate"),
    F("môi trường 27,4 tỷ", "27,4", 27.4e9, "money", "đồng", "ký quỹ cải tạo, phục hồi môi trường", ASOF),
    F("hoàn nguyên 58 ha", "58", 58, "measure", "ha", "đất sau khai thác được hoàn nguyên", ASOF),
    F("hơn 40 nghìn cây", "40", 40000, "count", "cây", "cây keo, xoan trồng mới", ASOF, approx="over"),
    F("tổ chức 17 đợt", "17", 17, "count", "đợt", "đợt kiểm tra của Tổ công tác liên ngành", YTD),
    F("phát hiện 12 vụ", "12", 12, "count", "vụ", "vụ khai thác, vận chuyển quặng trái phép", YTD),
    F("tạm giữ 5 máy xúc", "5", 5, "count", "máy xúc", "máy xúc bị tạm giữ", YTD),
    F("3 xe ben", "3", 3, "count", "xe ben", "xe ben bị tạm giữ", YTD),
    F("khoảng 46 tấn", "46", 46, "measure", "tấn", "quặng thiếc chưa qua tuyển bị tạm giữ", YTD, approx="about"),
    F("hành chính 315 triệu", "315", 315e6, "money", "đồng", "xử phạt vi phạm hành chính", YTD),
    F("từ 20 đến 25 ha", "20", 20, "measure", "ha", "diện tích hoàn nguyên thêm", H2, value_max=25,
      status="forecast"),
    F("đạt 2.400 tấn", "2.400", 2400, "measure", "tấn", "sản lượng quặng tinh thiếc cả năm", YEAR, status="target"),
]

NOTES = [
    "District portal (huyện Quỳ Hợp, Nghệ An): banner naming the district, '20/06/2024 - 10:25' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:25, 'Howo 371' (truck model), Chỉ thị số 03-CT/TU, 'quý II' in a link title, 'Khối 6', phone 0238.3883.125.",
    "Location: the district (banner, 'huyện') for every figure; communes are not a location level.",
    "420 tấn and its part 265 tấn ('trong đó') take the 6-month period from the previous sentence (inherited).",
    "'trên 70% Sn' is the grade of the 265 tấn: a percent figure (over), no period of its own.",
    "'tăng 210 tấn so với cùng kỳ năm 2023' is a change in tấn; 'bằng 47,9% kế hoạch năm' a percent attribute.",
    "'Tính đến ngày 15/6/2024' is an as-of date for the three restoration figures; 'Từ đầu năm đến nay' ends at 2024-06-20.",
    "Last sentence: 'dự kiến' governs the first clause (forecast, 6 tháng cuối năm), 'phấn đấu cả năm' the second (target).",
]

if __name__ == "__main__":
    write("p1424-2", TEXT, NOTES, FIGS, published="2024-06-20", location="Quỳ Hợp")
