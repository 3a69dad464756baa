"""p1235-7: department site (Sở TT&TT Hà Giang), no dateline, one-cell-per-line table by district."""
from lib import F, P, I, C, T, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HÀ GIANG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Đưa thông tin bằng tiếng Mông, tiếng Dao đến vùng cao núi đá

Hà Giang hiện có 193 đài truyền thanh cấp xã, trong đó 121 đài đã chuyển sang ứng dụng công nghệ thông tin - viễn thông, chiếm 62,7%. Năm 2024, Đài Phát thanh và Truyền hình tỉnh sản xuất 1.460 chương trình tiếng Mông, Dao, Tày, Nùng, La Chí, Pà Thẻn; mỗi chương trình được các đài huyện, xã phát lại ít nhất 2 lần.

Thời lượng tiếp sóng chương trình tiếng dân tộc tại 4 huyện vùng cao núi đá:
Đơn vị tính: giờ
Huyện
Năm 2023
Năm 2024
Đồng Văn
1.240
1.386
Mèo Vạc
1.105
1.262
Yên Minh
968
1.040
Quản Bạ
812
905
Tổng số
4.125
4.593

Tổng số giờ tiếp sóng năm 2024 tăng 11,3% so với năm 2023; huyện Mèo Vạc có mức tăng cao nhất, đạt 14,2%.

Năm 2025, Sở phấn đấu 100% đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông; hỗ trợ 2.000 radio cho hộ nghèo người Mông với kinh phí dự kiến 700 triệu đồng.

Bài viết liên quan:
- Tập huấn nghiệp vụ cho 45 phát thanh viên tiếng dân tộc năm 2024
- Hội thi tuyên truyền viên giỏi lần thứ 4

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HÀ GIANG
Địa chỉ: Số 415 đường Nguyễn Trãi, phường Nguyễn Trãi, TP Hà Giang
Điện thoại: 0219.3866.868 | Email: stttt@hagiang.gov.vn
Tổng lượt truy cập: 2.365.114 | Đang trực tuyến: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CAP = "thời lượng tiếp sóng chương trình tiếng dân tộc"


def cell(anchor, number, value, place, col):
    per = {"Năm 2023": Y23, "Năm 2024": Y24}[col]
    if place is None:
        return F(anchor, number, value, "measure", "giờ", subject=f"tổng số {CAP} {col.lower()}", period=per)
    return F(anchor, number, value, "measure", "giờ", subject=f"{CAP} {col.lower()}", period=per, location=place)


FIGS = [
    F("có 193 đài", "193", 193, "count", "đài truyền thanh cấp xã", subject="đài truyền thanh cấp xã"),
    F("121 đài", "121", 121, "count", "đài", total=193, percent=62.7,
      subject="đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông"),
    F("sản xuất 1.460 chương trình", "1.460", 1460, "count", "chương trình",
      subject="chương trình tiếng Mông, Dao, Tày, Nùng, La Chí, Pà Thẻn sản xuất", period=Y24),
    F("ít nhất 2 lần", "2", 2, "measure", "lần/chương trình", approx="at_least",
      subject="số lần phát lại mỗi chương trình tại các đài huyện, xã", period=Y24),
    F("tại 4 huyện", "4", 4, "count", "huyện", optional=True, subject="huyện vùng cao núi đá"),
    cell("Văn\n1.240", "1.240", 1240, "Đồng Văn", "Năm 2023"),
    cell("1.240\n1.386", "1.386", 1386, "Đồng Văn", "Năm 2024"),
    cell("Vạc\n1.105", "1.105", 1105, "Mèo Vạc", "Năm 2023"),
    cell("1.105\n1.262", "1.262", 1262, "Mèo Vạc", "Năm 2024"),
    cell("Minh\n968", "968", 968, "Yên Minh", "Năm 2023"),
    cell("968\n1.040", "1.040", 1040, "Yên Minh", "Năm 2024"),
    cell("Bạ\n812", "812", 812, "Quản Bạ", "Năm 2023"),
    cell("812\n905", "905", 905, "Quản Bạ", "Năm 2024"),
    cell("Tổng số\n4.125", "4.125", 4125, None, "Năm 2023"),
    cell("4.125\n4.593", "4.593", 4593, None, "Năm 2024"),
    F("tăng 11,3%", "11,3", 11.3, "percent", "%",
      subject="tổng số giờ tiếp sóng", period=Y24s),
    F("đạt 14,2%", "14,2", 14.2, "percent", "%", subject="mức tăng giờ tiếp sóng", period=Y24s,
      location="Mèo Vạc"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông", period=Y25),
    F("hỗ trợ 2.000 radio", "2.000", 2000, "count", "radio", status="target",
      subject="radio hỗ trợ cho hộ nghèo người Mông", period=Y25),
    F("dự kiến 700 triệu", "700", 700000000, "money", "đồng", status="forecast",
      subject="kinh phí hỗ trợ radio", period=Y25),
    F("cho 45 phát thanh viên", "45", 45, "count", "phát thanh viên", optional=True,
      subject="phát thanh viên tiếng dân tộc được tập huấn nghiệp vụ"),
]

NOTES = [
    "Department site (Sở TT&TT Hà Giang), NO dateline: published null. Footer address, phone, e-mail, 'Tổng lượt truy cập: 2.365.114 | Đang trực tuyến: 41'.",
    "One-cell-per-line table, 'Đơn vị tính: giờ'; rows are districts (→ location), columns 'Năm 2023' / 'Năm 2024' (→ period, scored).",
    "Cell subject = caption indicator + column label (the row label is a place); 'Tổng số' row → location Hà Giang.",
    "'121 đài ..., chiếm 62,7%' → total 193 and percent 62.7. 'ít nhất 2 lần' per programme → measure lần/chương trình.",
    "'Tổng số giờ tiếp sóng năm 2024 tăng 11,3%' and 'Mèo Vạc ... đạt 14,2%' are growth rates as the claim → percent figures, no change.",
    "'tại 4 huyện' in the table caption: optional. Related-link title '45 phát thanh viên' optional (furniture, but a fact); 'lần thứ 4' ordinal.",
    "'phấn đấu 100% ...; hỗ trợ 2.000 radio' → target; 'với kinh phí dự kiến 700 triệu' → forecast (its own cue).",
]

if __name__ == "__main__":
    write("p1235-7", TEXT, NOTES, FIGS, location="Hà Giang")
