"""p963-7: Chi cục TĐC Bình Dương department site (no dateline): metrology checks at petrol stations, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH DƯƠNG
CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản | Liên hệ

Kết quả kiểm định, kiểm tra đo lường và chất lượng xăng dầu năm 2024

Năm 2024, Chi cục đã kiểm định 3.126 cột đo nhiên liệu, tăng 6,2% so với năm 2023, tại 587 cửa hàng xăng dầu trên địa bàn tỉnh. Trong đợt kiểm tra chuyên đề quý III/2024, Chi cục kiểm tra 45 cửa hàng tại các thành phố Thủ Dầu Một, Dĩ An, Thuận An và huyện Bàu Bàng, lấy 90 mẫu xăng dầu để thử nghiệm, trong đó có 2 mẫu không phù hợp QCVN 1:2022/BKHCN về trị số octan.

Cũng trong năm 2024, qua kiểm tra 312 cột đo đang sử dụng, Chi cục phát hiện 7 cột đo có sai số vượt giới hạn cho phép, chiếm 2,2%; 3 cửa hàng có dấu hiệu can thiệp vào bộ phận đếm của cột đo. Chi cục đã chuyển hồ sơ đề nghị xử phạt với tổng số tiền 245 triệu đồng.

Kết quả kiểm định, kiểm tra cột đo xăng dầu qua các năm:
Đơn vị tính: cột đo
Chỉ tiêu
Năm 2022
Năm 2023
Năm 2024
Kế hoạch 2025
Cột đo được kiểm định
2.718
2.943
3.126
3.300
Cột đo được kiểm tra
265
284
312
350
Cột đo vi phạm
11
9
7
-

Năm 2025, Chi cục phấn đấu kiểm định 100% cột đo đến hạn và lấy tối thiểu 120 mẫu xăng dầu để kiểm tra chất lượng.

CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG BÌNH DƯƠNG
Địa chỉ: Tầng 9, Tháp A, Trung tâm Hành chính tỉnh, số 1 đường Lê Lợi, phường Hòa Phú, TP. Thủ Dầu Một
Điện thoại: 0274.3822.896 - Fax: 0274.3825.173
Tổng lượt truy cập: 1.204.558 | Đang truy cập: 37
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y24b = P("Cũng trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("kiểm định 3.126 cột đo", "3.126", 3126, "count", "cột đo", "cột đo nhiên liệu được kiểm định",
      Y24, change=C("increase", 6.2, "%", "năm 2023")),
    F("tại 587 cửa hàng", "587", 587, "count", "cửa hàng", "cửa hàng xăng dầu có cột đo được kiểm định",
      Y24),
    F("kiểm tra 45 cửa hàng", "45", 45, "count", "cửa hàng",
      "cửa hàng được kiểm tra trong đợt kiểm tra chuyên đề", Q3),
    F("lấy 90 mẫu", "90", 90, "count", "mẫu", "mẫu xăng dầu lấy để thử nghiệm", Q3),
    F("có 2 mẫu", "2", 2, "count", "mẫu", "mẫu không phù hợp quy chuẩn về trị số octan", Q3, total=90),
    F("kiểm tra 312 cột đo", "312", 312, "count", "cột đo", "cột đo đang sử dụng được kiểm tra", Y24b),
    F("phát hiện 7 cột đo", "7", 7, "count", "cột đo",
      "cột đo có sai số vượt giới hạn cho phép", Y24b, percent=2.2),
    F("2,2%; 3 cửa hàng", "3", 3, "count", "cửa hàng",
      "cửa hàng có dấu hiệu can thiệp vào bộ phận đếm của cột đo", Y24b),
    F("tổng số tiền 245 triệu đồng", "245", 245000000, "money", "đồng",
      "tổng số tiền đề nghị xử phạt", I(Y24b)),
]

YEARS = [("Năm 2022", "2022"), ("Năm 2023", "2023"), ("Năm 2024", "2024"), ("Kế hoạch 2025", "2025")]
TABLE = [
    ("Cột đo được kiểm định", ["kiểm định\n2.718", "2.718\n2.943", "2.943\n3.126", "3.126\n3.300"],
     ["2.718", "2.943", "3.126", "3.300"]),
    ("Cột đo được kiểm tra", ["kiểm tra\n265", "265\n284", "284\n312", "312\n350"],
     ["265", "284", "312", "350"]),
    ("Cột đo vi phạm", ["vi phạm\n11", "11\n9", "9\n7"], ["11", "9", "7"]),
]
for row, anchors, nums in TABLE:
    for (col, year), anchor, num in zip(YEARS, anchors, nums):
        value = int(num.replace(".", ""))
        kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
        FIGS.append(F(anchor, num, value, "count", "cột đo", f"{row} {col.lower()}",
                      P(col, f"{year}-01-01", f"{year}-12-31"), **kw))

FIGS += [
    F("kiểm định 100% cột đo", "100", 100, "percent", "%", "cột đo đến hạn được kiểm định", Y25,
      status="target"),
    F("tối thiểu 120 mẫu", "120", 120, "count", "mẫu", "mẫu xăng dầu lấy để kiểm tra chất lượng", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Chi cục TĐC Bình Dương (Sở KH&CN) site: kiểm định cột đo, kiểm tra đo lường và chất lượng xăng dầu năm 2024. No dateline (published absent).",
    "One-cell-per-line table (Đơn vị tính: cột đo): header cells Chỉ tiêu / Năm 2022 / Năm 2023 / Năm 2024 / Kế hoạch 2025, then each row's cells.",
    "Table cells: subject = row label + column label, period from the column header, 'Kế hoạch 2025' → status target; '-' is no number.",
    "'tăng 6,2% so với năm 2023' (moved right after 3.126) is its change; 'trong đó có 2 mẫu' → total 90; 'chiếm 2,2%' → 7 cột đo's percent.",
    "45 stores across three cities and a district: location stays Bình Dương.",
    "Distractors: QCVN 1:2022/BKHCN, 'Tầng 9, Tháp A', 'số 1 đường Lê Lợi', phone/fax 0274.3822.896 / 0274.3825.173, 'Tổng lượt truy cập: 1.204.558', 'Đang truy cập: 37'.",
]

write("p963-7", TEXT, FIGS, NOTES, location="Bình Dương")
