"""p1405-7: department site (Sở LĐ-TB&XH Thái Bình), no dateline; one-cell-per-line table by district."""
from lib import F, P, inh, chg, tgt, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI BÌNH
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Thái Bình: kết quả đưa thực tập sinh sang Nhật Bản theo địa bàn

Năm 2024, số lao động Thái Bình đi thực tập kỹ năng tại Nhật Bản ước đạt 3.180 người, tăng 6,2% so với năm 2023, chiếm khoảng 58% tổng số lao động xuất cảnh của tỉnh. Thái Bình xếp thứ 3 cả nước về số lao động đi làm việc tại Nhật Bản, sau Nghệ An và Thanh Hóa.

Số thực tập sinh đi Nhật Bản phân theo địa bàn
Đơn vị tính: người
Địa bàn
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
TP Thái Bình
412
436
105,8
Huyện Vũ Thư
538
571
106,1
Huyện Kiến Xương
690
702
101,7
Các huyện còn lại
1.354
1.471
108,6
Tổng số
2.994
3.180
106,2

Các huyện có nhiều lao động đi Nhật Bản đều có trung tâm giáo dục nghề nghiệp liên kết dạy tiếng Nhật. Năm 2025, Sở phấn đấu đưa khoảng 3.300 thực tập sinh sang Nhật Bản, trong đó tối thiểu 20% được đào tạo nghề trước khi xuất cảnh.

Tin khác:
- Thái Bình tổ chức phiên giao dịch việc làm lưu động lần thứ 4
- Thông báo tuyển sinh lớp tiếng Nhật khóa 12

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI BÌNH
Địa chỉ: Số 8 Lê Quý Đôn, TP Thái Bình
Điện thoại: 0227.3831.588
Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
ROWS = [("TP Thái Bình", "Thái Bình", "", ["412", "436", "105,8"]),
        ("Huyện Vũ Thư", "Vũ Thư", "", ["538", "571", "106,1"]),
        ("Huyện Kiến Xương", "Kiến Xương", "", ["690", "702", "101,7"]),
        ("Các huyện còn lại", "Thái Bình", " các huyện còn lại", ["1.354", "1.471", "108,6"]),
        ("Tổng số", "Thái Bình", " tổng số", ["2.994", "3.180", "106,2"])]


def cells():
    out = []
    for label, loc, extra, (a, b, c) in ROWS:
        base = "số thực tập sinh đi Nhật Bản" + extra
        out.append(F(f"{label}\n{a}", a, float(a.replace(".", "")), "count", "người",
                     subject=f"{base} năm 2023", period=Y23, location=loc))
        out.append(F(f"{a}\n{b}", b, float(b.replace(".", "")), "count", "người", status="estimate",
                     subject=f"{base} ước thực hiện 2024", period=E24, location=loc))
        out.append(F(f"{b}\n{c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{base} so với cùng kỳ", location=loc))
    return out


FIGS = [
    F("ước đạt 3.180 người", "3.180", 3180, "count", "người", status="estimate", percent=58,
      change=chg("increase", 6.2, "%", "năm 2023"),
      subject="số lao động Thái Bình đi thực tập kỹ năng tại Nhật Bản", period=Y24),
    F("xếp thứ 3", "3", 3, "rank", "hạng", subject="số lao động đi làm việc tại Nhật Bản", period=inh(Y24)),
] + cells() + [
    F("khoảng 3.300 thực tập sinh", "3.300", 3300, "count", "thực tập sinh", approx="about", status="target",
      subject="thực tập sinh sang Nhật Bản", period=Y25),
    F("tối thiểu 20%", "20", 20, "percent", "%", approx="at_least", status="target",
      subject="thực tập sinh được đào tạo nghề trước khi xuất cảnh", period=Y25),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Thái Bình), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'lần thứ 4', 'khóa 12', 'Số 8 Lê Quý Đôn', phone 0227.3831.588, counters 1.204.377 and 52.",
    "'ước đạt 3.180 người, tăng 6,2% ..., chiếm khoảng 58% ...' → estimate with change and percent attributes (one each).",
    "'xếp thứ 3 cả nước' is the province's rank: location Thái Bình (cả nước is the field of the ranking); period inherited.",
    "One-cell-per-line table, 'Đơn vị tính: người'; the row label is a place → location (TP Thái Bình, Vũ Thư, Kiến Xương);",
    "'Các huyện còn lại' and 'Tổng số' are not single places: they stay in the subject, location Thái Bình.",
    "'Ước thực hiện 2024' → estimate; the 'So với cùng kỳ (%)' cells are percent figures (no year in that header: no period, actual).",
    "'Năm 2025, Sở phấn đấu ... khoảng 3.300 ..., trong đó tối thiểu 20%' → both target; the 20% is a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1405-7", TEXT, NOTES, FIGS, location="Thái Bình")
