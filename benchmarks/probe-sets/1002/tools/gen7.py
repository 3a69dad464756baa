"""p1002-7: Phòng Cảnh sát PCCC và CNCH Công an tỉnh Quảng Ninh (department site, no dateline, one-cell-per-line table)."""
from lib import F, inherit, period, write

TEXT = """CÔNG AN TỈNH QUẢNG NINH
PHÒNG CẢNH SÁT PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ

Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả diễn tập, xây dựng tổ liên gia an toàn PCCC 9 tháng năm 2024

9 tháng năm 2024, Phòng Cảnh sát PCCC và CNCH đã tham mưu Công an tỉnh Quảng Ninh chỉ đạo công an các địa phương đẩy mạnh xây dựng mô hình "Tổ liên gia an toàn PCCC" và tổ chức diễn tập tại chỗ. Kết quả chủ yếu như sau:

Chỉ tiêu
Năm 2023
9 tháng năm 2024
Kế hoạch năm 2024
Số cuộc diễn tập (cuộc)
1.842
1.596
2.200
Lượt người tham gia (lượt)
38.650
35.120
45.000
Tổ liên gia thành lập mới (tổ)
1.134
872
1.200
Bình chữa cháy trang bị (bình)
12.480
10.915
15.000

Như vậy, số cuộc diễn tập 9 tháng đạt 72,5% kế hoạch năm. Riêng TP Hạ Long chiếm gần 40% số cuộc diễn tập toàn tỉnh. Tại huyện Vân Đồn, 100% thôn, khu đã có tổ liên gia. Lũy kế đến ngày 30/9/2024, toàn tỉnh có 5.862 tổ liên gia với khoảng 96.000 hộ tham gia.

Trong tháng 9/2024, sau cơn bão số 3, các tổ liên gia đã hỗ trợ kiểm tra an toàn điện cho 3.460 hộ, trong đó 287 hộ có nguy cơ mất an toàn phải khắc phục.

Địa chỉ: Số 1 đường 25/4, phường Hồng Gai, TP Hạ Long, tỉnh Quảng Ninh
Điện thoại: 0203.3835.114 - Fax: 0203.3825.361
Lượt truy cập: 1.204.337
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PLAN = period("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
ASOF = period("Lũy kế đến ngày 30/9/2024", end="2024-09-30")
COLS = ((" năm 2023", Y23, "actual"), (" 9 tháng năm 2024", M9, "actual"), (" kế hoạch năm 2024", PLAN, "target"))
ROWS = (
    ("Số cuộc diễn tập (cuộc)", "cuộc", "số cuộc diễn tập", ("1.842", "1.596", "2.200")),
    ("Lượt người tham gia (lượt)", "lượt", "lượt người tham gia", ("38.650", "35.120", "45.000")),
    ("Tổ liên gia thành lập mới (tổ)", "tổ", "tổ liên gia thành lập mới", ("1.134", "872", "1.200")),
    ("Bình chữa cháy trang bị (bình)", "bình", "bình chữa cháy trang bị", ("12.480", "10.915", "15.000")),
)


def table():
    out = []
    for label, unit, subj, cells in ROWS:
        prev = label
        for (col, per, status), cell in zip(COLS, cells):
            anchor = f"{prev}\n{cell}\n"
            kw = {"status": status} if status != "actual" else {}
            out.append(F(anchor, cell, int(cell.replace(".", "")), "count", unit, subj + col, per, **kw))
            prev = cell
    return out


FIGS = [
    *table(),
    F("đạt 72,5% kế hoạch", "72,5", 72.5, "percent", "%", "số cuộc diễn tập so với kế hoạch năm",
      period("9 tháng", "2024-01-01", "2024-09-30")),
    F("gần 40% số cuộc", "40", 40, "percent", "%", "số cuộc diễn tập toàn tỉnh", inherit(M9), approx="nearly",
      location="Hạ Long"),
    F("100% thôn, khu", "100", 100, "percent", "%", "thôn, khu đã có tổ liên gia", location="Vân Đồn"),
    F("có 5.862 tổ", "5.862", 5862, "count", "tổ", "tổ liên gia toàn tỉnh lũy kế", ASOF),
    F("khoảng 96.000 hộ", "96.000", 96000, "count", "hộ", "hộ tham gia tổ liên gia", ASOF, approx="about"),
    F("cho 3.460 hộ", "3.460", 3460, "count", "hộ", "hộ được tổ liên gia hỗ trợ kiểm tra an toàn điện",
      period("Trong tháng 9/2024", "2024-09-01", "2024-09-30")),
    F("trong đó 287 hộ", "287", 287, "count", "hộ", "hộ có nguy cơ mất an toàn điện phải khắc phục",
      period("Trong tháng 9/2024", "2024-09-01", "2024-09-30"), total=3460),
]

NOTES = [
    "Phòng Cảnh sát PCCC và CNCH Công an tỉnh Quảng Ninh (department site): diễn tập, tổ liên gia 9 tháng năm 2024; no dateline.",
    "Table pasted one cell per line (Chỉ tiêu | Năm 2023 | 9 tháng năm 2024 | Kế hoạch năm 2024); unit from the row label, period from",
    "the column header, 'Kế hoạch' column -> target. 'bão số 3' (a name), the address 'Số 1 đường 25/4', phone, fax and",
    "'Lượt truy cập: 1.204.337' are not figures. 'Riêng TP Hạ Long chiếm gần 40%' is a percent of its own (Hạ Long);",
    "'đạt 72,5% kế hoạch năm' stands with no base amount in its sentence: a percent figure.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, location="Quảng Ninh")
