"""p1494-7: department site (Sở Công Thương Thanh Hóa), no dateline: làng nghề rèn xứ Thanh, one-cell-per-line table by district."""
from lib import F, period, year, inherit, change, target, write

TEXT = """SỞ CÔNG THƯƠNG THANH HÓA
Trang chủ | Giới thiệu | Tin tức | Khuyến công | Xúc tiến thương mại | Liên hệ

Khuyến công tiếp sức cho các làng nghề rèn xứ Thanh

Toàn tỉnh hiện có 9 làng nghề rèn được công nhận, tập trung ở ba huyện: Hậu Lộc (4 làng), Thiệu Hóa (3 làng) và Nông Cống (2 làng), với khoảng 1.300 hộ và hơn 3.500 lao động. Làng rèn Tiến Lộc (huyện Hậu Lộc) lớn nhất, có hơn 400 lò rèn, mỗi năm cung ứng ra thị trường khoảng 1,2 triệu sản phẩm dao, kéo, nông cụ.

Giá trị sản xuất các làng nghề rèn
Đơn vị tính: tỷ đồng
Huyện
Số làng nghề
Năm 2023
Năm 2024
Kế hoạch 2025
Hậu Lộc
4
118,4
126,9
135,0
Thiệu Hóa
3
52,1
55,3
58,0
Nông Cống
2
24,5
25,8
27,0
Tổng số
9
195,0
208,0
220,0

Giai đoạn 2021-2024, Trung tâm Khuyến công đã hỗ trợ 38 cơ sở rèn ứng dụng máy móc thiết bị với tổng kinh phí 3,6 tỷ đồng, trong đó ngân sách tỉnh 2,1 tỷ đồng. Nhờ máy búa và máy mài, năng suất lao động tăng bình quân 25-30%, tỷ lệ phế phẩm giảm còn dưới 3%.

Năm 2025, Sở Công Thương dự kiến tổ chức 2 lớp đào tạo nghề rèn cho 60 học viên và hỗ trợ Tiến Lộc xây dựng nhãn hiệu tập thể "Dao rèn Tiến Lộc".

Tin cùng chuyên mục:
- Hội chợ hàng thủ công mỹ nghệ lần thứ 12
- Thông báo số 215/TB-SCT về bình chọn sản phẩm công nghiệp nông thôn tiêu biểu

Trung tâm Khuyến công và Xúc tiến thương mại Thanh Hóa
Địa chỉ: 37 Hạc Thành, phường Điện Biên, TP Thanh Hóa
Điện thoại: 0237.3852.614
Lượt truy cập: 1.204.577
"""

COLS = [("năm 2023", year("Năm 2023", 2023), None),
        ("năm 2024", year("Năm 2024", 2024), None),
        ("kế hoạch 2025", year("Kế hoạch 2025", 2025), "target")]
ROWS = [("Hậu Lộc", "4", ["118,4", "126,9", "135,0"]),
        ("Thiệu Hóa", "3", ["52,1", "55,3", "58,0"]),
        ("Nông Cống", "2", ["24,5", "25,8", "27,0"]),
        ("Tổng số", "9", ["195,0", "208,0", "220,0"])]


def cells():
    out = []
    for label, n, vals in ROWS:
        loc = "Thanh Hóa" if label == "Tổng số" else label
        extra = " tổng số" if label == "Tổng số" else ""
        out.append(F(f"{label}\n{n}\n", n, float(n), "count", "làng nghề",
                     subject=f"số làng nghề rèn{extra}", location=loc))
        prev = n
        for (col, per, st), v in zip(COLS, vals):
            kw = {"status": st} if st else {}
            out.append(F(f"{prev}\n{v}", v, float(v.replace(",", ".")) * 1e9, "money", "đồng",
                         subject=f"giá trị sản xuất các làng nghề rèn{extra} {col}", per=per,
                         location=loc, **kw))
            prev = v
    return out


