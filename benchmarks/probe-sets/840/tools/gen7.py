"""p840-7: department site (Sở GD&ĐT Quảng Ninh), no dateline, one-cell-per-line table."""
from lib import F, change, period, write

TEXT = """
SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH
Trang chủ / Tin tức - Sự kiện / An toàn giao thông trường học

Nhân rộng mô hình "Cổng trường an toàn giao thông"

Năm 2023, toàn tỉnh có 468 trường học duy trì mô hình "Cổng trường an toàn giao thông", chiếm 71,3% tổng số trường, tăng 56 trường so với năm 2022. Các địa phương có tỷ lệ trường thực hiện mô hình cao là TP Hạ Long (92%), TP Cẩm Phả (88%) và TP Uông Bí (85%).

Cũng trong năm 2023, Ban An toàn giao thông tỉnh phối hợp với Công ty Honda Việt Nam trao 15.120 mũ bảo hiểm cho học sinh lớp Một, đạt 100,8% kế hoạch; tổ chức 26 lớp tập huấn kỹ năng lái xe an toàn cho hơn 3.400 học sinh trung học phổ thông. Tính đến ngày 30/6/2024, toàn tỉnh có 9.850 học sinh trung học phổ thông đi xe máy điện đến trường, chiếm 18,6% số học sinh cấp này.

Một số kết quả công tác an toàn giao thông trường học
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Trường có mô hình cổng trường an toàn (trường)
412
468
520
Mũ bảo hiểm tặng học sinh lớp Một (chiếc)
14.250
15.120
15.500
Học sinh vi phạm trật tự an toàn giao thông (lượt)
1.035
872
700

Năm 2024, Sở phấn đấu 100% trường tiểu học, trung học cơ sở đưa nội dung đội mũ bảo hiểm đúng cách vào hoạt động ngoại khóa; giảm ít nhất 20% số học sinh vi phạm so với năm 2023 (theo Kế hoạch số 1527/KH-SGDĐT).

SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NINH
Địa chỉ: Tầng 7, Trụ sở Liên cơ quan số 2, phường Hồng Hà, TP Hạ Long, tỉnh Quảng Ninh
Điện thoại: 0203.3835.618
Lượt truy cập: 3.482.190
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23i = period("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
T1, T2, T3 = ("trường có mô hình cổng trường an toàn", "mũ bảo hiểm tặng học sinh lớp Một",
              "học sinh vi phạm trật tự an toàn giao thông")
MODEL = "tỷ lệ trường thực hiện mô hình Cổng trường an toàn giao thông"

FIGS = [
    F("có 468 trường học", "468", 468, "count", "trường học",
      "trường học duy trì mô hình Cổng trường an toàn giao thông", percent=71.3,
      change=change("increase", 56, "trường", "năm 2022"), period=Y23),
    F("Hạ Long (92%)", "92", 92, "percent", "%", MODEL, location="Hạ Long", period=Y23i),
    F("Cẩm Phả (88%)", "88", 88, "percent", "%", MODEL, location="Cẩm Phả", period=Y23i),
    F("Uông Bí (85%)", "85", 85, "percent", "%", MODEL, location="Uông Bí", period=Y23i),
    F("trao 15.120 mũ", "15.120", 15120, "count", "mũ bảo hiểm", "mũ bảo hiểm trao cho học sinh lớp Một",
      percent=100.8, period=period("năm 2023", "2023-01-01", "2023-12-31")),
    F("tổ chức 26 lớp", "26", 26, "count", "lớp", "lớp tập huấn kỹ năng lái xe an toàn",
      period=period("năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 3.400 học sinh", "3.400", 3400, "count", "học sinh", "học sinh trung học phổ thông được tập huấn",
      approx="over", period=period("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 9.850 học sinh", "9.850", 9850, "count", "học sinh",
      "học sinh trung học phổ thông đi xe máy điện đến trường", percent=18.6,
      period=period("Tính đến ngày 30/6/2024", None, "2024-06-30")),
    F("(trường)\n412", "412", 412, "count", "trường", T1, period=Y22),
    F("412\n468", "468", 468, "count", "trường", T1, period=Y23),
    F("468\n520", "520", 520, "count", "trường", T1, status="target", period=Y24),
    F("(chiếc)\n14.250", "14.250", 14250, "count", "chiếc", T2, period=Y22),
    F("14.250\n15.120", "15.120", 15120, "count", "chiếc", T2, period=Y23),
    F("15.120\n15.500", "15.500", 15500, "count", "chiếc", T2, status="target", period=Y24),
    F("(lượt)\n1.035", "1.035", 1035, "count", "lượt", T3, period=Y22),
    F("1.035\n872", "872", 872, "count", "lượt", T3, period=Y23),
    F("872\n700", "700", 700, "count", "lượt", T3, status="target", period=Y24),
    F("phấn đấu 100% trường", "100", 100, "percent", "%",
      "trường tiểu học, trung học cơ sở đưa nội dung đội mũ bảo hiểm đúng cách vào hoạt động ngoại khóa",
      status="target", period=period("Năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 20%", "20", 20, "percent", "%", "số học sinh vi phạm", approx="at_least", status="target",
      period=period("Năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Sở GD&ĐT Quảng Ninh site: no dateline (published absent); footer with address, phone and visit counter.",
    "Table pasted one cell per line: header 'Chỉ tiêu | Năm 2022 | Năm 2023 | Kế hoạch 2024', units in the row labels;",
    "the 'Kế hoạch 2024' column is status target, each column header gives the period.",
    "Not figures: Tầng 7, Trụ sở Liên cơ quan số 2, phone 0203.3835.618, Lượt truy cập 3.482.190, Kế hoạch số 1527/KH-SGDĐT, 'lớp Một'.",
    "'giảm ít nhất 20% số học sinh vi phạm so với năm 2023' is a target rate: percent figure, no change.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, published=None, location="Quảng Ninh")
