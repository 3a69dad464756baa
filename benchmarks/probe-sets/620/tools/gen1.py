"""p620-1: province portal (Nghệ An), domestic and intercountry adoptions 2023."""
from lib import F, P, INH, YEAR, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Tư pháp - Hộ tịch

Nghệ An: Năm 2023 giải quyết 312 trường hợp nuôi con nuôi

Cập nhật: 15/01/2024 08:45 | Lượt xem: 1.274

(nghean.gov.vn) - Theo báo cáo của Sở Tư pháp, trong năm 2023, toàn tỉnh đã đăng ký nuôi con nuôi cho 312 trẻ em, tăng 8,7% so với năm 2022. Trong đó, nuôi con nuôi trong nước 297 trường hợp, chiếm 95,2%; nuôi con nuôi có yếu tố nước ngoài 15 trường hợp.

Các địa phương có nhiều trường hợp đăng ký nuôi con nuôi trong nước là thành phố Vinh (41 trường hợp), huyện Quỳnh Lưu (33 trường hợp), huyện Diễn Châu (28 trường hợp) và thị xã Hoàng Mai (19 trường hợp). Phần lớn là cha dượng, mẹ kế nhận con riêng của vợ hoặc chồng, ông bà, cô, dì, chú, bác nhận cháu làm con nuôi, chiếm khoảng 68%.

Đối với nuôi con nuôi nước ngoài, trẻ em chủ yếu được giải quyết cho công dân thường trú tại Italia, Pháp, Hoa Kỳ và Tây Ban Nha; 11/15 trẻ em là trẻ có nhu cầu chăm sóc đặc biệt (bệnh tim bẩm sinh, khuyết tật vận động...). Lệ phí đăng ký nuôi con nuôi nước ngoài nộp ngân sách nhà nước đạt hơn 135 triệu đồng.

Tính đến ngày 31/12/2023, toàn tỉnh có 4 cơ sở nuôi dưỡng được cấp phép giới thiệu trẻ em làm con nuôi nước ngoài, đang chăm sóc 187 trẻ em, trong đó 23 trẻ em dưới 5 tuổi.

Năm 2024, Sở Tư pháp phấn đấu 100% hồ sơ nuôi con nuôi được giải quyết đúng hạn, đồng thời tập huấn nghiệp vụ cho khoảng 480 công chức tư pháp - hộ tịch cấp xã.

Mọi thông tin xin liên hệ Phòng Hành chính tư pháp, Sở Tư pháp, số 15 đường Trường Thi, thành phố Vinh; điện thoại: 0238.3844.560.
"""

Y23 = YEAR(2023)
Y23h = YEAR(2023, "Năm 2023")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = YEAR(2024, "Năm 2024")

FIGS = [
    F("giải quyết 312 trường hợp", "312", 312, "count", "trường hợp", "trường hợp nuôi con nuôi được giải quyết", Y23h),
    F("cho 312 trẻ em", "312", 312, "count", "trẻ em", "trẻ em được đăng ký nuôi con nuôi", Y23,
      change=CH("increase", 8.7, baseline="năm 2022")),
    F("trong nước 297 trường hợp", "297", 297, "count", "trường hợp", "nuôi con nuôi trong nước", INH(Y23),
      total=312, percent=95.2),
    F("nước ngoài 15 trường hợp", "15", 15, "count", "trường hợp", "nuôi con nuôi có yếu tố nước ngoài", INH(Y23),
      total=312),
    F("Vinh (41 trường hợp)", "41", 41, "count", "trường hợp", "trường hợp đăng ký nuôi con nuôi trong nước", INH(Y23),
      location="Vinh"),
    F("Quỳnh Lưu (33 trường hợp)", "33", 33, "count", "trường hợp", "trường hợp đăng ký nuôi con nuôi trong nước", INH(Y23),
      location="Quỳnh Lưu"),
    F("Diễn Châu (28 trường hợp)", "28", 28, "count", "trường hợp", "trường hợp đăng ký nuôi con nuôi trong nước", INH(Y23),
      location="Diễn Châu"),
    F("Hoàng Mai (19 trường hợp)", "19", 19, "count", "trường hợp", "trường hợp đăng ký nuôi con nuôi trong nước", INH(Y23),
      location="Hoàng Mai"),
    F("chiếm khoảng 68%", "68", 68, "percent", "%",
      "cha dượng, mẹ kế nhận con riêng, ông bà, cô, dì, chú, bác nhận cháu làm con nuôi", INH(Y23), approx="about"),
    F("11/15 trẻ em", "11", 11, "count", "trẻ em", "trẻ em làm con nuôi nước ngoài có nhu cầu chăm sóc đặc biệt", INH(Y23),
      total=15),
    F("hơn 135 triệu đồng", "135", 135e6, "money", "đồng", "lệ phí đăng ký nuôi con nuôi nước ngoài nộp ngân sách nhà nước",
      INH(Y23), approx="over"),
    F("có 4 cơ sở nuôi dưỡng", "4", 4, "count", "cơ sở nuôi dưỡng",
      "cơ sở nuôi dưỡng được cấp phép giới thiệu trẻ em làm con nuôi nước ngoài", ASOF),
    F("chăm sóc 187 trẻ em", "187", 187, "count", "trẻ em", "trẻ em đang được chăm sóc tại cơ sở nuôi dưỡng", ASOF),
    F("trong đó 23 trẻ em", "23", 23, "count", "trẻ em", "trẻ em dưới 5 tuổi tại cơ sở nuôi dưỡng", ASOF, total=187),
    F("dưới 5 tuổi", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("phấn đấu 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ nuôi con nuôi được giải quyết đúng hạn", Y24,
      status="target"),
    F("khoảng 480 công chức", "480", 480, "count", "công chức", "công chức tư pháp - hộ tịch cấp xã được tập huấn nghiệp vụ",
      Y24, approx="about", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An (invented): nuôi con nuôi năm 2023 — domestic and intercountry adoptions, districts, care facilities.",
    "Distractors: Lượt xem: 1.274, dateline, phone 0238.3844.560, address số 15 đường Trường Thi, year 2022 as baseline.",
    "Foreign receiving countries are not places. '11/15' gives total 15 (15 itself is the whole, not a figure). 'dưới 5 tuổi' optional.",
    "phấn đấu governs its clause and the 'đồng thời' clause that continues it (480 is target).",
]

if __name__ == "__main__":
    emit("p620-1", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Nghệ An")
