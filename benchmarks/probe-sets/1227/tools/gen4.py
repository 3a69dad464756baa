"""p1227-4: ministry site (Bộ LĐ-TB&XH), national: sign language interpreters, braille textbooks, 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ > Tin tức > Bảo trợ xã hội

Nâng cao chất lượng phiên dịch ngôn ngữ ký hiệu cho người khiếm thính

Ngày đăng: 23/09/2024 | Lượt xem: 1.412

Nhân Ngày Quốc tế Ngôn ngữ ký hiệu 23/9, Cục Bảo trợ xã hội cho biết cả nước hiện có khoảng 2,5 triệu người khuyết tật nghe, nói, chiếm gần 36% tổng số người khuyết tật. Tuy nhiên, số phiên dịch viên ngôn ngữ ký hiệu được đào tạo bài bản mới có 52 người. Bình quân cả nước chỉ có khoảng 2 phiên dịch viên/100.000 người khiếm thính.

Các địa phương có nhiều phiên dịch viên nhất lần lượt là Hà Nội (17 người), TP Hồ Chí Minh (14 người) và Đồng Nai (5 người); 41 tỉnh, thành phố chưa có phiên dịch viên nào.

Về tiếp cận thông tin, đến tháng 8/2024, 63/63 tỉnh, thành phố đã thành lập Hội Người mù; 27 đài phát thanh, truyền hình địa phương có chương trình thời sự kèm phiên dịch ngôn ngữ ký hiệu, tăng 9 đài so với năm 2022.

Năm 2024, Nhà xuất bản Giáo dục Việt Nam in 11.800 bản sách giáo khoa chữ nổi, đạt 100% nhu cầu đăng ký của 1.760 học sinh khiếm thị cấp tiểu học và trung học cơ sở. Giá thành một bộ sách giáo khoa chữ nổi lớp 1 khoảng 1,8 triệu đồng, gấp 6 lần bộ sách in thường.

Theo Kế hoạch số 2215/KH-LĐTBXH, mục tiêu đến năm 2030 có ít nhất 70% người khuyết tật nghe, nói được tiếp cận thông tin bằng ngôn ngữ ký hiệu; mỗi tỉnh có tối thiểu 2 phiên dịch viên đạt chuẩn. Dự kiến giai đoạn 2025-2030 sẽ đào tạo khoảng 300 phiên dịch viên.

Cổng Thông tin điện tử Bộ Lao động - Thương binh và Xã hội
Địa chỉ: Số 12 Ngô Quyền, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.38269556
"""

AUG = P("đến tháng 8/2024", None, "2024-08-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
G2530 = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
PDV = "phiên dịch viên ngôn ngữ ký hiệu được đào tạo bài bản"

FIGS = [
    F("khoảng 2,5 triệu", "2,5", 2500000, "count", "người khuyết tật", approx="about", percent=36,
      subject="người khuyết tật nghe, nói"),
    F("mới có 52 người", "52", 52, "count", "người", subject=PDV),
    F("khoảng 2 phiên dịch viên", "2", 2, "measure", "phiên dịch viên/100.000 người khiếm thính", approx="about",
      subject="phiên dịch viên ngôn ngữ ký hiệu bình quân"),
    F("Hà Nội (17 người)", "17", 17, "count", "người", subject=PDV, location="Hà Nội"),
    F("Minh (14 người)", "14", 14, "count", "người", subject=PDV, location="TP Hồ Chí Minh"),
    F("Nai (5 người)", "5", 5, "count", "người", subject=PDV, location="Đồng Nai"),
    F("41 tỉnh", "41", 41, "count", "tỉnh, thành phố", subject="tỉnh, thành phố chưa có phiên dịch viên"),
    F("63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã thành lập Hội Người mù", period=AUG),
    F("27 đài", "27", 27, "count", "đài", change=C("increase", 9, "đài", "năm 2022"),
      subject="đài phát thanh, truyền hình địa phương có chương trình thời sự kèm phiên dịch ngôn ngữ ký hiệu",
      period=AUG),
    F("in 11.800 bản", "11.800", 11800, "count", "bản", percent=100,
      subject="sách giáo khoa chữ nổi Nhà xuất bản Giáo dục Việt Nam in", period=Y24),
    F("của 1.760 học sinh", "1.760", 1760, "count", "học sinh",
      subject="học sinh khiếm thị cấp tiểu học và trung học cơ sở đăng ký sách giáo khoa chữ nổi", period=Y24),
    F("khoảng 1,8 triệu", "1,8", 1800000, "money", "đồng", approx="about",
      change=C("increase", 6, "lần", "bộ sách in thường"),
      subject="giá thành một bộ sách giáo khoa chữ nổi lớp 1"),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="người khuyết tật nghe, nói được tiếp cận thông tin bằng ngôn ngữ ký hiệu", period=T30),
    F("tối thiểu 2 phiên", "2", 2, "measure", "phiên dịch viên/tỉnh", approx="at_least", status="target",
      subject="phiên dịch viên đạt chuẩn mỗi tỉnh", period=T30),
    F("khoảng 300 phiên", "300", 300, "count", "phiên dịch viên", approx="about", status="forecast",
      subject="phiên dịch viên được đào tạo", period=G2530),
]

NOTES = [
    "Ministry site (Bộ LĐ-TB&XH), national (location Việt Nam): 'Ngày đăng: 23/09/2024 | Lượt xem: 1.412' (published).",
    "Distractors: 'Ngày Quốc tế Ngôn ngữ ký hiệu 23/9', view counter, 'Kế hoạch số 2215/KH-LĐTBXH', 'lớp 1', 'Số 12 Ngô Quyền', phone.",
    "'chiếm gần 36%' is the share of the 2,5 triệu figure. '2 phiên dịch viên/100.000 người khiếm thính' is a rate (denominator in unit).",
    "Ranking list 'lần lượt là Hà Nội (17 người) ...': items located at each province, subject of the list, no total (no cue).",
    "'63/63' total 63. 'tăng 9 đài' is a change of 27 đài. 'đạt 100% nhu cầu đăng ký' is the share of 11.800 bản (the thing printed);",
    "'gấp 6 lần bộ sách in thường' after the price is its change. 'mỗi tỉnh có tối thiểu 2 phiên dịch viên' is a per-province rate.",
    "'mục tiêu đến năm 2030' governs both clauses; 'Dự kiến' → forecast. 'hiện' figures and the price get no period.",
]

if __name__ == "__main__":
    write("p1227-4", TEXT, NOTES, FIGS, published="2024-09-23", location="Việt Nam")
