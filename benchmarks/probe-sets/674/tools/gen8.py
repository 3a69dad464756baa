"""p674-8: commune portal (xã Hưng Mỹ) reposting district news — Cái Nước (Cà Mau): quý I/2024, rào chắn ao mương, lớp dạy bơi hè."""
from lib import F, P, I, CH, AGE, emit

TEXT = """Cổng thông tin điện tử xã Hưng Mỹ - huyện Cái Nước
Trang chủ » Tin tức » Tin huyện

Cái Nước: Hơn 6.300 hộ đã rào chắn ao, mương phòng đuối nước trẻ em

Ngày đăng: 24/04/2024 | 09:05 | Lượt xem: 326

Quý I/2024, trên địa bàn huyện Cái Nước xảy ra 2 vụ đuối nước làm 2 trẻ em tử vong, bằng cùng kỳ năm 2023. Cả hai em đều dưới 6 tuổi, bị ngã xuống ao, mương gần nhà khi người lớn không để ý.

Theo kết quả rà soát, tính đến ngày 31/3/2024, toàn huyện có 9.426 hộ gia đình có trẻ em dưới 16 tuổi sống gần ao, mương, kênh rạch; trong đó 6.318 hộ đã làm rào chắn, nắp đậy, đạt 67%. Huyện đặt chỉ tiêu năm 2024 có ít nhất 80% số hộ này hoàn thành rào chắn.

Mô hình "Ngôi nhà an toàn" được triển khai tại 11 xã, thị trấn với 1.240 hộ tham gia, mức hỗ trợ 1,5 triệu đồng/hộ để làm hàng rào, tổng kinh phí 1.860 triệu đồng từ ngân sách huyện và Quỹ Bảo trợ trẻ em tỉnh Cà Mau.

Từ đầu năm đến nay, huyện tổ chức 36 buổi tuyên truyền cho hơn 2.500 lượt phụ huynh, học sinh, tăng 12 buổi so với cùng kỳ.

Hè 2024, huyện dự kiến mở 24 lớp dạy bơi cho khoảng 720 trẻ em, lần lượt tại các xã Hưng Mỹ, Trần Thới và Đông Hưng với 10, 8 và 6 lớp. Theo thống kê, tỷ lệ trẻ em từ 6 đến 15 tuổi trong huyện biết bơi ước khoảng 41%, trong khi tỷ lệ chung của toàn tỉnh là 46,5%.

Trẻ em gặp nguy hiểm, người dân báo ngay cho Công an xã hoặc gọi 0290.3883.101 (UBND xã Hưng Mỹ, ấp 3).
"""

ASOF = P("tính đến ngày 31/3/2024", None, "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-24")

FIGS = [
    F("Hơn 6.300 hộ", "6.300", 6300, "count", "hộ", "hộ đã rào chắn ao, mương", approx="over"),
    F("ra 2 vụ", "2", 2, "count", "vụ", "vụ đuối nước", Q1),
    F("làm 2 trẻ em", "2", 2, "count", "trẻ em", "trẻ em tử vong do đuối nước", Q1),
    F("Cả hai em", "hai", 2, "count", "em", "trẻ em tử vong do đuối nước", optional=True),
    AGE("dưới 6 tuổi", "6", 6, approx="under"),
    F("có 9.426 hộ", "9.426", 9426, "count", "hộ gia đình", "hộ gia đình có trẻ em dưới 16 tuổi sống gần ao, mương, kênh rạch", ASOF),
    AGE("dưới 16 tuổi", "16", 16, approx="under"),
    F("trong đó 6.318 hộ", "6.318", 6318, "count", "hộ", "hộ đã làm rào chắn, nắp đậy", ASOF,
      total=9426, percent=67),
    F("ít nhất 80%", "80", 80, "percent", "%", "số hộ hoàn thành rào chắn",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
    F("tại 11 xã", "11", 11, "count", "xã, thị trấn", "xã, thị trấn triển khai mô hình \"Ngôi nhà an toàn\""),
    F("với 1.240 hộ", "1.240", 1240, "count", "hộ", "hộ tham gia mô hình \"Ngôi nhà an toàn\""),
    F("hỗ trợ 1,5 triệu đồng/hộ", "1,5", 1500000, "money", "đồng/hộ", "mức hỗ trợ làm hàng rào"),
    F("kinh phí 1.860 triệu đồng", "1.860", 1860000000, "money", "đồng", "tổng kinh phí mô hình \"Ngôi nhà an toàn\""),
    F("tổ chức 36 buổi", "36", 36, "count", "buổi", "buổi tuyên truyền", YTD,
      change=CH("increase", 12, "buổi", "cùng kỳ")),
    F("hơn 2.500 lượt", "2.500", 2500, "count", "lượt", "lượt phụ huynh, học sinh được tuyên truyền", YTD, approx="over"),
    F("mở 24 lớp", "24", 24, "count", "lớp", "lớp dạy bơi", status="forecast"),
    F("khoảng 720 trẻ em", "720", 720, "count", "trẻ em", "trẻ em học bơi", approx="about", status="forecast"),
    F("với 10, 8", "10", 10, "count", "lớp", "lớp dạy bơi tại xã Hưng Mỹ", status="forecast"),
    F("10, 8 và", "8", 8, "count", "lớp", "lớp dạy bơi tại xã Trần Thới", status="forecast"),
    F("và 6 lớp", "6", 6, "count", "lớp", "lớp dạy bơi tại xã Đông Hưng", status="forecast"),
    AGE("từ 6 đến 15 tuổi", "6", 6, 15),
    F("ước khoảng 41%", "41", 41, "percent", "%", "tỷ lệ trẻ em từ 6 đến 15 tuổi trong huyện biết bơi",
      approx="about", status="estimate"),
    F("là 46,5%", "46,5", 46.5, "percent", "%", "tỷ lệ chung trẻ em từ 6 đến 15 tuổi biết bơi của toàn tỉnh",
      location="Cà Mau"),
]

COMMENTS = [
    "Commune portal (xã Hưng Mỹ) reposting district news: Cái Nước (Cà Mau) — quý I/2024 drownings, rào chắn ao mương, mô hình",
    "'Ngôi nhà an toàn', tuyên truyền, lớp dạy bơi hè 2024. 'Ngày đăng: 24/04/2024 | 09:05 | Lượt xem: 326': published; counter not a figure.",
    "'bằng cùng kỳ năm 2023' gives no change number. 'Cả hai em' restates the 2 (optional); age bounds optional.",
    "'9.426 hộ …; trong đó 6.318 hộ …, đạt 67%': total and percent. 'chỉ tiêu năm 2024 có ít nhất 80%': target, at_least.",
    "'lần lượt tại các xã … với 10, 8 và 6 lớp': each a figure; no part-of cue, no total.",
    "revised: the communes (Hưng Mỹ, Trần Thới, Đông Hưng) were the location of the 10/8/6 lớp; FIGURES.md defines location as",
    "province, city or district, so the location is the district Cái Nước and the commune moved into the subject.",
    "'trong khi tỷ lệ chung của toàn tỉnh là 46,5%': own clause and verb, so actual, location Cà Mau. 'Hè 2024' left without period.",
    "Distractors: phone 0290.3883.101, 'ấp 3', 'Quý I/2024' itself, 'Quỹ Bảo trợ trẻ em tỉnh Cà Mau'.",
]

if __name__ == "__main__":
    emit("p674-8", TEXT, COMMENTS, FIGS, published="2024-04-24", location="Cái Nước")
