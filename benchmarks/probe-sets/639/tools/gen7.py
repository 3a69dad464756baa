import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH
Trang chủ / Tin hoạt động / Hợp tác quốc tế

Chương trình liên kết giáo dục với nước ngoài tiếp tục mở rộng

Năm học 2023-2024, Sở Giáo dục và Đào tạo đã phê duyệt 48 chương trình liên kết giáo dục với đối tác nước ngoài (21 chương trình của Anh, 12 của Úc, 9 của Mỹ và 6 của Canada), tăng 6 chương trình so với năm học trước, với tổng số 27.360 học sinh tham gia. Các chương trình được triển khai tại 164 trường thuộc 19/22 quận, huyện và thành phố Thủ Đức; học phí dao động từ 1,2 đến 2,5 triệu đồng/học sinh/tháng.

Số giáo viên nước ngoài tham gia giảng dạy chương trình liên kết
Đơn vị tính: người
Cấp học
Năm 2022
Năm 2023
Tăng (%)
Tiểu học
158
186
17,7
Trung học cơ sở
109
121
11,0
Trung học phổ thông
68
74
8,8
Tổng cộng
335
381
13,7

Theo quy định tại Công văn số 2815/SGDĐT-HTQT, giáo viên nước ngoài phải có bằng đại học trở lên và chứng chỉ giảng dạy quốc tế; năm 2023 có 17 giáo viên không đáp ứng yêu cầu đã bị đình chỉ giảng dạy. Sở đề nghị các trường bảo đảm tỷ lệ giáo viên Việt Nam trợ giảng trong giờ học đạt 100%.

Hỗ trợ nghiệp vụ: Phòng Hợp tác quốc tế, điện thoại (028) 3829.1875.
Địa chỉ: 66-68 Lê Thánh Tôn, phường Bến Nghé, Quận 1
Tổng lượt truy cập: 5.214.093
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
GV = "giáo viên nước ngoài"


def cell(anchor, number, value, level, col, period, kind="count", unit="người"):
    subj = f"{GV} {level} {col}".strip()
    return fig(anchor, number, value, kind, unit if kind == "count" else "%", subj, period)


FIGS = [
    fig("phê duyệt 48 chương trình", "48", 48, "count", "chương trình", "chương trình liên kết giáo dục với đối tác nước ngoài",
        change=chg("increase", 6, "chương trình", "năm học trước")),
    fig("(21 chương trình", "21", 21, "count", "chương trình", "chương trình liên kết giáo dục của đối tác Anh", total=48),
    fig("12 của Úc", "12", 12, "count", "chương trình", "chương trình liên kết giáo dục của đối tác Úc", total=48),
    fig("9 của Mỹ", "9", 9, "count", "chương trình", "chương trình liên kết giáo dục của đối tác Mỹ", total=48),
    fig("6 của Canada", "6", 6, "count", "chương trình", "chương trình liên kết giáo dục của đối tác Canada", total=48),
    fig("tổng số 27.360 học sinh", "27.360", 27360, "count", "học sinh", "học sinh tham gia chương trình liên kết giáo dục"),
    fig("tại 164 trường", "164", 164, "count", "trường", "trường triển khai chương trình liên kết giáo dục"),
    fig("thuộc 19/22", "19", 19, "count", "quận, huyện và thành phố Thủ Đức",
        "quận, huyện và thành phố Thủ Đức có trường triển khai chương trình liên kết", total=22),
    fig("từ 1,2 đến 2,5", "1,2", 1.2e6, "money", "đồng/học sinh/tháng", "học phí chương trình liên kết", value_max=2.5e6),
    cell("Tiểu học\n158", "158", 158, "Tiểu học", "năm 2022", Y22),
    cell("158\n186", "186", 186, "Tiểu học", "năm 2023", Y23),
    cell("17,7", "17,7", 17.7, "Tiểu học", "tăng", None, kind="percent"),
    cell("sở\n109", "109", 109, "Trung học cơ sở", "năm 2022", Y22),
    cell("109\n121", "121", 121, "Trung học cơ sở", "năm 2023", Y23),
    cell("11,0", "11,0", 11.0, "Trung học cơ sở", "tăng", None, kind="percent"),
    cell("thông\n68", "68", 68, "Trung học phổ thông", "năm 2022", Y22),
    cell("68\n74", "74", 74, "Trung học phổ thông", "năm 2023", Y23),
    cell("8,8", "8,8", 8.8, "Trung học phổ thông", "tăng", None, kind="percent"),
    cell("cộng\n335", "335", 335, "tổng cộng", "năm 2022", Y22),
    cell("335\n381", "381", 381, "tổng cộng", "năm 2023", Y23),
    cell("13,7", "13,7", 13.7, "tổng cộng", "tăng", None, kind="percent"),
    fig("có 17 giáo viên", "17", 17, "count", "giáo viên", "giáo viên nước ngoài không đáp ứng yêu cầu bị đình chỉ giảng dạy",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 100%", "100", 100, "percent", "%", "tỷ lệ giáo viên Việt Nam trợ giảng trong giờ học", status="target"),
]

COMMENTS = [
    "Probe 639-7. Department site (Sở GD&ĐT TP. Hồ Chí Minh), breadcrumb, no dateline, footer with address and visit counter.",
    "Joint education programmes with foreign partners and foreign teachers; one-cell-per-line table with 'Đơn vị tính: người',",
    "columns Năm 2022 | Năm 2023 | Tăng (%), rows by school level. Every numeric cell is a figure; 'Tăng (%)' cells are growth rates",
    "(percent figures, no period); year columns give scored periods. Not figures: 'Năm học 2023-2024', Công văn số 2815/SGDĐT-HTQT,",
    "'66-68 Lê Thánh Tôn', 'Quận 1', 'Tổng lượt truy cập: 5.214.093'. '19/22 quận, huyện' → total 22. 'năm học trước' is the baseline.",
    "The bracket after 48 adds up (21+12+9+6): its items take 48 as total; 'tăng 6 chương trình' after it is the change of 48.",
    "'bảo đảm tỷ lệ … đạt 100%' is a requirement set by the department: status target. School years are left without a period.",
]

if __name__ == "__main__":
    write("p639-7", TEXT, COMMENTS, FIGS, published=None, location="TP. Hồ Chí Minh")
