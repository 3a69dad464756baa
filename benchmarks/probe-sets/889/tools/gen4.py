"""p889-4: ministry site (Bộ GD&ĐT) — national: địa phương ban hành quy định, cơ sở dạy thêm, khảo sát học thêm."""
from lib import F, P, CH, build

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tổng hợp

58 địa phương đã ban hành quy định về dạy thêm, học thêm

25/02/2025 | 14:10

Theo tổng hợp của Vụ Giáo dục Trung học, tính đến ngày 24/2/2025, đã có 58/63 tỉnh, thành phố ban hành văn bản hướng dẫn thực hiện Thông tư số 29/2024/TT-BGDĐT về dạy thêm, học thêm, đạt 92,1%. Còn 5 địa phương chưa ban hành; các địa phương này dự kiến hoàn thành trước ngày 15/3.

Cả nước hiện có khoảng 14.700 cơ sở dạy thêm ngoài nhà trường đã đăng ký kinh doanh, trong đó TP Hồ Chí Minh và Hà Nội lần lượt có 2.860 và 2.415 cơ sở. Hải Phòng đứng thứ 3 cả nước với 712 cơ sở.

Kết quả khảo sát của Bộ tại 12 tỉnh, thành phố với hơn 36.000 học sinh trong tháng 12/2024 cho thấy 61,4% học sinh THCS và 72,8% học sinh THPT có học thêm ngoài giờ chính khóa; thời gian học thêm bình quân 6,5 giờ/tuần, cao hơn 1,2 giờ so với khảo sát năm 2022.

Theo khoản 1 Điều 4 của Thông tư, dạy thêm trong nhà trường không được thu tiền và chỉ dành cho 3 nhóm học sinh. Sau khi Thông tư có hiệu lực từ ngày 14/2/2025, có 96% trường THCS, THPT đã dừng tổ chức dạy thêm có thu tiền; số còn lại đang hoàn tất việc chuyển sang ôn tập miễn phí.

Bộ đặt mục tiêu đến hết năm 2025, 100% cơ sở dạy thêm công khai thông tin trên cổng thông tin điện tử của UBND cấp xã; tỷ lệ học sinh học thêm ngoài nhà trường giảm ít nhất 20% so với năm học 2023-2024.

Địa chỉ: số 35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội | Điện thoại: 024.3869.4795 | Lượt xem: 5.127
"""

ASOF = P("tính đến ngày 24/2/2025", end="2025-02-24")
ASOF_I = P("tính đến ngày 24/2/2025", end="2025-02-24", inherited=True)
DEC = P("trong tháng 12/2024", "2024-12-01", "2024-12-31")
GOAL = P("đến hết năm 2025", end="2025-12-31")
SUBJ = "cơ sở dạy thêm ngoài nhà trường đã đăng ký kinh doanh"

FIGS = [
    F("58 địa phương đã", "58", "count", "địa phương", "địa phương đã ban hành quy định về dạy thêm, học thêm",
      period=ASOF_I),
    F("có 58/63 tỉnh", "58", "count", "tỉnh, thành phố", "tỉnh, thành phố ban hành văn bản hướng dẫn thực hiện Thông tư",
      total=63, percent=92.1, period=ASOF),
    F("Còn 5 địa phương", "5", "count", "địa phương", "địa phương chưa ban hành văn bản", period=ASOF_I),
    F("khoảng 14.700 cơ sở", "14.700", "count", "cơ sở", SUBJ, approx="about"),
    F("có 2.860", "2.860", "count", "cơ sở", SUBJ, total=14700, location="TP Hồ Chí Minh"),
    F("và 2.415 cơ sở", "2.415", "count", "cơ sở", SUBJ, total=14700, location="Hà Nội"),
    F("đứng thứ 3", "3", "rank", "hạng", "số cơ sở dạy thêm đã đăng ký kinh doanh", location="Hải Phòng"),
    F("với 712 cơ sở", "712", "count", "cơ sở", SUBJ, location="Hải Phòng"),
    F("tại 12 tỉnh", "12", "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát", period=DEC),
    F("hơn 36.000 học sinh", "36.000", "count", "học sinh", "học sinh được khảo sát", approx="over", period=DEC),
    F("61,4% học sinh", "61,4", "percent", "%", "học sinh THCS có học thêm ngoài giờ chính khóa", period=DEC),
    F("72,8% học sinh", "72,8", "percent", "%", "học sinh THPT có học thêm ngoài giờ chính khóa", period=DEC),
    F("6,5 giờ/tuần", "6,5", "measure", "giờ/tuần", "thời gian học thêm bình quân",
      change=CH("increase", 1.2, "giờ", "khảo sát năm 2022"), period=DEC),
    F("3 nhóm học sinh", "3", "count", "nhóm", "nhóm học sinh được dạy thêm trong nhà trường", optional=True),
    F("có 96% trường", "96", "percent", "%", "trường THCS, THPT đã dừng tổ chức dạy thêm có thu tiền"),
    F("2025, 100% cơ sở", "100", "percent", "%", "cơ sở dạy thêm công khai thông tin trên cổng thông tin điện tử",
      status="target", period=GOAL),
    F("ít nhất 20%", "20", "percent", "%", "giảm tỷ lệ học sinh học thêm ngoài nhà trường", approx="at_least",
      status="target", period=GOAL),
]

NOTES = [
    "Cổng TTĐT Bộ GD&ĐT: tổng hợp việc ban hành quy định theo Thông tư 29/2024, cơ sở dạy thêm cả nước, khảo sát học thêm tháng 12/2024.",
    "Dateline '25/02/2025 | 14:10'. 'khoản 1 Điều 4', document numbers, the ministry's address (Hà Nội, does not localise), phone and",
    "'Lượt xem' are not figures. National figures are Việt Nam; the lần lượt items and Hải Phòng's rank take their city as location.",
    "'trong đó … lần lượt có 2.860 và 2.415' are parts of the 14.700 (total); Hải Phòng's 712 stands in its own sentence: no total.",
    "'Còn 5 địa phương chưa ban hành' is an actual count (dự kiến governs the next clause). '3 nhóm học sinh' is a rule's category: optional.",
    "'từ ngày 14/2/2025' only dates the Thông tư's effect: the 96% gets no period.",
]

if __name__ == "__main__":
    build("p889-4", TEXT, FIGS, published="2025-02-25", location="Việt Nam", notes=NOTES)
