"""p1116-2: district portal (Đức Trọng, Lâm Đồng): opening of motorbike repair classes, 2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Trang chủ / Tin tức / Kinh tế - Xã hội

Khai giảng 3 lớp sơ cấp nghề sửa chữa xe máy cho lao động nông thôn

Thứ Hai, 14/04/2025 - 10:20

Sáng 12/4, tại Nhà văn hóa thôn 4, xã Hiệp Thạnh, Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Đức Trọng phối hợp với UBND các xã Hiệp Thạnh, Ninh Gia và Tà Năng tổ chức khai giảng 3 lớp sơ cấp nghề sửa chữa xe máy năm 2025 với tổng số 96 học viên. Trong đó, 41 học viên là người đồng bào dân tộc thiểu số, 18 học viên thuộc hộ nghèo, hộ cận nghèo.

Mỗi lớp học trong thời gian 3 tháng với 360 giờ, trong đó 25% thời lượng lý thuyết và 75% thực hành tại xưởng. Học viên được miễn học phí, hỗ trợ tiền ăn 30.000 đồng/ngày thực học và tiền đi lại 200.000 đồng/người/khóa. Tổng kinh phí tổ chức 3 lớp hơn 285 triệu đồng từ nguồn ngân sách huyện.

Năm 2024, Trung tâm đã đào tạo 11 lớp nghề nông nghiệp và phi nông nghiệp cho 352 học viên, trong đó nghề sửa chữa xe máy 4 lớp với 127 học viên. Sau khóa học, khoảng 70% học viên nghề sửa chữa xe máy tự mở tiệm hoặc làm thợ tại các cửa hàng sửa xe dọc Quốc lộ 20 và Quốc lộ 27, thu nhập từ 5 đến 7 triệu đồng/người/tháng.

Năm 2025, Trung tâm dự kiến mở thêm 2 lớp sửa chữa máy nông nghiệp và 1 lớp điện ô tô cơ bản, phấn đấu trên 80% học viên có việc làm sau học nghề.

Hoàng Yến - Trung tâm VH-TT&TT huyện Đức Trọng
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Khai giảng 3 lớp", "3", 3, "count", "lớp",
      subject="lớp sơ cấp nghề sửa chữa xe máy cho lao động nông thôn khai giảng"),
    F("khai giảng 3 lớp sơ cấp nghề sửa chữa xe máy năm 2025", "3", 3, "count", "lớp",
      subject="lớp sơ cấp nghề sửa chữa xe máy khai giảng", period=Y25),
    F("tổng số 96 học viên", "96", 96, "count", "học viên",
      subject="học viên lớp sơ cấp nghề sửa chữa xe máy", period=Y25),
    F("41 học viên", "41", 41, "count", "học viên", total=96,
      subject="học viên là người đồng bào dân tộc thiểu số", period=I(Y25)),
    F("18 học viên", "18", 18, "count", "học viên", total=96,
      subject="học viên thuộc hộ nghèo, hộ cận nghèo", period=I(Y25)),
    F("thời gian 3 tháng", "3", 3, "measure", "tháng", subject="thời gian mỗi lớp học"),
    F("với 360 giờ", "360", 360, "measure", "giờ", subject="thời lượng mỗi lớp học"),
    F("25% thời lượng", "25", 25, "percent", "%", subject="thời lượng lý thuyết"),
    F("75% thực hành", "75", 75, "percent", "%", subject="thời lượng thực hành tại xưởng"),
    F("30.000 đồng/ngày", "30.000", 30000, "money", "đồng/ngày", subject="hỗ trợ tiền ăn"),
    F("200.000 đồng/người/khóa", "200.000", 200000, "money", "đồng/người/khóa", subject="hỗ trợ tiền đi lại"),
    F("tổ chức 3 lớp hơn", "3", 3, "count", "lớp", optional=True, subject="lớp"),
    F("hơn 285 triệu", "285", 285000000, "money", "đồng", approx="over",
      subject="tổng kinh phí tổ chức 3 lớp", period=I(Y25)),
    F("đào tạo 11 lớp", "11", 11, "count", "lớp",
      subject="lớp nghề nông nghiệp và phi nông nghiệp đã đào tạo", period=Y24),
    F("cho 352 học viên", "352", 352, "count", "học viên",
      subject="học viên nghề nông nghiệp và phi nông nghiệp", period=Y24),
    F("4 lớp với", "4", 4, "count", "lớp", total=11, subject="lớp nghề sửa chữa xe máy", period=Y24),
    F("127 học viên", "127", 127, "count", "học viên", total=352,
      subject="học viên nghề sửa chữa xe máy", period=Y24),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="học viên nghề sửa chữa xe máy tự mở tiệm hoặc làm thợ", period=I(Y24)),
    F("từ 5 đến 7 triệu", "5", 5000000, "money", "đồng/người/tháng", value_max=7000000,
      subject="thu nhập học viên nghề sửa chữa xe máy", period=I(Y24)),
    F("thêm 2 lớp", "2", 2, "count", "lớp", status="forecast",
      subject="lớp sửa chữa máy nông nghiệp mở thêm", period=P("Năm 2025, Trung tâm", "2025-01-01", "2025-12-31")),
    F("1 lớp điện", "1", 1, "count", "lớp", status="forecast",
      subject="lớp điện ô tô cơ bản mở thêm", period=P("Năm 2025, Trung tâm", "2025-01-01", "2025-12-31")),
    F("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
      subject="học viên có việc làm sau học nghề", period=P("Năm 2025, Trung tâm", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "District portal (huyện Đức Trọng, Lâm Đồng): 3 motorbike repair classes opened, April 2025. Dateline 'Thứ Hai, 14/04/2025 - 10:20'.",
    "Distractors: 'Sáng 12/4', 'thôn 4', 'Quốc lộ 20', 'Quốc lộ 27', time 10:20.",
    "Course specification (3 tháng, 360 giờ, 25%/75%, allowances) is stated as fact, no period. 'tổ chức 3 lớp' repeats the 3 classes (optional).",
    "4 lớp is part of 11 lớp, 127 học viên part of 352 (trong đó). 'dự kiến' → forecast, 'phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1116-2", TEXT, NOTES, FIGS, published="2025-04-14", location="Đức Trọng")
