"""p1278-7: department site (Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH GIA LAI
Giới thiệu | Tin tức - Sự kiện | Sức khỏe sinh sản | Dinh dưỡng | Văn bản

Kết quả bổ sung viên sắt cho phụ nữ mang thai 6 tháng đầu năm 2024

Thực hiện dự án "Chăm sóc dinh dưỡng 1.000 ngày đầu đời", 6 tháng đầu năm 2024, 4 huyện, thành phố triển khai dự án đã cấp viên sắt/đa vi chất cho 4.409 phụ nữ mang thai, đạt 49,5% kế hoạch năm. Tỷ lệ thai phụ khám thai lần đầu trong 3 tháng đầu thai kỳ chỉ đạt khoảng 62%. Chi tiết như sau:

Phụ nữ mang thai được cấp viên sắt/đa vi chất
Đơn vị tính: người
Đơn vị
Kế hoạch năm 2024
Thực hiện 6 tháng đầu năm 2024
Tỷ lệ so với kế hoạch (%)
TP Pleiku
3.200
1.712
53,5
Huyện Chư Sê
2.450
1.180
48,2
Huyện Kbang
1.380
702
50,9
Huyện Krông Pa
1.870
815
43,6
Tổng cộng
8.900
4.409
49,5

Nguyên nhân tỷ lệ thấp là do viên sắt từ nguồn Chương trình mục tiêu quốc gia về muộn, nhiều thai phụ ở vùng sâu chưa đi khám thai định kỳ. 6 tháng cuối năm, Trung tâm phấn đấu cấp viên sắt cho thêm khoảng 4.500 thai phụ, đưa tỷ lệ cả năm lên trên 95% kế hoạch.

Tin khác:
- Tập huấn giám sát dinh dưỡng tuyến xã năm 2024
- Hưởng ứng Tuần lễ Nuôi con bằng sữa mẹ

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH GIA LAI
Địa chỉ: 120 Tôn Thất Tùng, phường Phù Đổng, TP Pleiku | ĐT: 0269.3875.409
Lượt truy cập: 1.204.377 | Đang online: 52
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
K24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
T6 = per("Thực hiện 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
IND = "phụ nữ mang thai được cấp viên sắt/đa vi chất"
COLS = [("kế hoạch năm 2024", K24, "target", "người"), ("thực hiện 6 tháng đầu năm 2024", T6, None, "người"),
        ("tỷ lệ so với kế hoạch", None, None, "%")]
ROWS = [("TP Pleiku", "Pleiku", ["3.200", "1.712", "53,5"]),
        ("Huyện Chư Sê", "Chư Sê", ["2.450", "1.180", "48,2"]),
        ("Huyện Kbang", "Kbang", ["1.380", "702", "50,9"]),
        ("Huyện Krông Pa", "Krông Pa", ["1.870", "815", "43,6"]),
        ("Tổng cộng", "Gia Lai", ["8.900", "4.409", "49,5"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st, unit), n in zip(COLS, nums):
        kw = {"location": place}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        kind = "percent" if unit == "%" else "count"
        head = f"tổng cộng {IND}" if label == "Tổng cộng" else IND
        CELLS.append(fig(f"{prev}\n{n}", n, num(n), kind, unit, subject=f"{head} {col}", **kw))
        prev = n

FIGS = [
    fig("4 huyện, thành phố", "4", 4, "count", "huyện, thành phố",
        subject="huyện, thành phố triển khai dự án", period=H1),
    fig("cho 4.409 phụ nữ", "4.409", 4409, "count", "phụ nữ mang thai", percent=49.5,
        subject="phụ nữ mang thai được cấp viên sắt/đa vi chất", period=H1),
    fig("khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="tỷ lệ thai phụ khám thai lần đầu trong 3 tháng đầu thai kỳ", period=inh(H1)),
] + CELLS + [
    fig("khoảng 4.500 thai phụ", "4.500", 4500, "count", "thai phụ", approx="about", status="target",
        subject="thai phụ được cấp thêm viên sắt", period=H2),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ cả năm so với kế hoạch", period=YEAR),
]

NOTES = [
    "Department site (Trung tâm Kiểm soát bệnh tật Gia Lai), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập',",
    "'Đang online'. No published date.",
    "Distractors: '1.000 ngày đầu đời' (a project name), '3 tháng đầu thai kỳ' (a stage of pregnancy, not a period of the year and not a",
    "figure), '120 Tôn Thất Tùng', phone 0269.3875.409, counters 1.204.377 and 52.",
    "One-cell-per-line table, rows are districts: the row label goes to location (Tổng cộng → Gia Lai), subject = caption + column label;",
    "'Kế hoạch năm 2024' → target; 'Thực hiện 6 tháng đầu năm 2024' → actual, first half of 2024; the ratio column has no period",
    "(unscored) and is a percent. Table cells get no total.",
    "'4.409 ..., đạt 49,5% kế hoạch năm' → percent 49,5. '6 tháng cuối năm', 'cả năm' take 2024 from the earlier period.",
    "'khoảng 62%' inherits '6 tháng đầu năm 2024' from the previous sentence.",
]

if __name__ == "__main__":
    write("p1278-7", TEXT, NOTES, FIGS, location="Gia Lai")
