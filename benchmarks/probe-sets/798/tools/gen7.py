"""p798-7: department site (Sở TT&TT Sóc Trăng), no dateline, one-cell-per-line table of pension payments."""
from lib import F, period, inherit, change, target, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG
Trang chủ > Bưu chính, viễn thông

Chi trả lương hưu qua hệ thống bưu điện văn hóa xã: thuận tiện cho người hưởng

Hiện toàn tỉnh Sóc Trăng có 86 điểm bưu điện văn hóa xã (BĐVHX) tại 86/109 xã, phường, thị trấn. Năm 2023, Bưu điện tỉnh chi trả lương hưu, trợ cấp BHXH hằng tháng cho 22.105 người, tăng 625 người so với năm 2022; trong đó 7.340 người nhận tại điểm BĐVHX, chiếm 33,2%.

Kết quả chi trả lương hưu, trợ cấp BHXH qua bưu điện
Đơn vị tính: người
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Người hưởng nhận qua bưu điện
21.480
22.105
22.600
Trong đó: nhận tại điểm BĐVHX
6.912
7.340
7.800
Số tiền chi trả (tỷ đồng)
1.468,2
1.652,7
1.780
Điểm BĐVHX tham gia chi trả (điểm)
68
74
80

Tính đến 30/6/2024, số người nhận lương hưu tại điểm BĐVHX đạt 7.512 người, bằng 96,3% kế hoạch năm. Các huyện có nhiều người nhận tại điểm BĐVHX là Trần Đề (1.126 người), Mỹ Xuyên (984 người) và Thạnh Trị (812 người). Bình quân mỗi nhân viên điểm BĐVHX chi trả cho 87 người/tháng.

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SÓC TRĂNG
Địa chỉ: số 18 Trần Hưng Đạo, Phường 2, TP Sóc Trăng
Điện thoại: 0299.3621.458 - Fax: 0299.3621.459
Lượt truy cập: 1.286.409 | Đang trực tuyến: 37
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
P24 = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")
ASOF = period("Tính đến 30/6/2024", None, "2024-06-30")

FIGS = [
    F("có 86 điểm", "86", 86, "count", "điểm", subject="điểm bưu điện văn hóa xã"),
    F("tại 86/109 xã", "86", 86, "count", "xã, phường, thị trấn", total=109,
      subject="xã, phường, thị trấn có điểm BĐVHX"),
    F("cho 22.105 người", "22.105", 22105, "count", "người",
      change=change("increase", 625, "người", "năm 2022"),
      subject="người được chi trả lương hưu, trợ cấp BHXH hằng tháng qua bưu điện", period=Y23),
    F("trong đó 7.340 người", "7.340", 7340, "count", "người", total=22105, percent=33.2,
      subject="người nhận tại điểm BĐVHX", period=Y23),
    # table, one cell per line; periods from the column headers (scored)
    F("bưu điện\n21.480", "21.480", 21480, "count", "người", subject="người hưởng nhận qua bưu điện",
      period=Y22),
    F("21.480\n22.105", "22.105", 22105, "count", "người", subject="người hưởng nhận qua bưu điện",
      period=Y23),
    F("\n22.600", "22.600", 22600, "count", "người", status="target",
      subject="người hưởng nhận qua bưu điện", period=P24),
    F("BĐVHX\n6.912", "6.912", 6912, "count", "người", total=21480,
      subject="người hưởng nhận tại điểm BĐVHX", period=Y22),
    F("6.912\n7.340", "7.340", 7340, "count", "người", total=22105,
      subject="người hưởng nhận tại điểm BĐVHX", period=Y23),
    F("\n7.800", "7.800", 7800, "count", "người", total=22600, status="target",
      subject="người hưởng nhận tại điểm BĐVHX", period=P24),
    F("\n1.468,2", "1.468,2", 1468.2e9, "money", "đồng", subject="số tiền chi trả", period=Y22),
    F("\n1.652,7", "1.652,7", 1652.7e9, "money", "đồng", subject="số tiền chi trả", period=Y23),
    F("\n1.780\n", "1.780", 1780e9, "money", "đồng", status="target", subject="số tiền chi trả", period=P24),
    F("(điểm)\n68", "68", 68, "count", "điểm", subject="điểm BĐVHX tham gia chi trả", period=Y22),
    F("\n74\n", "74", 74, "count", "điểm", subject="điểm BĐVHX tham gia chi trả", period=Y23),
    F("\n80\n", "80", 80, "count", "điểm", status="target", subject="điểm BĐVHX tham gia chi trả",
      period=P24),
    F("đạt 7.512 người", "7.512", 7512, "count", "người", percent=96.3,
      subject="người nhận lương hưu tại điểm BĐVHX", period=ASOF),
    F("Trần Đề (1.126 người)", "1.126", 1126, "count", "người",
      subject="người nhận lương hưu tại điểm BĐVHX", location="Trần Đề", period=inherit(ASOF)),
    F("Mỹ Xuyên (984 người)", "984", 984, "count", "người",
      subject="người nhận lương hưu tại điểm BĐVHX", location="Mỹ Xuyên", period=inherit(ASOF)),
    F("Thạnh Trị (812 người)", "812", 812, "count", "người",
      subject="người nhận lương hưu tại điểm BĐVHX", location="Thạnh Trị", period=inherit(ASOF)),
    F("cho 87 người/tháng", "87", 87, "measure", "người/tháng",
      subject="người được mỗi nhân viên điểm BĐVHX chi trả bình quân"),
]

NOTES = [
    "Probe 798. Department site (Sở TT&TT Sóc Trăng), no dateline (published null); footer address, phone, visit counter.",
    "One-cell-per-line table: every cell is a figure; period from the column header (Năm 2022, Năm 2023, Kế hoạch 2024 ->",
    "status target); unit 'người' from 'Đơn vị tính', 'tỷ đồng' and 'điểm' from the row labels. The 'Trong đó' row's",
    "cells take the cell above in the same column as total (a part after 'trong đó' following its whole).",
    "'tăng 625 người so với năm 2022' is the change of 22.105 người. District list (not adding up) has no total; it",
    "inherits 'Tính đến 30/6/2024'. '87 người/tháng' is a rate (measure). Not figures: Phường 2, phones, Lượt truy cập,",
    "'Đang trực tuyến: 37'.",
]

if __name__ == "__main__":
    write("p798-7", TEXT, NOTES, FIGS, location="Sóc Trăng")
