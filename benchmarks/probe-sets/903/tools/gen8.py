"""p903-8: Báo Hòa Bình online: Mường gongs in schools, 11 months of 2024; headline figure and (BHB) tag."""
from lib import F, P, I, CH, write

TEXT = """BÁO HÒA BÌNH ĐIỆN TỬ
Văn hóa - Xã hội

Hơn 2.000 học sinh được học đánh chiêng Mường

Cập nhật lúc 15:40, Thứ Ba, 10/12/2024

(BHB) - Sau 3 năm triển khai Đề án đưa chiêng Mường vào trường học, toàn tỉnh đã có 86 trường THCS thành lập câu lạc bộ chiêng, chiếm 71,7% tổng số trường THCS vùng đồng bào Mường, với hơn 2.000 học sinh tham gia.

Theo Sở Văn hóa, Thể thao và Du lịch, năm 2024 toàn tỉnh có 245 câu lạc bộ chiêng Mường, tăng 37 câu lạc bộ so với năm 2021. Số chiêng Mường được cộng đồng lưu giữ khoảng 1.840 bộ, đứng thứ hai trong các tỉnh có đồng bào Mường, sau Thanh Hóa; trong đó huyện Lạc Sơn có 530 bộ, Tân Lạc 412 bộ, Cao Phong 286 bộ.

11 tháng năm 2024, tỉnh mở 24 lớp truyền dạy, tăng 20% so với cùng kỳ, cho 720 học viên; kinh phí ước đạt 4,6 tỷ đồng. Mức bồi dưỡng cho nghệ nhân truyền dạy là 1,5 triệu đồng/người/tháng. Các lớp ở Lạc Sơn, Tân Lạc, Kim Bôi có số học viên lần lượt là 150, 132 và 96 người.

Nghệ nhân Bùi Văn Bảy, 78 tuổi, ở xóm Ải, xã Phong Phú (huyện Tân Lạc), nhà ven Quốc lộ 12B, cho biết bộ chiêng của gia đình ông có 12 chiếc, được truyền qua 4 đời. "Ngày trước cả xóm có hơn 30 bộ, giờ chỉ còn 7 bộ", ông kể.

Năm 2025, tỉnh phấn đấu 100% trường THCS vùng đồng bào Mường có câu lạc bộ chiêng; dự kiến tổ chức Liên hoan chiêng Mường lần thứ II với khoảng 30 đội tham gia.

Quang Minh
"""

Y2024 = P("năm 2024", "2024-01-01", "2024-12-31")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y2025 = P("Năm 2025", "2025-01-01", "2025-12-31")
STOCK = "chiêng Mường được cộng đồng lưu giữ"
LEARN = "học viên các lớp truyền dạy"

FIGS = [
    F("Hơn 2.000 học sinh", "2.000", 2000, "count", "học sinh", "học sinh được học đánh chiêng Mường", approx="over"),
    F("Sau 3 năm", "3", 3, "measure", "năm", "thời gian triển khai Đề án", optional=True),
    F("có 86 trường THCS", "86", 86, "count", "trường THCS", "trường THCS thành lập câu lạc bộ chiêng", percent=71.7),
    F("với hơn 2.000 học sinh", "2.000", 2000, "count", "học sinh", "học sinh tham gia câu lạc bộ chiêng",
      approx="over"),
    F("có 245 câu lạc bộ", "245", 245, "count", "câu lạc bộ", "câu lạc bộ chiêng Mường",
      change=CH("increase", 37, "câu lạc bộ", "năm 2021"), period=Y2024),
    F("khoảng 1.840 bộ", "1.840", 1840, "count", "bộ", STOCK, approx="about"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", STOCK),
    F("Lạc Sơn có 530 bộ", "530", 530, "count", "bộ", STOCK, total=1840, location="Lạc Sơn"),
    F("Tân Lạc 412 bộ", "412", 412, "count", "bộ", STOCK, total=1840, location="Tân Lạc"),
    F("Cao Phong 286 bộ", "286", 286, "count", "bộ", STOCK, total=1840, location="Cao Phong"),
    F("mở 24 lớp", "24", 24, "count", "lớp", "lớp truyền dạy", change=CH("increase", 20, "%", "cùng kỳ"), period=M11),
    F("cho 720 học viên", "720", 720, "count", "học viên", LEARN, period=M11),
    F("ước đạt 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng", "kinh phí", status="estimate", period=M11),
    F("1,5 triệu đồng/người/tháng", "1,5", 1.5e6, "money", "đồng/người/tháng", "mức bồi dưỡng cho nghệ nhân truyền dạy"),
    F("là 150,", "150", 150, "count", "người", LEARN, location="Lạc Sơn", period=I(M11)),
    F("132 và", "132", 132, "count", "người", LEARN, location="Tân Lạc", period=I(M11)),
    F("96 người", "96", 96, "count", "người", LEARN, location="Kim Bôi", period=I(M11)),
    F("78 tuổi", "78", 78, "measure", "tuổi", "tuổi nghệ nhân Bùi Văn Bảy", location="Tân Lạc"),
    F("có 12 chiếc", "12", 12, "count", "chiếc", "chiêng trong bộ chiêng của gia đình nghệ nhân", location="Tân Lạc",
      optional=True),
    F("qua 4 đời", "4", 4, "count", "đời", "đời truyền bộ chiêng", location="Tân Lạc", optional=True),
    F("hơn 30 bộ", "30", 30, "count", "bộ", "bộ chiêng của cả xóm ngày trước", approx="over", location="Tân Lạc"),
    F("còn 7 bộ", "7", 7, "count", "bộ", "bộ chiêng của cả xóm hiện nay", location="Tân Lạc"),
    F("2025, tỉnh phấn đấu 100%", "100", 100, "percent", "%", "trường THCS vùng đồng bào Mường có câu lạc bộ chiêng",
      status="target", period=Y2025),
    F("khoảng 30 đội", "30", 30, "count", "đội", "đội tham gia Liên hoan chiêng Mường", approx="about",
      status="forecast", period=Y2025),
]

NOTES = [
    "Báo Hòa Bình online, headline figure, dateline 'Cập nhật lúc 15:40, Thứ Ba, 10/12/2024', tag '(BHB) -' (implies Hòa Bình).",
    "Not figures: '15:40', 'Thứ Ba', 'xóm Ải', 'Quốc lộ 12B', 'lần thứ II', 'năm 2021' (baseline).",
    "Headline 'Hơn 2.000 học sinh' and the body's 'hơn 2.000 học sinh' are both figures. 'Sau 3 năm' is optional (a span).",
    "'đứng thứ hai trong các tỉnh có đồng bào Mường' is a rank (number word hai) of the gong stock, location Hòa Bình.",
    "District parts after 'trong đó' take the whole 1.840 bộ; the 'lần lượt' list of learners does not (no part-of cue; 378 < 720).",
    "The artisan's family set (12 chiếc, 4 đời) is optional; the hamlet's '30 bộ' then '7 bộ' are figures (xã Phong Phú, Tân Lạc).",
    "'phấn đấu' -> target; 'dự kiến' -> forecast (its own clause).",
]

write(8, TEXT, FIGS, published="2024-12-10", location="Hòa Bình", notes=NOTES)
