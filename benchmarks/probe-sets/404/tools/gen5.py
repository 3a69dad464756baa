from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG KHƯƠNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Mường Khương xóa "lõm sóng" cho các thôn vùng biên
Lù Văn Sáu - 05/06/2024 08:15

Toàn huyện có 16 xã, thị trấn với 153 thôn, bản, trong đó 39 thôn giáp biên giới Việt - Trung. Tính đến cuối tháng 5/2024, đã có 147/153 thôn, bản được phủ sóng điện thoại di động, đạt 96,1%; còn 6 thôn chưa có sóng ổn định, tập trung tại xã Pha Long và xã Tả Ngài Chồ.

Từ đầu năm đến nay, Viettel, VNPT và MobiFone đã lắp đặt mới 11 trạm BTS 4G dọc Quốc lộ 4D và Tỉnh lộ 154, nâng tổng số trạm trên địa bàn huyện lên 128 trạm, tổng kinh phí gần 14,5 tỷ đồng. Tốc độ tải xuống trung bình tại trung tâm các xã đạt từ 35 đến 50 Mbps.

Trước đây, người dân thôn Sín Chải phải đi bộ hơn 3 km lên đỉnh đồi mới gọi được điện thoại. "Có sóng rồi, con cháu đi làm xa gọi video về hằng ngày, bán thảo quả cũng xem giá qua mạng", ông Sùng Seo Sử, 62 tuổi, chia sẻ.

Theo kế hoạch, trong quý III/2024, các doanh nghiệp dự kiến đầu tư thêm 4 trạm phát sóng để xóa hoàn toàn các thôn lõm sóng; huyện phấn đấu đến năm 2025 có trên 70% hộ gia đình sử dụng Internet cáp quang (hiện nay đạt khoảng 58%, tương đương 8.200 hộ).

Người dân phản ánh về chất lượng sóng di động có thể liên hệ Phòng Văn hóa và Thông tin huyện, Tổ dân phố số 2, thị trấn Mường Khương, điện thoại 0214.3881.225.
"""

M5 = P("Tính đến cuối tháng 5/2024", None, "2024-05-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-05")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 16 xã", "16", 16, "count", "xã, thị trấn", "xã, thị trấn của huyện", optional=True),
    F("với 153 thôn", "153", 153, "count", "thôn, bản", "thôn, bản của huyện"),
    F("đó 39 thôn", "39", 39, "count", "thôn", "thôn giáp biên giới Việt - Trung", total=153),
    F("có 147/153", "147", 147, "count", "thôn, bản", "thôn, bản được phủ sóng điện thoại di động",
      total=153, percent=96.1, period=M5),
    F("còn 6 thôn", "6", 6, "count", "thôn", "thôn chưa có sóng ổn định", period=M5),
    F("mới 11 trạm", "11", 11, "count", "trạm", "trạm BTS 4G lắp đặt mới", period=YTD),
    F("lên 128 trạm", "128", 128, "count", "trạm", "tổng số trạm trên địa bàn huyện", period=YTD),
    F("gần 14,5 tỷ", "14,5", 14500000000, "money", "đồng", "tổng kinh phí", approx="nearly", period=YTD),
    F("từ 35 đến 50 Mbps", "35", 35, "measure", "Mbps", "tốc độ tải xuống trung bình tại trung tâm các xã",
      value_max=50),
    F("hơn 3 km", "3", 3, "measure", "km", "quãng đường đi bộ để gọi được điện thoại", approx="over",
      optional=True),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi ông Sùng Seo Sử", optional=True),
    F("thêm 4 trạm", "4", 4, "count", "trạm", "trạm phát sóng đầu tư thêm", status="forecast", period=Q3),
    F("trên 70%", "70", 70, "percent", "%", "hộ gia đình sử dụng Internet cáp quang", approx="over",
      status="target", period=T25),
    F("khoảng 58%", "58", 58, "percent", "%", "hộ gia đình sử dụng Internet cáp quang", approx="about"),
    F("tương đương 8.200 hộ", "8.200", 8200, "count", "hộ", "hộ gia đình sử dụng Internet cáp quang"),
]

COMMENTS = [
    "District portal (huyện Mường Khương, Lào Cai): mobile coverage of villages, new BTS, fibre. Byline + 'dd/mm/yyyy hh:mm' dateline.",
    "'16 xã, thị trấn' is structure (optional); '153 thôn, bản' a count; 'trong đó 39 thôn' part of 153. '147/153 …, đạt 96,1%' total + share.",
    "'còn 6 thôn' is a remainder, not after a part-of cue: no total. 'Từ đầu năm đến nay' runs 2024-01-01 to the dateline 2024-06-05 and is",
    "the stated period of every figure in its sentence (incl. the stock '128 trạm'). Speed range without period.",
    "Anecdote: 'hơn 3 km' and '62 tuổi' are incidental (optional). 'dự kiến đầu tư thêm 4 trạm' → forecast, quý III/2024.",
    "'phấn đấu đến năm 2025 … trên 70%' target; bracket '(hiện nay đạt khoảng 58%, tương đương 8.200 hộ)' has its own verb → actual, no period;",
    "8.200 hộ after 'tương đương' is a figure of its own (58% is a figure, as h01 '83,48%, tương đương 1,488 triệu').",
    "Distractors: 'Quốc lộ 4D', 'Tỉnh lộ 154', 'Tổ dân phố số 2', phone 0214.3881.225, byline 'Lù Văn Sáu' (number word), time 08:15, menu.",
]

build("p404-5", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Mường Khương")
