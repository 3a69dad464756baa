"""p951-5: Party/provincial newspaper (Báo Hà Giang), mobile library; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Đưa sách lên vùng cao biên giới

Những năm qua, Thư viện tỉnh Hà Giang duy trì mô hình thư viện lưu động, đưa sách đến với học sinh và người dân các xã vùng cao, biên giới.

Từ đầu năm đến nay, đơn vị đã tổ chức 64 đợt luân chuyển sách báo xuống 11 huyện, thành phố với trên 32.000 bản sách, phục vụ gần 58.000 lượt bạn đọc, tăng 15% so với cùng kỳ. Riêng 4 huyện vùng cao núi đá phía Bắc là Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ đã tiếp nhận 18.400 bản, chiếm 57,5% tổng số sách luân chuyển.

Mỗi chuyến xe thư viện lưu động thường mang theo khoảng 2.000 bản sách, báo, tranh ảnh cùng 10 máy tính bảng để phục vụ đọc tại chỗ và chiếu phim tài liệu. Quãng đường mỗi chuyến từ 120 đến 180 km, có chuyến phải đi theo Quốc lộ 4C qua đèo Mã Pí Lèng. Năm 2024, tỉnh bố trí 850 triệu đồng cho hoạt động thư viện lưu động, bình quân khoảng 13 triệu đồng/chuyến.

Cô Vàng Thị Mai, giáo viên Trường PTDTBT Tiểu học Lũng Cú, cho biết trường có 312 học sinh, hầu hết là con em đồng bào Mông; mỗi lần xe thư viện về, có tới 9/10 lớp đăng ký đọc sách. Tỷ lệ học sinh của trường biết đọc thông thạo tiếng Việt đã tăng từ 74% lên 88% sau hai năm học.

Thời gian tới, Thư viện tỉnh phấn đấu mỗi năm tổ chức ít nhất 80 đợt luân chuyển, phục vụ 70.000 lượt bạn đọc; đồng thời đề xuất đầu tư xe thư viện lưu động thứ 2 với kinh phí dự kiến 2,2 tỷ đồng.

HOÀNG THU HÀ
08/10/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tổ chức 64 đợt", "64", 64, "count", "đợt luân chuyển", "đợt luân chuyển sách báo", period=YTD),
    F("xuống 11 huyện", "11", 11, "count", "huyện, thành phố", "huyện, thành phố được luân chuyển sách báo",
      period=YTD),
    F("trên 32.000 bản sách", "32.000", 32000, "count", "bản sách", "bản sách luân chuyển",
      approx="over", period=YTD),
    F("gần 58.000 lượt bạn đọc", "58.000", 58000, "count", "lượt bạn đọc", "lượt bạn đọc thư viện lưu động phục vụ",
      approx="nearly", change=C("increase", 15, baseline="cùng kỳ"), period=YTD),
    F("Riêng 4 huyện", "4", 4, "count", "huyện", "huyện vùng cao núi đá phía Bắc", period=I(YTD),
      optional=True),
    F("tiếp nhận 18.400 bản", "18.400", 18400, "count", "bản",
      "bản sách luân chuyển đến 4 huyện vùng cao núi đá phía Bắc", percent=57.5, period=I(YTD)),
    F("khoảng 2.000 bản sách", "2.000", 2000, "count", "bản sách", "bản sách, báo, tranh ảnh mỗi chuyến xe mang theo",
      approx="about"),
    F("cùng 10 máy tính bảng", "10", 10, "count", "máy tính bảng", "máy tính bảng mỗi chuyến xe mang theo"),
    F("từ 120 đến 180 km", "120", 120, "measure", "km", "quãng đường mỗi chuyến xe thư viện lưu động",
      value_max=180),
    F("bố trí 850 triệu đồng", "850", 850e6, "money", "đồng", "kinh phí tỉnh bố trí cho hoạt động thư viện lưu động",
      period=Y24),
    F("khoảng 13 triệu đồng/chuyến", "13", 13e6, "money", "đồng/chuyến", "kinh phí bình quân mỗi chuyến",
      approx="about", period=Y24),
    F("có 312 học sinh", "312", 312, "count", "học sinh", "học sinh Trường PTDTBT Tiểu học Lũng Cú"),
    F("có tới 9/10 lớp", "9", 9, "count", "lớp", "lớp đăng ký đọc sách mỗi lần xe thư viện về", total=10),
    F("từ 74% lên", "74", 74, "percent", "%", "tỷ lệ học sinh của trường biết đọc thông thạo tiếng Việt"),
    F("lên 88% sau", "88", 88, "percent", "%", "tỷ lệ học sinh của trường biết đọc thông thạo tiếng Việt"),
    F("ít nhất 80 đợt", "80", 80, "count", "đợt luân chuyển", "đợt luân chuyển sách mỗi năm",
      approx="at_least", status="target"),
    F("phục vụ 70.000 lượt bạn đọc", "70.000", 70000, "count", "lượt bạn đọc", "lượt bạn đọc phục vụ mỗi năm",
      status="target"),
    F("dự kiến 2,2 tỷ đồng", "2,2", 2.2e9, "money", "đồng", "kinh phí đầu tư xe thư viện lưu động thứ 2",
      status="forecast"),
]

NOTES = [
    "Báo Hà Giang style: headline, body, byline 'HOÀNG THU HÀ' and bare date '08/10/2024' at the end (published).",
    "'Từ đầu năm đến nay' -> 2024-01-01 .. published. 'tăng 15% so với cùng kỳ' is the change of 58.000 lượt bạn đọc.",
    "'Riêng 4 huyện ... tiếp nhận 18.400 bản, chiếm 57,5% tổng số sách luân chuyển': percent 57.5; no total ('Riêng' is not one of",
    "  the part-of cues and the whole 'trên 32.000' is approximate); location stays Hà Giang (four districts, one figure).",
    "'Riêng 4 huyện ... là Đồng Văn, ...' names a group by its size: optional.",
    "'9/10 lớp' -> total 10. 'tăng từ 74% lên 88%' -> two percent figures, no change; 'sau hai năm học' is a duration, not a figure.",
    "Not figures: 'Quốc lộ 4C', 'Tiểu học Lũng Cú', 'xe thư viện lưu động thứ 2' (ordinal), the bare date.",
    "'phấn đấu mỗi năm' -> target (no year stated: no period); 'kinh phí dự kiến 2,2 tỷ đồng' -> forecast.",
]

write(5, TEXT, FIGS, NOTES, published="2024-10-08", location="Hà Giang")
