from lib import F, P, C, T, write

TEXT = """
BÁO BẮC GIANG ĐIỆN TỬ
Văn hóa
Xe thư viện lưu động đưa sách về điểm trường vùng cao
Thứ Năm, 16/05/2024 - 10:32

(BGĐT) - Từ đầu năm 2024 đến hết tháng 4, xe thư viện lưu động của Thư viện tỉnh đã thực hiện 46 chuyến phục vụ tại 52 điểm trường thuộc 6 huyện, thu hút gần 18.500 lượt học sinh tham gia đọc sách, tăng 2.300 lượt so với cùng kỳ năm trước.

Trong đó, huyện Sơn Động có nhiều điểm phục vụ nhất với 14 điểm trường, tiếp đến là Lục Ngạn 11 điểm, Lục Nam 9 điểm, Yên Thế 7 điểm, Lạng Giang 6 điểm và Tân Yên 5 điểm.

Mỗi chuyến xe mang theo khoảng 3.000 cuốn sách, báo, 10 máy tính bảng cùng bộ thiết bị trình chiếu. Tại điểm dừng, cán bộ thư viện tổ chức giới thiệu sách, thi kể chuyện theo sách, chiếu phim hoạt hình và hướng dẫn các em tra cứu tài liệu trên thư viện số. Qua khảo sát nhanh tại 20 trường, 87,5% học sinh mong muốn xe thư viện quay lại ít nhất 2 lần mỗi học kỳ.

Ông Nguyễn Văn Thành, Giám đốc Thư viện tỉnh cho biết, mô hình được triển khai theo Quyết định số 1520/QĐ-UBND của UBND tỉnh. Năm 2024, tỉnh bố trí 850 triệu đồng cho hoạt động của xe thư viện lưu động, tăng 15% so với năm 2023.

Theo kế hoạch, trong năm 2024 xe sẽ phục vụ tổng cộng khoảng 110 điểm trường, thu hút trên 40 nghìn lượt học sinh. Các trường có nhu cầu đăng ký lịch phục vụ qua số điện thoại 0204.3854.261 hoặc trực tiếp tại Thư viện tỉnh, số 2 đường Nguyễn Văn Cừ, TP Bắc Giang.

Cô Hoàng Thị Mai, giáo viên Trường Tiểu học và THCS An Lạc (Sơn Động) chia sẻ: "Mỗi lần xe về, các em háo hức như ngày hội. Sau buổi đọc sách, nhiều em mượn về nhà 2-3 cuốn."

Hà Linh
"""

P1 = P("Từ đầu năm 2024 đến hết tháng 4", "2024-01-01", "2024-04-30")
P1i = P("Từ đầu năm 2024 đến hết tháng 4", "2024-01-01", "2024-04-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("trong năm 2024", "2024-01-01", "2024-12-31")
LIST = "điểm trường xe thư viện lưu động phục vụ"

FIGS = [
    F("thực hiện 46 chuyến", "46", 46, "count", "chuyến", "chuyến xe thư viện lưu động phục vụ", period=P1),
    F("tại 52 điểm trường", "52", 52, "count", "điểm trường", LIST, period=P1),
    F("thuộc 6 huyện", "6", 6, "count", "huyện", "huyện có điểm trường được phục vụ", period=P1),
    F("gần 18.500 lượt học sinh", "18.500", 18500, "count", "lượt học sinh", "lượt học sinh tham gia đọc sách",
      approx="nearly", change=C("increase", 2300, "lượt", "cùng kỳ năm trước"), period=P1),
    F("với 14 điểm trường", "14", 14, "count", "điểm trường", LIST, total=52, location="Sơn Động", period=P1i),
    F("Lục Ngạn 11 điểm", "11", 11, "count", "điểm", LIST, total=52, location="Lục Ngạn", period=P1i),
    F("Lục Nam 9 điểm", "9", 9, "count", "điểm", LIST, total=52, location="Lục Nam", period=P1i),
    F("Yên Thế 7 điểm", "7", 7, "count", "điểm", LIST, total=52, location="Yên Thế", period=P1i),
    F("Lạng Giang 6 điểm", "6", 6, "count", "điểm", LIST, total=52, location="Lạng Giang", period=P1i),
    F("Tân Yên 5 điểm", "5", 5, "count", "điểm", LIST, total=52, location="Tân Yên", period=P1i),
    F("khoảng 3.000 cuốn sách", "3.000", 3000, "count", "cuốn sách", "cuốn sách, báo mỗi chuyến xe mang theo",
      approx="about"),
    F("10 máy tính bảng", "10", 10, "count", "máy tính bảng", "máy tính bảng mỗi chuyến xe mang theo"),
    F("tại 20 trường", "20", 20, "count", "trường", "trường được khảo sát nhanh"),
    F("87,5% học sinh", "87,5", 87.5, "percent", "%", "học sinh mong muốn xe thư viện quay lại"),
    F("ít nhất 2 lần", "2", 2, "count", "lần", "lần xe thư viện quay lại mỗi học kỳ",
      approx="at_least", optional=True),
    F("850 triệu đồng", "850", 850000000, "money", "đồng", "kinh phí hoạt động của xe thư viện lưu động",
      change=C("increase", 15, "%", "năm 2023"), period=Y24),
    F("khoảng 110 điểm trường", "110", 110, "count", "điểm trường", "điểm trường xe sẽ phục vụ",
      approx="about", status="target", period=Y24b),
    F("trên 40 nghìn lượt", "40", 40000, "count", "lượt học sinh", "lượt học sinh thu hút",
      approx="over", status="target", period=Y24b),
    F("2-3 cuốn", "2", 2, "count", "cuốn", "cuốn sách các em mượn về nhà", value_max=3,
      location="Sơn Động", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang), 'Thứ Năm, 16/05/2024 - 10:32', byline at the end. Mobile library van serving schools.",
    "'Trong đó' list after '52 điểm trường' gives each district count total 52, location the district, subject the list's indicator.",
    "'tăng 2.300 lượt so với cùng kỳ năm trước' is the change of 18.500 lượt. 'Theo kế hoạch ... sẽ' gives status target.",
    "Per-trip equipment (3.000 cuốn, 10 máy) and survey (20 trường, 87,5%) have no period of their own (null).",
    "'ít nhất 2 lần mỗi học kỳ' is a wish threshold and '2-3 cuốn' an anecdote in a quote: optional.",
    "Distractors: Quyết định số 1520/QĐ-UBND, phone 0204.3854.261, 'số 2 đường Nguyễn Văn Cừ', school name 'Tiểu học và THCS An Lạc'.",
]
write("p392-2", COMMENTS, TEXT, FIGS, published="2024-05-16", location="Bắc Giang")
