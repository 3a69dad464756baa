"""p1150-7: department site (Chi cục Thủy sản Thanh Hóa), no dateline, one-cell-per-line table species x water body."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH THANH HÓA
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Hỏi đáp

Tái tạo nguồn lợi thủy sản trên sông Mã, sông Chu và hồ Cửa Đạt

Thực hiện Kế hoạch số 112/KH-UBND ngày 18/4/2024 của UBND tỉnh, năm 2024 Chi cục Thủy sản đã phối hợp với các huyện Cẩm Thủy, Thọ Xuân, Thường Xuân tổ chức 3 đợt thả cá giống với tổng số 540.000 con, tổng kinh phí 650 triệu đồng.

Số lượng cá giống thả theo loài và thủy vực:
Đơn vị tính: nghìn con
Loài
Sông Mã
Sông Chu
Hồ Cửa Đạt
Cá trắm cỏ
60
45
80
Cá chép
50
40
70
Cá mè trắng
40
35
60
Cá lăng
15
10
35
Tổng cộng
165
130
245

Song song với thả giống, từ ngày 15/3 đến 15/6/2024, tỉnh cấm khai thác thủy sản tại 7 khu vực trên sông Mã và hồ Cửa Đạt với tổng chiều dài gần 18 km. Trong thời gian cấm, lực lượng chức năng đã kiểm tra 126 lượt phương tiện, xử lý 18 vụ vi phạm, phạt tiền 64 triệu đồng; thu giữ 11 bộ kích điện. Theo điều tra của Chi cục, mật độ cá bố mẹ tại các vùng cấm tăng khoảng 20-25% so với trước khi thả giống.

Tin liên quan:
- Tập huấn bảo vệ nguồn lợi thủy sản cho tổ cộng đồng lần thứ 2
- Tăng cường phòng, chống khai thác thủy sản bằng xung điện

CHI CỤC THỦY SẢN THANH HÓA
Địa chỉ: Số 7 Đội Cung, phường Đông Vệ, TP Thanh Hóa
Điện thoại: 0237.3852.461
Lượt truy cập: 683.912 | Trực tuyến: 14
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
BAN = P("từ ngày 15/3 đến 15/6/2024", "2024-03-15", "2024-06-15")
ROWS = {"Cá trắm cỏ": "cá trắm cỏ", "Cá chép": "cá chép", "Cá mè trắng": "cá mè trắng", "Cá lăng": "cá lăng",
        "Tổng cộng": "tổng cộng cá giống"}


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "con", subject=f"{ROWS[row]} thả {col}", period=I(Y24))


FIGS = [
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", subject="đợt thả cá giống", period=Y24),
    F("tổng số 540.000 con", "540.000", 540000, "count", "con", subject="cá giống thả", period=Y24),
    F("650 triệu", "650", 650000000, "money", "đồng", subject="tổng kinh phí thả cá giống", period=Y24),
    cell("Cá trắm cỏ\n60", "60", 60000, "Cá trắm cỏ", "sông Mã"),
    cell("60\n45", "45", 45000, "Cá trắm cỏ", "sông Chu"),
    cell("45\n80", "80", 80000, "Cá trắm cỏ", "hồ Cửa Đạt"),
    cell("Cá chép\n50", "50", 50000, "Cá chép", "sông Mã"),
    cell("50\n40", "40", 40000, "Cá chép", "sông Chu"),
    cell("40\n70", "70", 70000, "Cá chép", "hồ Cửa Đạt"),
    cell("Cá mè trắng\n40", "40", 40000, "Cá mè trắng", "sông Mã"),
    cell("40\n35", "35", 35000, "Cá mè trắng", "sông Chu"),
    cell("35\n60", "60", 60000, "Cá mè trắng", "hồ Cửa Đạt"),
    cell("Cá lăng\n15", "15", 15000, "Cá lăng", "sông Mã"),
    cell("15\n10", "10", 10000, "Cá lăng", "sông Chu"),
    cell("10\n35", "35", 35000, "Cá lăng", "hồ Cửa Đạt"),
    cell("Tổng cộng\n165", "165", 165000, "Tổng cộng", "sông Mã"),
    cell("165\n130", "130", 130000, "Tổng cộng", "sông Chu"),
    cell("130\n245", "245", 245000, "Tổng cộng", "hồ Cửa Đạt"),
    F("tại 7 khu vực", "7", 7, "count", "khu vực", subject="khu vực cấm khai thác thủy sản trên sông Mã và hồ Cửa Đạt",
      period=BAN),
    F("gần 18 km", "18", 18, "measure", "km", approx="nearly", subject="tổng chiều dài khu vực cấm", period=BAN),
    F("kiểm tra 126 lượt", "126", 126, "count", "lượt phương tiện", subject="lượt phương tiện được kiểm tra",
      period=I(BAN)),
    F("xử lý 18 vụ", "18", 18, "count", "vụ", subject="vụ vi phạm bị xử lý", period=I(BAN)),
    F("phạt tiền 64 triệu", "64", 64000000, "money", "đồng", subject="tiền phạt", period=I(BAN)),
    F("thu giữ 11 bộ", "11", 11, "count", "bộ kích điện", subject="kích điện bị thu giữ", period=I(BAN)),
    F("khoảng 20-25%", "20", 20, "percent", "%", value_max=25, approx="about",
      subject="tăng mật độ cá bố mẹ tại các vùng cấm"),
]

NOTES = [
    "Department site (Chi cục Thủy sản, Sở NN&PTNT Thanh Hóa): no dateline; menu, related links, footer address, phone, 'Lượt truy cập | Trực tuyến' counters.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn con'; rows are species, columns are water bodies (rivers and a reservoir are not provinces or districts, so the column label stays in the subject; location Thanh Hóa).",
    "Table cells inherit 'năm 2024' from the sentence before the caption (not scored). The 'Tổng cộng' row is a figure of its own; cells carry no total.",
    "Distractors: Kế hoạch số 112/KH-UBND ngày 18/4/2024, 'lần thứ 2', 'Số 7 Đội Cung', phone 0237.3852.461, counters 683.912 and 14, ban window dates.",
    "'Trong thời gian cấm' points back to the ban window of the previous sentence: inherited. 'mật độ cá bố mẹ ... tăng khoảng 20-25%' is a rate that is the claim: percent with range, no change.",
    "'Sông Mã' here is the river, not the Sơn La district of that name.",
]

if __name__ == "__main__":
    write("p1150-7", TEXT, NOTES, FIGS, location="Thanh Hóa")
