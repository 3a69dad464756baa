"""p476-8: commune portal (xã Tân Hòa, huyện Phú Bình, Thái Nguyên), closing of a tea-growing vocational class."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HÒA - HUYỆN PHÚ BÌNH
Trang chủ > Tin tức - Sự kiện
Đăng ngày: 22/05/2024 | Lượt xem: 214

Bế giảng lớp đào tạo nghề trồng và chăm sóc chè cho 35 học viên

Ngày 21/5, tại Nhà văn hóa xóm Tân Thành 2, UBND xã phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Phú Bình tổ chức bế giảng lớp đào tạo nghề "Kỹ thuật trồng và chăm sóc chè an toàn" cho lao động nông thôn.

Lớp học khai giảng ngày 20/2/2024 với 35 học viên, trong đó 21 học viên là nữ, 6 học viên thuộc hộ nghèo, hộ cận nghèo. Sau 3 tháng học tập, 33/35 học viên đủ điều kiện được cấp chứng chỉ sơ cấp. Tổng kinh phí lớp học là 86,4 triệu đồng từ nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới; học viên được hỗ trợ tiền ăn 30.000 đồng/người/ngày thực học.

Hiện toàn xã có 418,5 ha chè, năng suất bình quân đạt 125 tạ/ha, giá trị thu được khoảng 180 triệu đồng/ha/năm. Sau học nghề, nhiều hộ đã chuyển sang sản xuất chè theo tiêu chuẩn VietGAP với diện tích 46 ha, tăng 12 ha so với năm 2023.

Từ năm 2021 đến nay, xã đã phối hợp mở 9 lớp đào tạo nghề với 296 học viên. Tỷ lệ lao động qua đào tạo của xã hiện đạt 71,5%. Năm 2023, thu nhập bình quân đầu người của xã đạt 62,5 triệu đồng/người/năm, tăng 4,7 triệu đồng so với năm 2022.

Xã phấn đấu đến năm 2025 có 80% lao động trong độ tuổi qua đào tạo, thu nhập bình quân đầu người đạt 70 triệu đồng/người/năm.

UBND xã Tân Hòa - Điện thoại: 0208.3867.215
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-05-22")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("cho 35 học viên", "35", 35, "count", "học viên", "học viên lớp đào tạo nghề trồng và chăm sóc chè"),
    F("với 35 học viên", "35", 35, "count", "học viên", "học viên lớp đào tạo nghề"),
    F("21 học viên", "21", 21, "count", "học viên", "học viên là nữ", total=35),
    F("nữ, 6 học viên", "6", 6, "count", "học viên", "học viên thuộc hộ nghèo, hộ cận nghèo", total=35),
    F("33/35", "33", 33, "count", "học viên", "học viên đủ điều kiện được cấp chứng chỉ sơ cấp", total=35),
    F("là 86,4 triệu đồng", "86,4", 86.4e6, "money", "đồng", "tổng kinh phí lớp học"),
    F("ăn 30.000 đồng", "30.000", 30000, "money", "đồng/người/ngày", "tiền ăn hỗ trợ học viên"),
    F("có 418,5 ha", "418,5", 418.5, "measure", "ha", "diện tích chè"),
    F("đạt 125 tạ/ha", "125", 125, "measure", "tạ/ha", "năng suất chè bình quân"),
    F("khoảng 180 triệu", "180", 180e6, "money", "đồng/ha/năm", "giá trị thu được từ chè", approx="about"),
    F("diện tích 46 ha", "46", 46, "measure", "ha", "diện tích chè sản xuất theo tiêu chuẩn VietGAP",
      change=CH("increase", 12, "ha", baseline="năm 2023")),
    F("mở 9 lớp", "9", 9, "count", "lớp", "lớp đào tạo nghề", SINCE),
    F("với 296 học viên", "296", 296, "count", "học viên", "học viên các lớp đào tạo nghề", SINCE),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ lao động qua đào tạo của xã"),
    F("đạt 62,5 triệu", "62,5", 62.5e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người", Y23,
      change=CH("increase", 4.7e6, "đồng", baseline="năm 2022")),
    F("có 80% lao động", "80", 80, "percent", "%", "lao động trong độ tuổi qua đào tạo", Y25, status="target"),
    F("đạt 70 triệu", "70", 70e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Tân Hòa (huyện Phú Bình, Thái Nguyên): bế giảng lớp đào tạo nghề trồng chè, 22/05/2024; commune portal.",
    "A commune is below the spec's province/city/district level, so the location is the district, Phú Bình.",
    "'Sau 3 tháng học tập' only places the result in time: not a figure. 'Từ năm 2021 đến nay' ends at the dateline.",
    "Headline and body both state 35 học viên: two figures. 'tăng 4,7 triệu đồng' is the change of the income (multiplier applied).",
    "Distractors: xóm Tân Thành 2, 'Ngày 21/5', 'ngày 20/2/2024', Lượt xem: 214, phone 0208.3867.215.",
]

if __name__ == "__main__":
    emit("p476-8", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Phú Bình")
