"""p889-8: provincial newspaper online (Báo Bắc Giang, '(BGĐT) -'), headline figure — giáo viên, cơ sở đăng ký dạy thêm."""
from lib import F, P, CH, TG, build

TEXT = """Báo Bắc Giang điện tử
Giáo dục

Hơn 1.300 giáo viên đăng ký dạy thêm ngoài nhà trường

Thứ Năm, 27/03/2025 - 10:05

(BGĐT) - Sau hơn 1 tháng thực hiện quy định mới về dạy thêm, học thêm, toàn tỉnh có 1.327 giáo viên đăng ký dạy thêm ngoài nhà trường, chiếm gần 5% tổng số giáo viên phổ thông. Các địa phương có số giáo viên đăng ký nhiều là TP Bắc Giang (386 người), thị xã Việt Yên (214 người), huyện Lạng Giang (158 người).

Từ đầu năm đến nay, toàn tỉnh có 263 tổ chức, cá nhân được cấp đăng ký kinh doanh dịch vụ dạy thêm, trong đó 231 hộ kinh doanh và 32 doanh nghiệp. Ngành giáo dục đã tổ chức 45 cuộc kiểm tra, đạt 75% kế hoạch năm; qua kiểm tra đã nhắc nhở 12 cơ sở, đình chỉ 2 cơ sở hoạt động không phép.

Học phí tại các cơ sở dao động 35.000 - 60.000 đồng/buổi, tăng khoảng 10-15% so với năm 2024 do chi phí thuê mặt bằng tăng. Số học sinh theo học ước tính khoảng 24.600 học sinh, trong đó học sinh lớp 9 chiếm gần một nửa.

Tại trường THCS Lê Lợi (TP Bắc Giang), nhà trường tổ chức ôn tập miễn phí cho 126 học sinh lớp 9 với 3 buổi/tuần.

Ông Lê Văn Bốn, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, trong quý II/2025, Sở phấn đấu 100% cơ sở dạy thêm được hướng dẫn, kiểm tra; dự kiến thành lập 10 đoàn kiểm tra liên ngành tại tất cả các huyện, thị xã, thành phố.

Ngọc Thúy
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-27")
YTD_I = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-27", inherited=True)
Q2 = P("trong quý II/2025", "2025-04-01", "2025-06-30")
SUBJ = "giáo viên đăng ký dạy thêm ngoài nhà trường"

FIGS = [
    F("Hơn 1.300 giáo viên", "1.300", "count", "giáo viên", SUBJ, approx="over"),
    F("có 1.327 giáo viên", "1.327", "count", "giáo viên", SUBJ, percent=5),
    F("(386 người)", "386", "count", "người", SUBJ, location="TP Bắc Giang"),
    F("(214 người)", "214", "count", "người", SUBJ, location="Việt Yên"),
    F("(158 người)", "158", "count", "người", SUBJ, location="Lạng Giang"),
    F("có 263 tổ chức", "263", "count", "tổ chức, cá nhân", "tổ chức, cá nhân được cấp đăng ký kinh doanh dịch vụ dạy thêm",
      period=YTD),
    F("231 hộ kinh doanh", "231", "count", "hộ kinh doanh", "hộ kinh doanh được cấp đăng ký kinh doanh dịch vụ dạy thêm",
      total=263, period=YTD),
    F("32 doanh nghiệp", "32", "count", "doanh nghiệp", "doanh nghiệp được cấp đăng ký kinh doanh dịch vụ dạy thêm",
      total=263, period=YTD),
    F("tổ chức 45 cuộc", "45", "count", "cuộc kiểm tra", "cuộc kiểm tra dạy thêm", percent=75, period=YTD_I),
    F("nhắc nhở 12 cơ sở", "12", "count", "cơ sở", "cơ sở bị nhắc nhở", period=YTD_I),
    F("đình chỉ 2 cơ sở", "2", "count", "cơ sở", "cơ sở hoạt động không phép bị đình chỉ", period=YTD_I),
    F("35.000 - 60.000 đồng/buổi", "35.000", "money", "đồng/buổi", "học phí tại các cơ sở dạy thêm", value_max=60000,
      change=CH("increase", 10, "%", "năm 2024", approx="about")),
    F("khoảng 24.600 học sinh", "24.600", "count", "học sinh", "học sinh theo học tại các cơ sở", approx="about",
      status="estimate"),
    F("cho 126 học sinh", "126", "count", "học sinh", "học sinh lớp 9 được ôn tập miễn phí", location="TP Bắc Giang"),
    F("3 buổi/tuần", "3", "measure", "buổi/tuần", "số buổi ôn tập miễn phí mỗi tuần", location="TP Bắc Giang"),
    F("phấn đấu 100%", "100", "percent", "%", "cơ sở dạy thêm được hướng dẫn, kiểm tra", status="target", period=Q2),
    F("thành lập 10 đoàn", "10", "count", "đoàn", "đoàn kiểm tra liên ngành", status="forecast", period=Q2),
]

NOTES = [
    "Báo Bắc Giang điện tử, tag '(BGĐT) -', dateline 'Thứ Năm, 27/03/2025 - 10:05': giáo viên and cơ sở registered for dạy thêm after Thông tư 29.",
    "'Sau hơn 1 tháng thực hiện' only locates the figures in time (not a figure, and no period). 'trường THCS Lê Lợi', 'Lê Văn Bốn', 'lớp 9' are names.",
    "'chiếm gần 5% tổng số giáo viên phổ thông' is the percent of 1.327. District list (386+214+158 ≠ 1.327): no total; TP Bắc Giang normalises",
    "to Bắc Giang. 231 hộ kinh doanh + 32 doanh nghiệp = 263 registrants after 'trong đó': total 263. '10-15%' of the fee is its change (value 10).",
    "'học sinh lớp 9 chiếm gần một nửa' is a fraction in words, not a number: not a figure.",
]

if __name__ == "__main__":
    build("p889-8", TEXT, FIGS, published="2025-03-27", location="Bắc Giang", notes=NOTES)
