"""p1092-7: Sở LĐ-TB&XH Đồng Tháp department site, no dateline, Quỹ Bảo trợ trẻ em, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Quỹ Bảo trợ trẻ em tỉnh: nhiều kết quả tích cực

Năm 2023, Quỹ Bảo trợ trẻ em tỉnh Đồng Tháp vận động được 3,87 tỷ đồng, tăng 19% so với năm 2022, đạt 110,6% kế hoạch. Quỹ đã hỗ trợ 2.145 lượt trẻ em, trong đó 312 trẻ em mồ côi cả cha lẫn mẹ được hỗ trợ thường xuyên với mức 500.000 đồng/tháng; cấp 515 suất học bổng, mỗi suất 2 triệu đồng; hỗ trợ phẫu thuật cho 53 trẻ em bị dị tật với tổng chi phí trên 740 triệu đồng.

Kết quả hoạt động của Quỹ qua các năm như sau:
Đơn vị tính: triệu đồng
Nội dung
Năm 2022
Năm 2023
Kế hoạch 2024
Kinh phí vận động
3.250
3.870
4.000
Chi hỗ trợ trẻ em có hoàn cảnh đặc biệt
1.420
1.655
1.700
Chi cấp học bổng
865
1.030
1.100
Chi hỗ trợ phẫu thuật, chữa bệnh
610
742
800

Toàn tỉnh hiện có 412.300 trẻ em dưới 16 tuổi, trong đó 5.870 trẻ em có hoàn cảnh đặc biệt; 100% trẻ em có hoàn cảnh đặc biệt được quản lý, lập hồ sơ theo dõi. Năm 2024, Quỹ phấn đấu vận động từ 4 tỷ đồng trở lên, ưu tiên hỗ trợ trẻ em mồ côi, trẻ em khuyết tật và trẻ em thuộc hộ nghèo ở các huyện biên giới Tân Hồng, Hồng Ngự.

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP
Địa chỉ: Số 4, đường 30/4, Phường 1, TP. Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.297 - Đường dây nóng bảo vệ trẻ em: 111
Tổng lượt truy cập: 1.284.906 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        (P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [
    ("Kinh phí vận động", "kinh phí vận động", ("3.250", "3.870", "4.000")),
    ("Chi hỗ trợ trẻ em có hoàn cảnh đặc biệt", "chi hỗ trợ trẻ em có hoàn cảnh đặc biệt", ("1.420", "1.655", "1.700")),
    ("Chi cấp học bổng", "chi cấp học bổng", ("865", "1.030", "1.100")),
    ("Chi hỗ trợ phẫu thuật, chữa bệnh", "chi hỗ trợ phẫu thuật, chữa bệnh", ("610", "742", "800")),
]
TABLE = []
for label, subj, nums in ROWS:
    prev = label
    for (per, st), n in zip(COLS, nums):
        v = float(n.replace(".", "")) * 1e6
        kw = {"status": st} if st != "actual" else {}
        TABLE.append(F(f"{prev}\n{n}\n", n, v, "money", "đồng", subj, per, **kw))
        prev = n

FIGS = [
    F("được 3,87 tỷ đồng", "3,87", 3.87e9, "money", "đồng", "kinh phí Quỹ Bảo trợ trẻ em tỉnh vận động", Y23,
      change=C("increase", 19, "%", "năm 2022"), percent=110.6),
    F("hỗ trợ 2.145 lượt trẻ em", "2.145", 2145, "count", "lượt trẻ em", "lượt trẻ em được Quỹ hỗ trợ", I(Y23)),
    F("trong đó 312 trẻ em", "312", 312, "count", "trẻ em", "trẻ em mồ côi cả cha lẫn mẹ được hỗ trợ thường xuyên",
      I(Y23), total=2145),
    F("mức 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức hỗ trợ thường xuyên trẻ em mồ côi", I(Y23)),
    F("cấp 515 suất học bổng", "515", 515, "count", "suất học bổng", "suất học bổng Quỹ cấp", I(Y23)),
    F("mỗi suất 2 triệu đồng", "2", 2e6, "money", "đồng/suất", "trị giá mỗi suất học bổng", I(Y23)),
    F("cho 53 trẻ em", "53", 53, "count", "trẻ em", "trẻ em bị dị tật được hỗ trợ phẫu thuật", I(Y23)),
    F("trên 740 triệu đồng", "740", 740e6, "money", "đồng", "tổng chi phí hỗ trợ phẫu thuật cho trẻ em bị dị tật", I(Y23),
      approx="over"),
] + TABLE + [
    F("có 412.300 trẻ em", "412.300", 412300, "count", "trẻ em", "trẻ em dưới 16 tuổi"),
    F("trẻ em dưới 16 tuổi, trong đó", "16", 16, "measure", "tuổi", "độ tuổi trẻ em", approx="under", optional=True),
    F("đó 5.870 trẻ em", "5.870", 5870, "count", "trẻ em", "trẻ em có hoàn cảnh đặc biệt", total=412300),
    F("; 100% trẻ em", "100", 100, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được quản lý, lập hồ sơ theo dõi"),
    F("từ 4 tỷ đồng trở lên", "4", 4e9, "money", "đồng", "kinh phí Quỹ vận động", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="at_least", status="target"),
]

NOTES = [
    "Sở LĐ-TB&XH Đồng Tháp (department site): Quỹ Bảo trợ trẻ em tỉnh. No dateline (no published); footer with address, phone, counters.",
    "Distractors: 'Số 4, đường 30/4, Phường 1', phone 0277.3851.297, hotline '111', 'Tổng lượt truy cập: 1.284.906', 'Đang trực tuyến: 37'.",
    "One-cell-per-line table: 'Đơn vị tính: triệu đồng' makes 3.250 = 3,25 tỷ đồng; subject is the row label, period the column header;",
    "'Kế hoạch 2024' column is status target. 'tăng 19% so với năm 2022, đạt 110,6% kế hoạch' gives change and percent of 3,87 tỷ.",
    "'trong đó 312 trẻ em' is a part of 2.145 lượt trẻ em (the cue follows that whole); the later ';' clauses have their own verbs: no total.",
    "'từ 4 tỷ đồng trở lên' read as at_least (trở lên = or more). 'hiện có' gives no period.",
]

write("p1092-7", TEXT, NOTES, FIGS, published=None, location="Đồng Tháp")
