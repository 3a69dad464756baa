"""p1520-2: district portal (huyện Thường Tín, Hà Nội): lacquer picture frames of xã Duyên Thái (Hạ Thái)."""
from lib import F, P, year, inh, ch, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức | Kinh tế | Làng nghề | Liên hệ

Duyên Thái: Khung tranh sơn mài Hạ Thái vào mùa xuất khẩu

Ngày đăng: 05/06/2024 | Chuyên mục: Kinh tế

Xã Duyên Thái hiện có 126 hộ và 14 doanh nghiệp sản xuất tranh, khung tranh sơn mài, giải quyết việc làm cho khoảng 1.200 lao động. 5 tháng đầu năm 2024, doanh thu của làng nghề đạt gần 86 tỷ đồng, tăng 12,5% so với cùng kỳ; trong đó doanh thu xuất khẩu khoảng 34 tỷ đồng, chiếm 39,5%.

Công ty TNHH Mỹ nghệ Hưng Phát (thôn Hạ Thái) có hai xưởng đóng khung với 45 công nhân, lương bình quân 8,5 triệu đồng/người/tháng. Mỗi năm công ty xuất khoảng 40.000 khung tranh sơn mài sang Nhật Bản, Hàn Quốc và Pháp. Mỗi khung sơn mài phải qua 12 công đoạn, mất từ 15 đến 20 ngày.

Ông Nguyễn Văn Hòa, Chủ tịch UBND xã Duyên Thái cho biết, năm 2024 xã phấn đấu doanh thu làng nghề đạt 210 tỷ đồng; dự kiến tháng 8 tới sẽ mở lớp dạy nghề sơn mài cho 30 học viên.

Toàn huyện Thường Tín hiện có 21 làng nghề được công nhận, trong đó 3 làng nghề sơn mài, khảm trai. Năm 2023, giá trị sản xuất tiểu thủ công nghiệp của huyện đạt 8.640 tỷ đồng, đứng thứ 3 trong các huyện của thành phố.

Tin khác:
- Thường Tín tổ chức Hội thi thợ giỏi lần thứ 2
- Xã Vạn Điểm ra quân làm sạch Quốc lộ 1A

Trụ sở: Số 1 đường Trần Phú, thị trấn Thường Tín, Hà Nội. Điện thoại: 024.33853.157
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = year("Năm 2023", 2023)

FIGS = [
    F("có 126 hộ", "126", 126, "count", "hộ", subject="hộ sản xuất tranh, khung tranh sơn mài"),
    F("và 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất tranh, khung tranh sơn mài"),
    F("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", approx="about",
      subject="lao động được giải quyết việc làm"),
    F("gần 86 tỷ", "86", 86e9, "money", "đồng", approx="nearly", change=ch("increase", 12.5, "%", "cùng kỳ"),
      subject="doanh thu của làng nghề", period=M5),
    F("khoảng 34 tỷ", "34", 34e9, "money", "đồng", approx="about", total=86e9, percent=39.5,
      subject="doanh thu xuất khẩu của làng nghề", period=M5),
    F("có hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng đóng khung của Công ty TNHH Mỹ nghệ Hưng Phát"),
    F("với 45 công nhân", "45", 45, "count", "công nhân", subject="công nhân của Công ty TNHH Mỹ nghệ Hưng Phát"),
    F("quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", subject="lương bình quân công nhân"),
    F("khoảng 40.000 khung", "40.000", 40000, "measure", "khung/năm", approx="about",
      subject="khung tranh sơn mài công ty xuất khẩu mỗi năm"),
    F("qua 12 công đoạn", "12", 12, "count", "công đoạn", subject="công đoạn làm mỗi khung sơn mài"),
    F("từ 15 đến 20 ngày", "15", 15, "measure", "ngày", value_max=20,
      subject="thời gian làm mỗi khung sơn mài"),
    F("đạt 210 tỷ", "210", 210e9, "money", "đồng", status="target",
      subject="doanh thu làng nghề", period=year("năm 2024", 2024)),
    F("cho 30 học viên", "30", 30, "count", "học viên", status="forecast",
      subject="học viên lớp dạy nghề sơn mài", period=P("tháng 8 tới", "2024-08-01", "2024-08-31")),
    F("có 21 làng nghề", "21", 21, "count", "làng nghề", subject="làng nghề được công nhận"),
    F("trong đó 3 làng nghề", "3", 3, "count", "làng nghề", total=21, subject="làng nghề sơn mài, khảm trai"),
    F("đạt 8.640 tỷ", "8.640", 8640e9, "money", "đồng",
      subject="giá trị sản xuất tiểu thủ công nghiệp của huyện", period=Y23),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      subject="giá trị sản xuất tiểu thủ công nghiệp của huyện", period=Y23),
]

NOTES = [
    "District portal (huyện Thường Tín, Hà Nội): banner with the district, menu, 'Ngày đăng: 05/06/2024', 'Tin khác', address and phone footer.",
    "Distractors: 'lần thứ 2', 'Quốc lộ 1A', 'Số 1 đường Trần Phú', phone 024.33853.157, the posting date.",
    "Location: xã Duyên Thái is a commune; the spec names province, city or district, so its figures take the district, Thường Tín.",
    "'trong đó doanh thu xuất khẩu khoảng 34 tỷ đồng, chiếm 39,5%' → total 86 tỷ and percent 39,5 (same sentence, so the period is scored).",
    "'Mỗi năm ... khoảng 40.000 khung' is a yearly rate (measure, khung/năm). '12 công đoạn' and '15 đến 20 ngày' are facts of the craft.",
    "'tháng 8 tới' takes 2024 from the dateline/'năm 2024' before it; 'dự kiến' → forecast, 'phấn đấu' → target.",
    "'đứng thứ 3 trong các huyện của thành phố' → rank 3, location Thường Tín, period năm 2023 (same sentence).",
]

if __name__ == "__main__":
    write("p1520-2", TEXT, NOTES, FIGS, published="2024-06-05", location="Thường Tín")
