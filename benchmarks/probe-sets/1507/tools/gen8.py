"""p1507-8: radio/TV site (Đài PT-TH Long An, tag '(LA34) -'): a steel-shelving exporter in huyện Đức Hòa, 7 months 2024."""
from lib import F, P, inherit, C, T, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Đức Hòa: Doanh nghiệp sản xuất kệ thép tăng 30% đơn hàng xuất khẩu

Cập nhật lúc 18:30, ngày 28/08/2024

▶ Xem video | 🎧 Nghe audio

(LA34) - Bảy tháng năm 2024, Công ty TNHH Kệ Thép Tân Phong (lô C2, đường số 8, Khu công nghiệp Đức Hòa III) xuất khẩu 1.260 tấn kệ siêu thị, kệ kho và kệ để đồ gia đình, tăng 30% so với cùng kỳ năm 2023. Kim ngạch ước đạt 3,8 triệu USD, trong đó thị trường Hàn Quốc chiếm 46%, Nhật Bản chiếm 31%.

Theo ông Võ Thanh Tùng, Giám đốc công ty, nhà máy có diện tích 1,8 ha với 6 dây chuyền cắt, chấn, hàn và sơn tĩnh điện; công suất thiết kế 4.000 tấn/năm. Từ tháng 6 đến nay, công ty tuyển thêm gần ba chục lao động. Hiện công ty có 265 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng, cao hơn 8% so với năm trước. Tấm thép làm kệ dày 0,8-1,5 mm; mỗi tầng kệ chịu tải tối đa 300 kg.

Công ty dự kiến năm 2025 đạt kim ngạch 8 triệu USD và đầu tư thêm 2 robot hàn với kinh phí khoảng 12 tỷ đồng.

Theo Ban Quản lý Khu kinh tế tỉnh, toàn huyện Đức Hòa hiện có 11 doanh nghiệp sản xuất kệ, giá kim loại. Trong 7 tháng qua, chỉ số sản xuất ngành sản xuất sản phẩm từ kim loại đúc sẵn của tỉnh Long An tăng 14,3%, đứng thứ 3 trong các ngành công nghiệp chủ lực.

Phóng sự: Thanh Tâm - Quốc Việt
Biên tập: Hồng Nhung
"""

M7 = P("Bảy tháng năm 2024", "2024-01-01", "2024-07-31")
SINCE6 = P("Từ tháng 6 đến nay", "2024-06-01", "2024-08-28")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
M7b = P("7 tháng qua", "2024-01-01", "2024-07-31")
LA = "Long An"

FIGS = [
    F("tăng 30% đơn hàng", "30", 30, "percent", "%",
      subject="đơn hàng xuất khẩu của doanh nghiệp sản xuất kệ thép"),
    F("xuất khẩu 1.260 tấn", "1.260", 1260, "measure", "tấn",
      change=C("increase", 30, "%", "cùng kỳ năm 2023"),
      subject="kệ siêu thị, kệ kho và kệ để đồ gia đình công ty xuất khẩu", period=M7),
    F("ước đạt 3,8 triệu", "3,8", 3.8e6, "money", "USD", status="estimate",
      subject="kim ngạch xuất khẩu của công ty", period=inherit(M7)),
    F("chiếm 46%", "46", 46, "percent", "%", status="estimate",
      subject="tỷ trọng thị trường Hàn Quốc trong kim ngạch", period=inherit(M7)),
    F("chiếm 31%", "31", 31, "percent", "%", status="estimate",
      subject="tỷ trọng thị trường Nhật Bản trong kim ngạch", period=inherit(M7)),
    F("diện tích 1,8 ha", "1,8", 1.8, "measure", "ha", subject="diện tích nhà máy"),
    F("với 6 dây chuyền", "6", 6, "count", "dây chuyền",
      subject="dây chuyền cắt, chấn, hàn và sơn tĩnh điện"),
    F("4.000 tấn/năm", "4.000", 4000, "measure", "tấn/năm", subject="công suất thiết kế"),
    F("gần ba chục", "ba chục", 30, "count", "lao động", approx="nearly",
      subject="lao động công ty tuyển thêm", period=SINCE6),
    F("có 265 lao động", "265", 265, "count", "lao động", subject="lao động của công ty"),
    F("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng",
      change=C("increase", 8, "%", "năm trước"), subject="thu nhập bình quân"),
    F("0,8-1,5 mm", "0,8", 0.8, "measure", "mm", value_max=1.5, subject="độ dày tấm thép làm kệ"),
    F("tối đa 300 kg", "300", 300, "measure", "kg/tầng", approx="at_most", subject="tải trọng mỗi tầng kệ"),
    F("kim ngạch 8 triệu", "8", 8e6, "money", "USD", status="forecast", subject="kim ngạch của công ty",
      period=Y25),
    F("thêm 2 robot", "2", 2, "count", "robot", status="forecast", subject="robot hàn công ty đầu tư thêm",
      period=Y25),
    F("khoảng 12 tỷ", "12", 12e9, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí đầu tư robot hàn", period=Y25),
    F("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất kệ, giá kim loại"),
    F("tăng 14,3%", "14,3", 14.3, "percent", "%",
      subject="chỉ số sản xuất ngành sản xuất sản phẩm từ kim loại đúc sẵn", period=M7b, location=LA),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      subject="chỉ số sản xuất ngành sản xuất sản phẩm từ kim loại đúc sẵn trong các ngành công nghiệp chủ lực",
      period=M7b, location=LA),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Long An): menu, headline, 'Cập nhật lúc 18:30, ngày 28/08/2024', video/audio buttons,",
    "tag '(LA34) -', credits 'Phóng sự:' / 'Biên tập:'. Default location Đức Hòa (the firm and the district count);",
    "the province's industrial index and its rank → Long An.",
    "Distractors: 18:30, 'LA34' (the station's name), 'lô C2, đường số 8', 'Khu công nghiệp Đức Hòa III', baselines",
    "'năm 2023', 'năm trước'.",
    "Headline 'tăng 30% đơn hàng xuất khẩu' is a growth rate as the claim (percent figure, no period in the headline).",
    "'Bảy tháng năm 2024' (number word) = Jan-Jul 2024. The next sentence ('Kim ngạch ước đạt ..., trong đó ... chiếm')",
    "inherits it; the market shares after 'trong đó' are percent figures of their own and take the estimate of the whole.",
    "'gần ba chục lao động' = 30 (ba chục), nearly; 'Từ tháng 6 đến nay' runs to the dateline. 'Hiện ... 265 lao động'",
    "has no period. 'cao hơn 8% so với năm trước' → change of 9,2 triệu.",
    "'mỗi tầng kệ chịu tải tối đa 300 kg' → at_most, unit 'kg/tầng' (the denominator is named by 'mỗi').",
    "'Công ty dự kiến năm 2025 ...' governs both clauses (forecast), also the cost 'khoảng 12 tỷ đồng'.",
    "'Trong 7 tháng qua' = Jan-Jul 2024 (the dateline is in August).",
]

if __name__ == "__main__":
    write("p1507-8", TEXT, NOTES, FIGS, published="2024-08-28", location="Đức Hòa")
