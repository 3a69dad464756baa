"""p1328-6: department site (Sở Xây dựng Thái Nguyên), no dateline; urban water 2023; one-cell-per-line table by place."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ XÂY DỰNG TỈNH THÁI NGUYÊN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả cung cấp nước sạch đô thị năm 2023

Năm 2023, tổng sản lượng nước sạch cấp cho khu vực đô thị toàn tỉnh Thái Nguyên đạt 28,7 triệu m3, bằng 102,5% kế hoạch; số khách hàng sử dụng nước tăng thêm 5.860 hộ. Tỷ lệ thất thoát nước bình quân 19,3% (mục tiêu đề ra là 18%). Hai nhà máy nước mới tại TP Phổ Yên đã đi vào vận hành, nâng tổng công suất toàn tỉnh lên 128.000 m3/ngày đêm. Giá nước sinh hoạt bình quân năm 2023 là 11.200 đồng/m3, chưa điều chỉnh kể từ năm 2019.

Số hộ sử dụng nước sạch đô thị theo địa bàn
Đơn vị tính: hộ
Địa bàn
Năm 2022
Năm 2023
So với cùng kỳ (%)
TP Thái Nguyên
78.420
82.150
104,8
TP Sông Công
14.260
15.130
106,1
TP Phổ Yên
19.870
21.030
105,8
Các huyện
9.640
9.740
101,0
Tổng số
122.190
128.050
104,8

Năm 2024, Sở Xây dựng đề ra mục tiêu giảm tỷ lệ thất thoát xuống 17,5%, đấu nối thêm khoảng 6.000 hộ và hoàn thành Nhà máy nước Tích Lương 2 công suất 20.000 m3/ngày đêm.

Văn bản mới:
- Quyết định số 25/2023/QĐ-UBND về giá nước sạch
- Kế hoạch 118/KH-SXD năm 2024

SỞ XÂY DỰNG TỈNH THÁI NGUYÊN
Địa chỉ: Số 18 đường Nha Trang, TP Thái Nguyên
Điện thoại: 0208.3855.214
Lượt truy cập: 1.204.577
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
COLS = {"năm 2022": period("Năm 2022", "2022-01-01", "2022-12-31"),
        "năm 2023": period("Năm 2023", "2023-01-01", "2023-12-31"),
        "so với cùng kỳ": None}
ROWS = [("TP Thái Nguyên", "Thái Nguyên", ["78.420", "82.150", "104,8"]),
        ("TP Sông Công", "Sông Công", ["14.260", "15.130", "106,1"]),
        ("TP Phổ Yên", "Phổ Yên", ["19.870", "21.030", "105,8"]),
        ("Các huyện", None, ["9.640", "9.740", "101,0"]),
        ("Tổng số", None, ["122.190", "128.050", "104,8"])]
IND = "số hộ sử dụng nước sạch đô thị"


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        for col, n in zip(COLS, nums):
            if place:
                subj = f"{IND} {col}"
            elif label == "Tổng số":
                subj = f"tổng {IND} {col}"
            else:
                subj = f"{IND} các huyện {col}"
            kw = {"location": place} if place else {}
            if col == "so với cùng kỳ":
                out.append(F(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%", subj, COLS[col], **kw))
            else:
                out.append(F(f"{prev}\n{n}", n, float(n.replace(".", "")), "count", "hộ", subj, COLS[col], **kw))
            prev = n
    return out


FIGS = [
    F("đạt 28,7 triệu", "28,7", 28.7e6, "measure", "m3", "tổng sản lượng nước sạch cấp cho khu vực đô thị", Y23,
      percent=102.5),
    F("thêm 5.860 hộ", "5.860", 5860, "count", "hộ", "số khách hàng sử dụng nước tăng thêm", Y23),
    F("quân 19,3%", "19,3", 19.3, "percent", "%", "tỷ lệ thất thoát nước bình quân", inherit(Y23), target=target(18, "%")),
    F("Hai nhà máy", "Hai", 2, "count", "nhà máy", "nhà máy nước mới đi vào vận hành", inherit(Y23), location="Phổ Yên"),
    F("lên 128.000 m3", "128.000", 128000, "measure", "m3/ngày đêm", "tổng công suất toàn tỉnh", inherit(Y23)),
    F("là 11.200 đồng", "11.200", 11200, "money", "đồng/m3", "giá nước sinh hoạt bình quân",
      period("năm 2023", "2023-01-01", "2023-12-31")),
] + cells() + [
    F("xuống 17,5%", "17,5", 17.5, "percent", "%", "tỷ lệ thất thoát", Y24, status="target"),
    F("khoảng 6.000 hộ", "6.000", 6000, "count", "hộ", "hộ đấu nối thêm", Y24, approx="about", status="target"),
    F("suất 20.000 m3", "20.000", 20000, "measure", "m3/ngày đêm", "công suất Nhà máy nước Tích Lương 2", Y24,
      status="target"),
]

NOTES = [
    "Department site (Sở Xây dựng Thái Nguyên), no dateline (no published): menu, 'Văn bản mới', footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Tích Lương 2', 'Quyết định số 25/2023/QĐ-UBND', 'Kế hoạch 118/KH-SXD năm 2024', 'Số 18 đường Nha Trang',",
    "phone 0208.3855.214, 'Lượt truy cập: 1.204.577', the '3' of 'm3'.",
    "One-cell-per-line table, 'Đơn vị tính: hộ', place column: each city row gives its location (TP Thái Nguyên, Sông Công, Phổ Yên);",
    "'Các huyện' and 'Tổng số' are not one place → Thái Nguyên, row label in the subject. Periods from 'Năm 2022'/'Năm 2023' headers;",
    "the 'So với cùng kỳ (%)' column names no period: percent figures without period. Table cells get no total.",
    "'bằng 102,5% kế hoạch' → percent of 28,7 triệu m3. '19,3% (mục tiêu đề ra là 18%)' → target 18 (met not stated in the text).",
    "'số khách hàng … tăng thêm 5.860 hộ' (= 128.050 − 122.190) is the increase as the claim: a count with no change object.",
    "'chưa điều chỉnh kể từ năm 2019' locates nothing countable (no figure). 'Hai nhà máy nước mới tại TP Phổ Yên' → count 2, location Phổ Yên. 2024 items follow 'mục tiêu' → target.",
]

if __name__ == "__main__":
    write("p1328-6", TEXT, NOTES, FIGS, location="Thái Nguyên")
