"""p514-7: department site (Trung tâm Dịch vụ việc làm Đồng Nai), no dateline — job-centre results 2023, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG NAI
TRUNG TÂM DỊCH VỤ VIỆC LÀM ĐỒNG NAI
Giới thiệu | Tin tức | Thị trường lao động | Bảo hiểm thất nghiệp | Liên hệ

Kết quả hoạt động dịch vụ việc làm năm 2023

Năm 2023, Trung tâm Dịch vụ việc làm Đồng Nai đã tổ chức 48 phiên giao dịch việc làm (trong đó có 12 phiên trực tuyến), thu hút 1.126 lượt doanh nghiệp tham gia với hơn 62.000 vị trí việc làm cần tuyển. Kết quả một số chỉ tiêu chính như sau:

Đơn vị tính: lượt người
Chỉ tiêu
Năm 2022
Năm 2023
So sánh (%)
Tư vấn việc làm, học nghề
85.412
97.630
114,3
Giới thiệu việc làm
41.205
38.900
94,4
Nhận được việc làm
16.870
18.352
108,8
Tư vấn chính sách bảo hiểm thất nghiệp
52.340
60.140
114,9

Về bảo hiểm thất nghiệp, năm 2023 Trung tâm tiếp nhận 61.874 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 21,5% so với năm 2022; tổng số tiền chi trả trợ cấp thất nghiệp là 1.284,6 tỷ đồng. Số người được hỗ trợ học nghề là 932 người, chỉ bằng 1,5% số người hưởng trợ cấp.

Năm 2024, Trung tâm phấn đấu giới thiệu việc làm cho 42.000 lượt người, trong đó có từ 19.000 đến 20.000 lượt người nhận được việc làm.

Địa chỉ: số 1 Đồng Khởi, phường Tam Hòa, TP. Biên Hòa, Đồng Nai | Điện thoại: 0251.3822.473
Tổng lượt truy cập: 1.482.396
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")


def row(label, a, b, pct, va, vb, vp, prev):
    return [
        F(f"{prev}\n{a}\n", a, va, "count", "lượt người", f"{label} năm 2022", C22),
        F(f"{a}\n{b}\n", b, vb, "count", "lượt người", f"{label} năm 2023", C23),
        F(f"{b}\n{pct}\n", pct, vp, "percent", "%", f"{label} so sánh"),
    ]


FIGS = [
    F("tổ chức 48 phiên", "48", 48, "count", "phiên",
      "phiên giao dịch việc làm", Y23),
    F("có 12 phiên trực tuyến", "12", 12, "count", "phiên",
      "phiên giao dịch việc làm trực tuyến", Y23, total=48),
    F("thu hút 1.126 lượt doanh nghiệp", "1.126", 1126, "count", "lượt doanh nghiệp",
      "lượt doanh nghiệp tham gia phiên giao dịch việc làm", Y23),
    F("hơn 62.000 vị trí", "62.000", 62000, "count", "vị trí việc làm",
      "vị trí việc làm cần tuyển", Y23, approx="over"),
]
FIGS += row("Tư vấn việc làm, học nghề", "85.412", "97.630", "114,3", 85412, 97630, 114.3,
            "Tư vấn việc làm, học nghề")
FIGS += row("Giới thiệu việc làm", "41.205", "38.900", "94,4", 41205, 38900, 94.4,
            "Giới thiệu việc làm")
FIGS += row("Nhận được việc làm", "16.870", "18.352", "108,8", 16870, 18352, 108.8,
            "Nhận được việc làm")
FIGS += row("Tư vấn chính sách bảo hiểm thất nghiệp", "52.340", "60.140", "114,9", 52340, 60140, 114.9,
            "Tư vấn chính sách bảo hiểm thất nghiệp")
FIGS += [
    F("tiếp nhận 61.874 hồ sơ", "61.874", 61874, "count", "hồ sơ",
      "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", Y23b, change=CH("increase", 21.5, "%", "năm 2022")),
    F("là 1.284,6 tỷ đồng", "1.284,6", 1284.6e9, "money", "đồng",
      "tổng số tiền chi trả trợ cấp thất nghiệp", Y23b),
    F("là 932 người", "932", 932, "count", "người",
      "người được hỗ trợ học nghề", I(Y23b), percent=1.5),
    F("cho 42.000 lượt người", "42.000", 42000, "count", "lượt người",
      "lượt người được giới thiệu việc làm", Y24, status="target"),
    F("từ 19.000 đến 20.000", "19.000", 19000, "count", "lượt người",
      "lượt người nhận được việc làm", Y24, value_max=20000, total=42000, status="target"),
]

COMMENTS = [
    "Trung tâm Dịch vụ việc làm Đồng Nai (department site): kết quả dịch vụ việc làm năm 2023. No dateline (published null);",
    "the footer 'Tổng lượt truy cập: 1.482.396', phone 0251.3822.473 and 'số 1 Đồng Khởi' are not figures.",
    "One-cell-per-line table with 'Đơn vị tính: lượt người' and columns Năm 2022 | Năm 2023 | So sánh (%): every cell is a figure;",
    "the 'So sánh (%)' cells are percents (header unit overrides the unit line) with no period; count cells take the column year.",
    "'48 phiên (trong đó có 12 phiên trực tuyến)': part with total 48. 932 'chỉ bằng 1,5% số người hưởng trợ cấp': its percent.",
    "'Năm 2024, … phấn đấu …, trong đó có từ 19.000 đến 20.000 lượt người …': target range, total 42.000 (same unit).",
]

if __name__ == "__main__":
    emit("p514-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
