from lib import *

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Tin tổng hợp > Giáo dục đại học

Hơn 87% cơ sở giáo dục đại học đạt chuẩn kiểm định chất lượng

Ngày đăng: 12/03/2024 | Lượt xem: 2.045

Theo Cục Quản lý chất lượng, tính đến ngày 29/2/2024, cả nước có 210/240 cơ sở giáo dục đại học (không tính các trường thuộc khối quốc phòng, an ninh) được công nhận đạt tiêu chuẩn chất lượng cơ sở giáo dục, trong đó 12 cơ sở được đánh giá bởi tổ chức kiểm định nước ngoài.

Về kiểm định chương trình đào tạo, đã có 1.842 chương trình được đánh giá, công nhận, tăng 476 chương trình so với cùng kỳ năm 2023. Trong số này, 1.517 chương trình được kiểm định theo tiêu chuẩn trong nước và 325 chương trình theo tiêu chuẩn nước ngoài như AUN-QA, ABET, FIBAA, HCERES. Riêng các chương trình đào tạo giáo viên, tỷ lệ đạt kiểm định là 74,3%.

Hiện cả nước có 7 tổ chức kiểm định chất lượng giáo dục, gồm 5 tổ chức công lập và 2 tổ chức tư thục, với khoảng 1.200 kiểm định viên được cấp thẻ. Năm 2023, chi phí đánh giá ngoài bình quân khoảng 350 triệu đồng/chương trình; quy mô đào tạo đại học đạt 215 sinh viên/vạn dân.

Chương trình phát triển hệ thống bảo đảm và kiểm định chất lượng giáo dục giai đoạn 2022-2030 (Quyết định số 78/QĐ-TTg ngày 14/01/2022) đặt mục tiêu đến năm 2025 có 100% cơ sở giáo dục đại học đạt chuẩn kiểm định và ít nhất 35% chương trình đào tạo được kiểm định; đến năm 2030 có ít nhất 10% cơ sở giáo dục đại học được tổ chức kiểm định nước ngoài công nhận.

Các cơ sở có chứng nhận hết hạn cần đăng ký đánh giá lại theo Thông tư số 12/2017/TT-BGDĐT.

Bộ Giáo dục và Đào tạo - 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội
"""

AS = ASOF("tính đến ngày 29/2/2024", "2024-02-29")
Y23 = Y("Năm 2023", 2023)
T25 = ASOF("đến năm 2025", "2025-12-31")
T30 = ASOF("đến năm 2030", "2030-12-31")

FIGS = [
    F("Hơn 87%", "87", 87, "percent", "%", "cơ sở giáo dục đại học đạt chuẩn kiểm định chất lượng", I(AS), approx="over"),
    F("có 210/240 cơ sở", "210", 210, "count", "cơ sở giáo dục đại học",
      "cơ sở giáo dục đại học được công nhận đạt tiêu chuẩn chất lượng cơ sở giáo dục", AS, total=240),
    F("12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở được đánh giá bởi tổ chức kiểm định nước ngoài", AS, total=210),
    F("có 1.842 chương trình", "1.842", 1842, "count", "chương trình",
      "chương trình đào tạo được đánh giá, công nhận", I(AS), change=CH("increase", 476, "chương trình", "cùng kỳ năm 2023")),
    F("1.517 chương trình", "1.517", 1517, "count", "chương trình",
      "chương trình được kiểm định theo tiêu chuẩn trong nước", I(AS), total=1842),
    F("325 chương trình", "325", 325, "count", "chương trình",
      "chương trình được kiểm định theo tiêu chuẩn nước ngoài", I(AS), total=1842),
    F("là 74,3%", "74,3", 74.3, "percent", "%", "tỷ lệ chương trình đào tạo giáo viên đạt kiểm định", I(AS)),
    F("có 7 tổ chức", "7", 7, "count", "tổ chức", "tổ chức kiểm định chất lượng giáo dục"),
    F("5 tổ chức", "5", 5, "count", "tổ chức", "tổ chức kiểm định công lập", total=7),
    F("2 tổ chức", "2", 2, "count", "tổ chức", "tổ chức kiểm định tư thục", total=7),
    F("khoảng 1.200 kiểm định viên", "1.200", 1200, "count", "kiểm định viên", "kiểm định viên được cấp thẻ",
      approx="about"),
    F("khoảng 350 triệu đồng/chương trình", "350", 350e6, "money", "đồng/chương trình",
      "chi phí đánh giá ngoài bình quân", Y23, approx="about"),
    F("215 sinh viên/vạn dân", "215", 215, "measure", "sinh viên/vạn dân", "quy mô đào tạo đại học", Y23),
    F("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở giáo dục đại học đạt chuẩn kiểm định", T25, status="target"),
    F("ít nhất 35%", "35", 35, "percent", "%", "chương trình đào tạo được kiểm định", T25,
      approx="at_least", status="target"),
    F("ít nhất 10%", "10", 10, "percent", "%", "cơ sở giáo dục đại học được tổ chức kiểm định nước ngoài công nhận", T30,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ GD&ĐT, invented): higher-education institutions and programmes accredited, as of 29/2/2024; accreditation",
    "bodies and assessors; average external-evaluation cost; targets of the QĐ 78/QĐ-TTg programme. National -> Việt Nam.",
    "Not figures: 'Quyết định số 78/QĐ-TTg ngày 14/01/2022', 'giai đoạn 2022-2030', 'Thông tư số 12/2017/TT-BGDĐT', '35 Đại Cồ Việt',",
    "'Lượt xem: 2.045', the date line. 'vạn dân' is a rate denominator.",
    "The 240 institutions are the whole of 210 ('210/240'); the 12 foreign-accredited are a 'trong đó' part of 210.",
    "'Trong số này, 1.517 ... và 325 ...' -> total 1842 (sentence break). 'gồm 5 ... và 2 ...' -> total 7.",
    "Sentences without a period phrase get the lead's as-of date as inherited; 'Hiện' sentence: no period.",
    "'đặt mục tiêu đến năm 2025 ... ; đến năm 2030 ...' -> target, periods end that year (start open).",
]

if __name__ == "__main__":
    emit("p636-4", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Việt Nam")
