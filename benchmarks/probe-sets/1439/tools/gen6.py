"""p1439-6: department site without dateline (Sở Tư pháp Đà Nẵng): one-cell-per-line table by district."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ TƯ PHÁP THÀNH PHỐ ĐÀ NẴNG
Giới thiệu | Tin tức | Bổ trợ tư pháp | Hộ tịch - Chứng thực | Hỏi đáp

Chứng thực chữ ký người dịch tại các quận, huyện tăng cao

Nhờ lượng khách du lịch và nhà đầu tư nước ngoài tăng, nhu cầu dịch, chứng thực giấy tờ tại Đà Nẵng tăng mạnh. Năm 2023, UBND các quận, huyện chứng thực chữ ký người dịch 9.846 việc, tăng 31,2% so với năm 2022; ước thực hiện năm 2024 khoảng 11.500 việc.

Số việc chứng thực chữ ký người dịch theo đơn vị
Đơn vị tính: việc
Đơn vị
Năm 2022
Năm 2023
Ước thực hiện năm 2024
Quận Hải Châu
3.412
4.520
5.200
Quận Sơn Trà
1.630
2.214
2.650
Quận Ngũ Hành Sơn
905
1.187
1.450
Các quận, huyện còn lại
1.557
1.925
2.200
Tổng cộng
7.504
9.846
11.500

Thành phố hiện có 52 cộng tác viên dịch thuật, phục vụ 11 ngôn ngữ, trong đó tiếng Hàn có 14 người, tiếng Anh 12 người, tiếng Trung 9 người. Thời gian trả kết quả chứng thực trung bình 1,5 giờ/hồ sơ, giảm 30 phút so với năm 2022.

Năm 2024, Sở Tư pháp đặt chỉ tiêu 100% phòng tư pháp tiếp nhận hồ sơ chứng thực trực tuyến và phấn đấu có thêm 8 đến 10 cộng tác viên tiếng Nhật, tiếng Thái.

Liên kết website | Sơ đồ cổng
SỞ TƯ PHÁP THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 15, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3822.148
Lượt truy cập: 1.204.577
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24c = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = {"Năm 2022": Y22, "Năm 2023": Y23, "Ước thực hiện năm 2024": E24}
DN = "Đà Nẵng"
TABLE = "số việc chứng thực chữ ký người dịch"


def cell(anchor, number, row, col, place):
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    label = f"{TABLE} {row} {col.lower()}" if row else f"{TABLE} {col.lower()}"
    return fig(anchor, number, float(number.replace(".", "")), "count", "việc", subject=label,
               period=COLS[col], location=place, **kw)


C = list(COLS)
FIGS = [
    fig("người dịch 9.846 việc", "9.846", 9846, "count", "việc", change=chg("increase", 31.2, "%", "năm 2022"),
        subject="chứng thực chữ ký người dịch của UBND các quận, huyện", period=Y23),
    fig("khoảng 11.500 việc", "11.500", 11500, "count", "việc", approx="about", status="estimate",
        subject="chứng thực chữ ký người dịch ước thực hiện", period=Y24),
    cell("Hải Châu\n3.412", "3.412", None, C[0], "Hải Châu"),
    cell("3.412\n4.520", "4.520", None, C[1], "Hải Châu"),
    cell("4.520\n5.200", "5.200", None, C[2], "Hải Châu"),
    cell("Sơn Trà\n1.630", "1.630", None, C[0], "Sơn Trà"),
    cell("1.630\n2.214", "2.214", None, C[1], "Sơn Trà"),
    cell("2.214\n2.650", "2.650", None, C[2], "Sơn Trà"),
    cell("Hành Sơn\n905", "905", None, C[0], "Ngũ Hành Sơn"),
    cell("905\n1.187", "1.187", None, C[1], "Ngũ Hành Sơn"),
    cell("1.187\n1.450", "1.450", None, C[2], "Ngũ Hành Sơn"),
    cell("còn lại\n1.557", "1.557", "các quận, huyện còn lại", C[0], DN),
    cell("1.557\n1.925", "1.925", "các quận, huyện còn lại", C[1], DN),
    cell("1.925\n2.200", "2.200", "các quận, huyện còn lại", C[2], DN),
    cell("Tổng cộng\n7.504", "7.504", "tổng cộng", C[0], DN),
    cell("7.504\n9.846", "9.846", "tổng cộng", C[1], DN),
    cell("9.846\n11.500", "11.500", "tổng cộng", C[2], DN),
    fig("có 52 cộng tác viên", "52", 52, "count", "cộng tác viên", subject="cộng tác viên dịch thuật"),
    fig("vụ 11 ngôn ngữ", "11", 11, "count", "ngôn ngữ", subject="ngôn ngữ cộng tác viên dịch thuật phục vụ"),
    fig("có 14 người", "14", 14, "count", "người", total=52, subject="cộng tác viên tiếng Hàn"),
    fig("tiếng Anh 12 người", "12", 12, "count", "người", total=52, subject="cộng tác viên tiếng Anh"),
    fig("tiếng Trung 9 người", "9", 9, "count", "người", total=52, subject="cộng tác viên tiếng Trung"),
    fig("trung bình 1,5 giờ/hồ sơ", "1,5", 1.5, "measure", "giờ/hồ sơ",
        change=chg("decrease", 30, "phút", "năm 2022"), subject="thời gian trả kết quả chứng thực"),
    fig("chỉ tiêu 100%", "100", 100, "percent", "%", status="target",
        subject="phòng tư pháp tiếp nhận hồ sơ chứng thực trực tuyến", period=Y24c),
    fig("thêm 8 đến 10", "8", 8, "count", "cộng tác viên", value_max=10, status="target",
        subject="cộng tác viên tiếng Nhật, tiếng Thái có thêm", period=Y24c),
]

NOTES = [
    "Department site (Sở Tư pháp Đà Nẵng) with no dateline: menu, 'Liên kết website', footer address, phone, 'Lượt truy cập'. published = null.",
    "One-cell-per-line table, 'Đơn vị tính: việc', columns Năm 2022 / Năm 2023 / 'Ước thực hiện năm 2024' (status estimate).",
    "A row label that is a district goes to location (Hải Châu, Sơn Trà, Ngũ Hành Sơn), the subject is the table title + column.",
    "'Các quận, huyện còn lại' and 'Tổng cộng' rows are city-level groups: location Đà Nẵng, label kept in the subject. Cells get no total.",
    "Columns add up (7.504 / 9.846 / 11.500). The text's 9.846 and 'khoảng 11.500' are separate figures from the cells.",
    "'52 cộng tác viên, phục vụ 11 ngôn ngữ, trong đó tiếng Hàn có 14 người, …' → the whole is 52 (the same thing: people),",
    "not the nearer '11 ngôn ngữ'. 'hiện' gives no period. '1,5 giờ/hồ sơ, giảm 30 phút so với năm 2022' → change in phút.",
    "'Năm 2024, … đặt chỉ tiêu 100% … và phấn đấu có thêm 8 đến 10 …' → both target, period 2024.",
    "Distractors: 'Tầng 15', '24 Trần Phú', phone 0236.3822.148, 'Lượt truy cập: 1.204.577'.",
]

if __name__ == "__main__":
    write("p1439-6", TEXT, NOTES, FIGS, published=None, location="Đà Nẵng")
