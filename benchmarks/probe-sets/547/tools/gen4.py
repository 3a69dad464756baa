"""p547-4: ministry site (Bộ NN&PTNT), national rice production 2024, exports, 2025 targets."""
from lib import F, P, I, Y, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ › Tin tức › Trồng trọt - Bảo vệ thực vật

Sản lượng lúa cả nước năm 2024 ước đạt 43,5 triệu tấn

Ngày đăng: 12/12/2024 | Lượt xem: 2.045

Theo báo cáo của Cục Trồng trọt tại hội nghị tổng kết ngày 11/12, năm 2024 cả nước ước gieo cấy 7,13 triệu ha lúa, năng suất bình quân đạt 61 tạ/ha, tăng 0,3 tạ/ha so với năm 2023; sản lượng đạt khoảng 43,5 triệu tấn, tăng 0,6% so với năm trước.

Trong đó, vùng Đồng bằng sông Cửu Long gieo trồng 3,82 triệu ha, chiếm 53,6% diện tích lúa cả nước, sản lượng đạt 24,3 triệu tấn. Vùng Đồng bằng sông Hồng tuy chịu ảnh hưởng của bão số 3 nhưng năng suất vẫn đạt 62,5 tạ/ha.

Về cơ cấu giống, lúa chất lượng cao chiếm khoảng 74% diện tích; lúa thơm, đặc sản (ST24, ST25, Đài Thơm 8, RVT…) chiếm 22%. Cả nước hiện có 8.150 cánh đồng lớn với tổng diện tích trên 1,2 triệu ha.

11 tháng năm 2024, xuất khẩu gạo đạt 8,5 triệu tấn, trị giá 5,24 tỷ USD, tăng lần lượt 10,6% về lượng và 22,9% về giá trị so với cùng kỳ năm 2023. Việt Nam tiếp tục đứng thứ 3 thế giới về xuất khẩu gạo.

Thực hiện Đề án phát triển bền vững 1 triệu ha chuyên canh lúa chất lượng cao và phát thải thấp (Quyết định số 1490/QĐ-TTg), năm 2024 các địa phương đã đăng ký tham gia 180.000 ha, trong đó có 7 mô hình thí điểm với tổng diện tích 370 ha.

Năm 2025, Bộ đặt mục tiêu duy trì diện tích gieo trồng lúa khoảng 7 triệu ha, sản lượng trên 43 triệu tấn, bảo đảm an ninh lương thực và xuất khẩu.
"""

COMMENTS = [
    "Ministry site (Bộ NN&PTNT): national rice area, yield, output 2024, the Mekong and Red River deltas, variety mix, exports, Đề án 1 triệu ha, 2025 targets.",
    "'Ngày đăng: 12/12/2024' gives published; 'Lượt xem: 2.045' is furniture. Location Việt Nam throughout: the two deltas are regions, not",
    "provinces, cities or districts, so their figures keep the national location and the region goes into the subject.",
    "'ước gieo cấy' heads the first sentence: its continuing clauses and the 'Trong đó' parts are estimates; the Red River yield sentence has no cue.",
    "Parts after 'Trong đó' take the whole of their own kind: 3,82 triệu ha of 7,13 triệu ha; 24,3 triệu tấn of 43,5 triệu tấn; 370 ha of 180.000 ha.",
    "'tăng lần lượt 10,6% về lượng và 22,9% về giá trị' gives one change to each of 8,5 triệu tấn and 5,24 tỷ USD.",
    "'1 triệu ha' inside the programme's title is a name (optional). Not figures: '1490/QĐ-TTg', 'bão số 3', ST24/ST25/Đài Thơm 8, 'ngày 11/12'.",
]

Y24 = Y(2024)

FIGS = [
    F("năm 2024 ước đạt 43,5 triệu tấn", "43,5", 43500000, "measure", "tấn",
      "sản lượng lúa cả nước", Y24, status="estimate"),
    F("ước gieo cấy 7,13 triệu ha", "7,13", 7130000, "measure", "ha",
      "diện tích gieo cấy lúa", Y24, status="estimate"),
    F("đạt 61 tạ/ha", "61", 61, "measure", "tạ/ha",
      "năng suất lúa bình quân", Y24,
      change=CH("increase", 0.3, "tạ/ha", "năm 2023"), status="estimate"),
    F("khoảng 43,5 triệu tấn", "43,5", 43500000, "measure", "tấn",
      "sản lượng lúa", Y24, approx="about",
      change=CH("increase", 0.6, "%", "năm trước"), status="estimate"),
    F("gieo trồng 3,82 triệu ha", "3,82", 3820000, "measure", "ha",
      "diện tích gieo trồng lúa vùng Đồng bằng sông Cửu Long", I(Y24),
      total=7130000, percent=53.6, status="estimate"),
    F("đạt 24,3 triệu tấn", "24,3", 24300000, "measure", "tấn",
      "sản lượng lúa vùng Đồng bằng sông Cửu Long", I(Y24),
      total=43500000, status="estimate"),
    F("vẫn đạt 62,5 tạ/ha", "62,5", 62.5, "measure", "tạ/ha",
      "năng suất lúa vùng Đồng bằng sông Hồng", I(Y24)),
    F("khoảng 74% diện tích", "74", 74, "percent", "%",
      "tỷ lệ lúa chất lượng cao trong diện tích", approx="about"),
    F("chiếm 22%", "22", 22, "percent", "%",
      "tỷ lệ lúa thơm, đặc sản trong diện tích"),
    F("có 8.150 cánh đồng lớn", "8.150", 8150, "count", "cánh đồng lớn",
      "cánh đồng lớn"),
    F("trên 1,2 triệu ha", "1,2", 1200000, "measure", "ha",
      "tổng diện tích cánh đồng lớn", approx="over"),
    F("đạt 8,5 triệu tấn", "8,5", 8500000, "measure", "tấn",
      "xuất khẩu gạo",
      P("11 tháng năm 2024", "2024-01-01", "2024-11-30"),
      change=CH("increase", 10.6, "%", "cùng kỳ năm 2023")),
    F("trị giá 5,24 tỷ USD", "5,24", 5240000000, "money", "USD",
      "trị giá xuất khẩu gạo",
      P("11 tháng năm 2024", "2024-01-01", "2024-11-30"),
      change=CH("increase", 22.9, "%", "cùng kỳ năm 2023")),
    F("đứng thứ 3 thế giới", "3", 3, "rank", "hạng",
      "xếp hạng thế giới về xuất khẩu gạo"),
    F("bền vững 1 triệu ha", "1", 1000000, "measure", "ha",
      "diện tích chuyên canh lúa chất lượng cao và phát thải thấp của Đề án", optional=True),
    F("tham gia 180.000 ha", "180.000", 180000, "measure", "ha",
      "diện tích các địa phương đăng ký tham gia Đề án", Y24),
    F("có 7 mô hình", "7", 7, "count", "mô hình thí điểm",
      "mô hình thí điểm", Y24),
    F("tổng diện tích 370 ha", "370", 370, "measure", "ha",
      "diện tích mô hình thí điểm", Y24, total=180000),
    F("khoảng 7 triệu ha", "7", 7000000, "measure", "ha",
      "diện tích gieo trồng lúa", Y(2025, "Năm 2025"), approx="about", status="target"),
    F("trên 43 triệu tấn", "43", 43000000, "measure", "tấn",
      "sản lượng lúa", Y(2025, "Năm 2025"), approx="over", status="target"),
]

if __name__ == "__main__":
    emit("p547-4", TEXT, COMMENTS, FIGS, published="2024-12-12", location="Việt Nam")