P2124 = period("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("có 9 làng nghề", "9", 9, "count", "làng nghề", subject="làng nghề rèn được công nhận"),
    F("ở ba huyện", "ba", 3, "count", "huyện", subject="huyện có làng nghề rèn được công nhận"),
    F("Hậu Lộc (4 làng)", "4", 4, "count", "làng", total=9, subject="làng nghề rèn được công nhận",
      location="Hậu Lộc"),
    F("Thiệu Hóa (3 làng)", "3", 3, "count", "làng", total=9, subject="làng nghề rèn được công nhận",
      location="Thiệu Hóa"),
    F("Nông Cống (2 làng)", "2", 2, "count", "làng", total=9, subject="làng nghề rèn được công nhận",
      location="Nông Cống"),
    F("khoảng 1.300 hộ", "1.300", 1300, "count", "hộ", approx="about", subject="hộ làm nghề rèn"),
    F("hơn 3.500 lao động", "3.500", 3500, "count", "lao động", approx="over", subject="lao động làng nghề rèn"),
    F("hơn 400 lò", "400", 400, "count", "lò rèn", approx="over", subject="lò rèn làng rèn Tiến Lộc",
      location="Hậu Lộc"),
    F("khoảng 1,2 triệu", "1,2", 1.2e6, "measure", "sản phẩm/năm", approx="about",
      subject="sản phẩm dao, kéo, nông cụ làng rèn Tiến Lộc cung ứng ra thị trường mỗi năm",
      location="Hậu Lộc"),
] + cells() + [
    F("hỗ trợ 38 cơ sở", "38", 38, "count", "cơ sở", subject="cơ sở rèn được hỗ trợ ứng dụng máy móc thiết bị",
      per=P2124),
    F("kinh phí 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", subject="tổng kinh phí hỗ trợ", per=P2124),
    F("tỉnh 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", total=3.6e9, subject="ngân sách tỉnh", per=P2124),
    F("bình quân 25-30%", "25", 25, "percent", "%", value_max=30,
      subject="năng suất lao động tăng bình quân"),
    F("dưới 3%", "3", 3, "percent", "%", approx="under", subject="tỷ lệ phế phẩm"),
    F("tổ chức 2 lớp", "2", 2, "count", "lớp", status="forecast", subject="lớp đào tạo nghề rèn", per=Y25),
    F("cho 60 học viên", "60", 60, "count", "học viên", status="forecast",
      subject="học viên lớp đào tạo nghề rèn", per=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Thanh Hóa), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Default location Thanh Hóa; Tiến Lộc figures → Hậu Lộc. One-cell-per-line table with a place column (Huyện):",
    "row label is a district → location (Tổng số row → Thanh Hóa), subject = caption indicator + column; 'Số làng nghề' cells are counts",
    "in làng nghề (the 'Đơn vị tính: tỷ đồng' line covers the value columns only); 'Kế hoạch 2025' → target; cells get no total.",
    "'9 làng nghề ... tập trung ở ba huyện: Hậu Lộc (4 làng), Thiệu Hóa (3 làng) và Nông Cống (2 làng)': parts after ':' that add up to 9;",
    "the whole is the figure that counts the same thing (9 làng nghề), not 'ba huyện' → total 9, the district as location.",
    "'với khoảng 1.300 hộ và hơn 3.500 lao động': each has its own approx. 'trong đó ngân sách tỉnh 2,1 tỷ' → total 3,6 tỷ.",
    "'năng suất lao động tăng bình quân 25-30%' is a growth rate as the claim (percent, range, no change).",
    "'tỷ lệ phế phẩm giảm còn dưới 3%': 'giảm còn' gives the new level, not a change → percent 3, approx under.",
    "The 2021-2024 paragraph's second sentence has no period phrase: no period for 25-30% and 3%.",
    "Distractors: 'lần thứ 12', 'Thông báo số 215/TB-SCT', '37 Hạc Thành', phone 0237.3852.614, 'Lượt truy cập: 1.204.577'.",
]

if __name__ == "__main__":
    write("p1494-7", TEXT, NOTES, FIGS, location="Thanh Hóa")
