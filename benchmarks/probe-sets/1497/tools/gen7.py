"""p1497-7: department site (Phòng Cảnh sát PCCC và CNCH, Công an tỉnh Bình Dương), no dateline; one-cell-per-line table with a place column."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CÔNG AN TỈNH BÌNH DƯƠNG
PHÒNG CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ
Trang chủ | Giới thiệu | Tin tức | Hướng dẫn PCCC | Liên hệ

Cảnh báo cháy do trẻ em nghịch bật lửa, diêm

Năm 2024, toàn tỉnh Bình Dương xảy ra 142 vụ cháy, làm 3 người chết, 11 người bị thương, thiệt hại tài sản ước tính 48,6 tỷ đồng. Trong đó, 19 vụ do trẻ em nghịch bật lửa, diêm, tăng 5 vụ so với năm 2023.

Tình hình cháy năm 2024 theo địa bàn
Địa bàn
Số vụ cháy
Do trẻ em nghịch lửa
Thiệt hại ước tính (triệu đồng)
TP Thủ Dầu Một
31
4
16.250
TP Thuận An
38
6
12.480
TP Dĩ An
35
5
11.730
Các địa phương còn lại
38
4
8.140
Tổng số
142
19
48.600

Theo thống kê, 78% vụ cháy do trẻ em nghịch lửa xảy ra trong nhà ở khi không có người lớn trông coi; phần lớn là trẻ từ 3 đến 10 tuổi. Bật lửa ga hiện được bán phổ biến với giá chỉ từ 3 đến 5 nghìn đồng/chiếc, nhiều loại có hình đồ chơi, đèn nháy, rất dễ thu hút trẻ nhỏ.

Phòng Cảnh sát PCCC và CNCH khuyến cáo: cất giữ bật lửa, diêm ở nơi cao trên 1,5 m, xa tầm tay trẻ em; không mua bật lửa không rõ nguồn gốc; khi phát hiện cháy, gọi ngay số 114.

Tin liên quan:
- Hướng dẫn thoát nạn khi cháy nhà ống
- Kết quả Hội thi nghiệp vụ chữa cháy và CNCH năm 2024

Địa chỉ: Số 2 Huỳnh Văn Nghệ, phường Phú Lợi, TP Thủ Dầu Một
Điện thoại: 0274.3822.114
Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T24 = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)  # table caption

ROWS = [
    ("TP Thủ Dầu Một", "Thủ Dầu Một", "31", "4", "16.250"),
    ("TP Thuận An", "Thuận An", "38", "6", "12.480"),
    ("TP Dĩ An", "Dĩ An", "35", "5", "11.730"),
    ("Các địa phương còn lại", None, "38", "4", "8.140"),
    ("Tổng số", None, "142", "19", "48.600"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def table():
    out = []
    for row, place, a, b, c in ROWS:
        assert f"{row}\n{a}\n{b}\n{c}\n" in TEXT, row
        kw = {"location": place} if place else {}
        tag = {"Tổng số": " tổng số", "Các địa phương còn lại": " các địa phương còn lại"}.get(row, "")
        out.append(fig(f"{row}\n{a}", a, num(a), "count", "vụ",
                       subject=f"số vụ cháy{tag}", period=T24, **kw))
        out.append(fig(f"{row}\n{a}\n{b}", b, num(b), "count", "vụ",
                       subject=f"vụ cháy do trẻ em nghịch lửa{tag}", period=T24, **kw))
        out.append(fig(f"{b}\n{c}", c, num(c) * 1e6, "money", "đồng", status="estimate",
                       subject=f"thiệt hại ước tính{tag}", period=T24, **kw))
    return out


FIGS = [
    fig("xảy ra 142 vụ", "142", 142, "count", "vụ",
        subject="vụ cháy", period=Y24),
    fig("làm 3 người", "3", 3, "count", "người",
        subject="người chết", period=Y24),
    fig("11 người", "11", 11, "count", "người",
        subject="người bị thương", period=Y24),
    fig("ước tính 48,6 tỷ", "48,6", 48.6e9, "money", "đồng", status="estimate",
        subject="thiệt hại tài sản", period=Y24),
    fig("Trong đó, 19 vụ", "19", 19, "count", "vụ", total=142,
        change=chg("increase", 5, "vụ", "năm 2023"),
        subject="vụ cháy do trẻ em nghịch bật lửa, diêm", period=inh(Y24)),
] + table() + [
    fig("thống kê, 78%", "78", 78, "percent", "%",
        subject="vụ cháy do trẻ em nghịch lửa xảy ra trong nhà ở khi không có người lớn trông coi",
        period=inh(Y24)),
    fig("trẻ từ 3 đến 10 tuổi", "3", 3, "measure", "tuổi", value_max=10,
        subject="tuổi của trẻ nghịch lửa", optional=True),
    fig("từ 3 đến 5 nghìn", "3", 3000, "money", "đồng/chiếc", value_max=5000,
        subject="giá bật lửa ga"),
    fig("trên 1,5 m", "1,5", 1.5, "measure", "m", approx="over",
        subject="độ cao nơi cất giữ bật lửa, diêm", optional=True),
]

NOTES = [
    "Department site (Phòng Cảnh sát PCCC và CNCH, Công an tỉnh Bình Dương), no dateline: banner, menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'gọi ngay số 114', phone 0274.3822.114, 'Số 2 Huỳnh Văn Nghệ', 'Lượt truy cập: 1.204.377', 'năm 2024' in a link title, 'năm 2023' baseline.",
    "published: none (no date in the page). Location Bình Dương; table rows that are places give their place (Thủ Dầu Một, Thuận An, Dĩ An);",
    "  'Các địa phương còn lại' and 'Tổng số' keep the province.",
    "'Trong đó, 19 vụ ..., tăng 5 vụ so với năm 2023' after a sentence break: total 142, change +5 vụ.",
    "One-cell-per-line table: every numeric cell is a figure; subject from the column label (+ row label when it is not a place);",
    "  'Thiệt hại ước tính (triệu đồng)' gives money ×10^6 and status estimate. The column 'Do trẻ em nghịch lửa' has no 'Trong đó' cue: no total.",
    "  The period stands only in the caption 'Tình hình cháy năm 2024 theo địa bàn', not in a column header: inherited (not scored).",
    "'từ 3 đến 5 nghìn đồng/chiếc': the multiplier applies to both ends (3000-5000). 'trẻ từ 3 đến 10 tuổi' describes the group, 'trên 1,5 m' is advice: optional.",
]

if __name__ == "__main__":
    write("p1497-7", TEXT, NOTES, FIGS, location="Bình Dương")
