import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Giáo dục - Đào tạo

Nghệ An: Hơn 1.300 lưu học sinh Lào đang học tập tại các trường trên địa bàn

Cập nhật: 18/09/2024 14:25 | Lượt xem: 1.482

Theo Sở Giáo dục và Đào tạo, tính đến ngày 15/9/2024, toàn tỉnh có 1.326 lưu học sinh Lào đang học tập tại 9 cơ sở đào tạo, tăng 112 em so với cùng kỳ năm 2023. Trong đó, diện học bổng Hiệp định giữa hai Chính phủ là 418 em, chiếm 31,5%; diện học bổng do tỉnh cấp theo thỏa thuận hợp tác với 6 tỉnh Bắc Lào là 275 em; còn lại là lưu học sinh tự túc kinh phí.

Trường Đại học Vinh tiếp nhận nhiều nhất với 512 lưu học sinh, tiếp đến là Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An (186 em), Trường Đại học Y khoa Vinh (143 em) và Trường Chính trị tỉnh (97 em).

Năm học 2023-2024, có 301 lưu học sinh tốt nghiệp, trong đó 46 em đạt loại giỏi và xuất sắc; tỷ lệ lưu học sinh đạt yêu cầu tiếng Việt sau năm dự bị là 94,7%.

Kinh phí ngân sách tỉnh chi cho đào tạo lưu học sinh Lào năm 2024 ước khoảng 38,6 tỷ đồng, bằng 108% năm 2023. Mức sinh hoạt phí cho lưu học sinh diện học bổng của tỉnh là 4,1 triệu đồng/người/tháng; mỗi em còn được hỗ trợ 1,5 triệu đồng/năm mua đồ dùng học tập.

Thực hiện Kế hoạch số 386/KH-UBND ngày 20/6/2024, tỉnh phấn đấu đến năm 2025 tiếp nhận khoảng 1.500 lưu học sinh Lào, trong đó từ 40 đến 45% theo học các ngành kỹ thuật, y dược.

Mọi thông tin xin liên hệ Phòng Quản lý lưu học sinh, số 75 Nguyễn Thị Minh Khai, TP Vinh; điện thoại: 0238.3844.765.
"""

ASOF = per("tính đến ngày 15/9/2024", end="2024-09-15")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("Hơn 1.300 lưu", "1.300", 1300, "count", "lưu học sinh",
        "lưu học sinh Lào đang học tập tại các trường trên địa bàn", inh(ASOF), approx="over"),
    fig("có 1.326 lưu học sinh", "1.326", 1326, "count", "lưu học sinh", "lưu học sinh Lào đang học tập", ASOF,
        change=chg("increase", 112, "em", "cùng kỳ năm 2023")),
    fig("tại 9 cơ sở đào tạo", "9", 9, "count", "cơ sở đào tạo", "cơ sở đào tạo có lưu học sinh Lào đang học tập", ASOF),
    fig("là 418 em", "418", 418, "count", "em", "lưu học sinh Lào diện học bổng Hiệp định giữa hai Chính phủ", inh(ASOF),
        total=1326, percent=31.5),
    fig("với 6 tỉnh Bắc Lào", "6", 6, "count", "tỉnh", "tỉnh Bắc Lào có thỏa thuận hợp tác với tỉnh"),
    fig("là 275 em", "275", 275, "count", "em", "lưu học sinh Lào diện học bổng do tỉnh cấp", inh(ASOF), total=1326),
    fig("với 512 lưu học sinh", "512", 512, "count", "lưu học sinh", "lưu học sinh Lào tại Trường Đại học Vinh"),
    fig("(186 em)", "186", 186, "count", "em", "lưu học sinh Lào tại Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An"),
    fig("(143 em)", "143", 143, "count", "em", "lưu học sinh Lào tại Trường Đại học Y khoa Vinh"),
    fig("(97 em)", "97", 97, "count", "em", "lưu học sinh Lào tại Trường Chính trị tỉnh"),
    fig("có 301 lưu học sinh", "301", 301, "count", "lưu học sinh", "lưu học sinh tốt nghiệp"),
    fig("46 em đạt loại", "46", 46, "count", "em", "lưu học sinh tốt nghiệp đạt loại giỏi và xuất sắc", total=301),
    fig("là 94,7%", "94,7", 94.7, "percent", "%", "tỷ lệ lưu học sinh đạt yêu cầu tiếng Việt sau năm dự bị"),
    fig("ước khoảng 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng",
        "kinh phí ngân sách tỉnh chi cho đào tạo lưu học sinh Lào", Y24, approx="about", percent=108, status="estimate"),
    fig("là 4,1 triệu đồng", "4,1", 4.1e6, "money", "đồng/người/tháng",
        "mức sinh hoạt phí cho lưu học sinh diện học bổng của tỉnh"),
    fig("hỗ trợ 1,5 triệu đồng/năm", "1,5", 1.5e6, "money", "đồng/năm", "hỗ trợ mua đồ dùng học tập mỗi lưu học sinh"),
    fig("khoảng 1.500 lưu học sinh", "1.500", 1500, "count", "lưu học sinh", "lưu học sinh Lào tiếp nhận", T25,
        approx="about", status="target"),
    fig("từ 40 đến 45%", "40", 40, "percent", "%", "lưu học sinh Lào theo học các ngành kỹ thuật, y dược", T25,
        value_max=45, status="target"),
]

COMMENTS = [
    "Probe 639-1. Nghệ An province portal (breadcrumb, Cập nhật line, view counter): Lao students in the province, Sept 2024.",
    "Not figures: Lượt xem 1.482, Kế hoạch số 386/KH-UBND ngày 20/6/2024, Năm học 2023-2024, số 75 Nguyễn Thị Minh Khai, phone.",
    "tăng 112 em after '9 cơ sở' is the change of 1.326 (the students), across the clause. 'Trong đó' parts after a sentence",
    "break take 1.326 as total; the school list has no cue, so no total. Schools are not places: location stays Nghệ An.",
    "'bằng 108% năm 2023' is the share (percent) of 38,6 tỷ. School year (năm học) left without a period (not in the spec table).",
]

if __name__ == "__main__":
    write("p639-1", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Nghệ An")
