"""p735-7: department site (Sở LĐ-TB&XH Thái Bình), no dateline; vocational training for rural workers, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI BÌNH
Giáo dục nghề nghiệp

Kết quả đào tạo nghề đan cói, lục bình cho lao động nông thôn năm 2023

Năm 2023, toàn tỉnh đã tổ chức 96 lớp đào tạo nghề thủ công mỹ nghệ (đan cói, đan lục bình, dệt chiếu) cho 2.870 lao động nông thôn, đạt 103,2% kế hoạch, tăng 14,2% so với năm 2022. Trong đó, có 2.054 lao động nữ và 318 lao động thuộc hộ nghèo, hộ cận nghèo. Tỷ lệ học viên có việc làm sau đào tạo đạt 86,5%. Tổng kinh phí hỗ trợ là 4,35 tỷ đồng, mức hỗ trợ tối đa 3 triệu đồng/người/khóa học.

Số lao động nông thôn được đào tạo nghề đan cói, lục bình phân theo huyện
Đơn vị tính: người
Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Thái Thụy
865
1.012
1.100
Quỳnh Phụ
540
628
650
Hưng Hà
412
455
500
Vũ Thư
326
410
420
Tiền Hải
370
365
400
Toàn tỉnh
2.513
2.870
3.070

Năm 2024, Sở đặt mục tiêu nâng tỷ lệ lao động có việc làm sau đào tạo lên trên 88%; ưu tiên đào tạo cho lao động nữ, người khuyết tật và lao động trên 45 tuổi ở các xã có làng nghề. Các cơ sở giáo dục nghề nghiệp cần đăng ký kế hoạch mở lớp trước ngày 15/3 theo Công văn số 327/LĐTBXH-GDNN.

Địa chỉ: Số 8 Lê Lợi, phường Đề Thám, TP Thái Bình | Điện thoại: 0227.3831.726
Tổng số lượt truy cập: 1.284.557
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
SUBJ = "lao động nông thôn được đào tạo nghề đan cói, lục bình"

ROWS = [
    ("Thái Thụy", "865", "1.012", "1.100"),
    ("Quỳnh Phụ", "540", "628", "650"),
    ("Hưng Hà", "412", "455", "500"),
    ("Vũ Thư", "326", "410", "420"),
    ("Tiền Hải", "370", "365", "400"),
    ("Toàn tỉnh", "2.513", "2.870", "3.070"),
]


def n(s):
    return float(s.replace(".", ""))


FIGS = [
    F("tổ chức 96 lớp", "96", 96, "count", "lớp", subject="lớp đào tạo nghề thủ công mỹ nghệ", period=Y23),
    F("cho 2.870 lao động", "2.870", 2870, "count", "lao động", percent=103.2,
      change=CH("increase", 14.2, baseline="năm 2022"),
      subject="lao động nông thôn được đào tạo nghề thủ công mỹ nghệ", period=Y23),
    F("có 2.054 lao động nữ", "2.054", 2054, "count", "lao động", total=2870,
      subject="lao động nữ được đào tạo nghề", period=I(Y23)),
    F("và 318 lao động", "318", 318, "count", "lao động", total=2870,
      subject="lao động thuộc hộ nghèo, hộ cận nghèo được đào tạo nghề", period=I(Y23)),
    F("đạt 86,5%", "86,5", 86.5, "percent", "%", subject="tỷ lệ học viên có việc làm sau đào tạo", period=I(Y23)),
    F("là 4,35 tỷ đồng", "4,35", 4.35e9, "money", "đồng", subject="tổng kinh phí hỗ trợ", period=I(Y23)),
    F("tối đa 3 triệu", "3", 3e6, "money", "đồng/người/khóa học", approx="at_most", subject="mức hỗ trợ",
      period=I(Y23)),
]
for place, a, b, c in ROWS:
    loc = "Thái Bình" if place == "Toàn tỉnh" else place
    FIGS += [
        F(f"{place}\n{a}\n", a, n(a), "count", "người", subject=f"{SUBJ} năm 2022", period=Y22, location=loc),
        F(f"\n{a}\n{b}\n", b, n(b), "count", "người", subject=f"{SUBJ} năm 2023", period=Y23, location=loc),
        F(f"\n{b}\n{c}\n", c, n(c), "count", "người", status="target",
          subject=f"{SUBJ} kế hoạch 2024", period=K24, location=loc),
    ]
FIGS += [
    F("lên trên 88%", "88", 88, "percent", "%", approx="over", status="target",
      subject="tỷ lệ lao động có việc làm sau đào tạo", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 45 tuổi", "45", 45, "measure", "tuổi", approx="over", subject="tuổi lao động được ưu tiên", optional=True),
]

COMMENTS = [
    "Sở LĐ-TB&XH Thái Bình (department site, no dateline, visit counter in the footer): đào tạo nghề đan cói, lục bình năm 2023.",
    "One-cell-per-line table, 'Đơn vị tính: người', columns Năm 2022 | Năm 2023 | Kế hoạch 2024: every numeric cell is a figure,",
    "period from the column header (scored, as in shared h23), 'Kế hoạch 2024' → target; district rows → location, 'Toàn tỉnh' → Thái Bình.",
    "Lead: 'đạt 103,2% kế hoạch' → percent of 2.870, 'tăng 14,2% so với năm 2022' → its change; 'tối đa 3 triệu đồng/người/khóa học' → at_most,",
    "rate unit. 'Trong đó, có 2.054 … và 318 …' → parts of 2.870 (total). 'trên 45 tuổi' is an age threshold: optional. Not figures: ngày 15/3, Công văn số 327/LĐTBXH-GDNN, Số 8 Lê Lợi, phone,",
    "'Tổng số lượt truy cập: 1.284.557'.",
]

if __name__ == "__main__":
    emit("p735-7", TEXT, COMMENTS, FIGS, published=None, location="Thái Bình")
