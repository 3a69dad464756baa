"""p766-4: Bộ LĐ-TB&XH ministry site — national picture of người khiếm thị, chữ nổi, dạy nghề."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Bảo trợ xã hội
Ngày đăng: 22/08/2024 | Lượt xem: 2.305

Cả nước có khoảng 2 triệu người khiếm thị, hơn 40% chưa biết chữ nổi

Ngày 21/8, tại Hà Nội, Cục Bảo trợ xã hội phối hợp với Trung ương Hội Người mù Việt Nam tổ chức hội thảo đánh giá kết quả hỗ trợ người khiếm thị giai đoạn 2019-2023.

Theo số liệu của Hội, cả nước hiện có khoảng 2 triệu người khiếm thị, trong đó khoảng 400.000 người mù hoàn toàn. Hội Người mù Việt Nam có 63/63 hội cấp tỉnh với 98.750 hội viên, tăng 3,2% so với năm 2019. Tuy vậy, hơn 40% người khiếm thị chưa biết chữ nổi; tỷ lệ trẻ em khiếm thị được đến trường mới đạt khoảng 65%.

Giai đoạn 2019-2023, Hội đã phối hợp dạy chữ nổi cho 12.480 lượt người, dạy nghề cho 8.760 người, trong đó nghề xoa bóp, bấm huyệt chiếm 72,5%. Tỷ lệ hội viên trong độ tuổi lao động có việc làm đạt 61%, cao hơn 6,5 điểm phần trăm so với năm 2019.

Nhà xuất bản Giáo dục Việt Nam đã in 1.142 đầu sách giáo khoa chữ nổi với gần 86.000 bản. Riêng năm 2023, kinh phí in sách chữ nổi là 14,7 tỷ đồng, tăng 1,8 lần so với năm 2019. Số bản sách chữ nổi phát hành năm 2023 gấp 2,5 lần năm 2019.

Hà Nội, TP Hồ Chí Minh và Thanh Hóa là các địa phương có số hội viên đông nhất, lần lượt 8.320, 7.915 và 6.480 người.

Mục tiêu đến năm 2030, 80% người khiếm thị được tiếp cận chữ nổi, 100% trẻ em khiếm thị trong độ tuổi đi học được cấp sách chữ nổi, mỗi năm dạy nghề và tạo việc làm cho ít nhất 5.000 người khiếm thị.

Liên hệ: Trung ương Hội Người mù Việt Nam, số 3 Tôn Thất Thiệp, Ba Đình, Hà Nội; ĐT: 024.3823.6582.
"""

GD = P("Giai đoạn 2019-2023", "2019-01-01", "2023-12-31")
Y23 = P("Riêng năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Cả nước có khoảng 2 triệu", "2", 2000000, "count", "người khiếm thị", "người khiếm thị cả nước", approx="about"),
    F("hơn 40% chưa biết chữ nổi", "40", 40, "percent", "%", "người khiếm thị chưa biết chữ nổi", approx="over"),
    F("hiện có khoảng 2 triệu", "2", 2000000, "count", "người khiếm thị", "người khiếm thị cả nước", approx="about"),
    F("khoảng 400.000 người mù", "400.000", 400000, "count", "người mù", "người mù hoàn toàn", approx="about", total=2000000),
    F("có 63/63 hội", "63", 63, "count", "hội cấp tỉnh", "hội cấp tỉnh của Hội Người mù Việt Nam", total=63),
    F("với 98.750 hội viên", "98.750", 98750, "count", "hội viên", "hội viên Hội Người mù Việt Nam",
      change=CH("increase", 3.2, "%", "năm 2019")),
    F("hơn 40% người khiếm thị", "40", 40, "percent", "%", "người khiếm thị chưa biết chữ nổi", approx="over"),
    F("đạt khoảng 65%", "65", 65, "percent", "%", "tỷ lệ trẻ em khiếm thị được đến trường", approx="about"),
    F("cho 12.480 lượt người", "12.480", 12480, "count", "lượt người", "lượt người được dạy chữ nổi", GD),
    F("cho 8.760 người", "8.760", 8760, "count", "người", "người được dạy nghề", GD),
    F("chiếm 72,5%", "72,5", 72.5, "percent", "%", "nghề xoa bóp, bấm huyệt trong số người được dạy nghề", GD),
    F("đạt 61%", "61", 61, "percent", "%", "tỷ lệ hội viên trong độ tuổi lao động có việc làm",
      change=CH("increase", 6.5, "điểm phần trăm", "năm 2019")),
    F("in 1.142 đầu sách", "1.142", 1142, "count", "đầu sách giáo khoa chữ nổi", "đầu sách giáo khoa chữ nổi đã in"),
    F("gần 86.000 bản", "86.000", 86000, "count", "bản", "bản sách giáo khoa chữ nổi", approx="nearly"),
    F("là 14,7 tỷ đồng", "14,7", 14700000000, "money", "đồng", "kinh phí in sách chữ nổi", Y23,
      change=CH("increase", 1.8, "lần", "năm 2019")),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "số bản sách chữ nổi phát hành năm 2023 so với năm 2019", Y23b),
    F("lần lượt 8.320", "8.320", 8320, "count", "người", "số hội viên", location="Hà Nội"),
    F("8.320, 7.915", "7.915", 7915, "count", "người", "số hội viên", location="TP Hồ Chí Minh"),
    F("7.915 và 6.480", "6.480", 6480, "count", "người", "số hội viên", location="Thanh Hóa"),
    F("2030, 80% người khiếm thị", "80", 80, "percent", "%", "người khiếm thị được tiếp cận chữ nổi", TO30, status="target"),
    F("100% trẻ em khiếm thị", "100", 100, "percent", "%", "trẻ em khiếm thị trong độ tuổi đi học được cấp sách chữ nổi", TO30,
      status="target"),
    F("ít nhất 5.000 người khiếm thị", "5.000", 5000, "count", "người khiếm thị",
      "người khiếm thị được dạy nghề và tạo việc làm mỗi năm", TO30, approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (invented): Bộ LĐ-TB&XH, 'Ngày đăng: 22/08/2024 | Lượt xem: 2.305'; national figures, location Việt Nam.",
    "Distractors: 'Lượt xem', 'Ngày 21/8', 'giai đoạn 2019-2023' in the lead, 'số 3 Tôn Thất Thiệp', phone 024.3823.6582.",
    "'trong đó nghề xoa bóp, bấm huyệt chiếm 72,5%' names a part only by its share: a percent figure of its own, not the percent of 8.760.",
    "'tăng 1,8 lần so với năm 2019' after 14,7 tỷ is its change; 'gấp 2,5 lần năm 2019' standing alone as the claim is a multiple.",
    "'lần lượt 8.320, 7.915 và 6.480 người': provinces go to location, subject is the list's indicator. 'hiện có' sentences carry no period.",
]

if __name__ == "__main__":
    emit("p766-4", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Việt Nam")
