"""p795-7: department site (Chi cục Chăn nuôi và Thú y Đắk Lắk), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK LẮK
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả kiểm dịch vận chuyển trâu, bò năm 2024

Năm 2024, 4 trạm kiểm dịch động vật đầu mối giao thông và 15 trạm chăn nuôi và thú y cấp huyện đã kiểm dịch 61.250 con trâu, bò vận chuyển ra ngoài tỉnh, tăng 14,7% so với năm 2023, đạt 122,5% kế hoạch. Trong đó, bò 55.930 con; trâu 5.320 con, giảm 3,4%. Số bò xuất tỉnh gấp hơn 10 lần số trâu. Riêng quý II/2024, do ảnh hưởng của bệnh viêm da nổi cục, lượng trâu, bò kiểm dịch chỉ đạt 11.830 con.

Trên địa bàn tỉnh có 9 chợ gia súc; lớn nhất là chợ bò Ea Drăng (huyện Ea H'leo) họp 2 phiên mỗi tuần, bình quân 450 con/phiên, giá bò thịt hơi 76.000-80.000 đồng/kg. Phí kiểm tra lâm sàng tại chợ là 15.000 đồng/con đối với trâu, bò trên 100 kg.

Lực lượng thú y phối hợp với công an, quản lý thị trường phát hiện 31 trường hợp vận chuyển trâu, bò không có giấy chứng nhận kiểm dịch, xử phạt 214,5 triệu đồng, tiêu hủy 3 con bò mắc bệnh viêm da nổi cục.

Số lượng trâu, bò kiểm dịch vận chuyển ra ngoài tỉnh
Đơn vị tính: con
Loại gia súc
Năm 2023
Năm 2024
Kế hoạch 2025
Bò
47.890
55.930
58.000
Trâu
5.510
5.320
5.000
Tổng cộng
53.400
61.250
63.000

CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH ĐẮK LẮK
Địa chỉ: số 47 Y Wang, phường Ea Tam, TP. Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.466 - Fax: 0262.3856.912
Đang truy cập: 37 | Tổng lượt truy cập: 1.204.377
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
COLS = [(P("Năm 2023", "2023-01-01", "2023-12-31"), "Năm 2023", None),
        (P("Năm 2024", "2024-01-01", "2024-12-31"), "Năm 2024", None),
        (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "Kế hoạch 2025", "target")]
ROWS = [("Bò", "Bò", ["47.890", "55.930", "58.000"]),
        ("Trâu", "Trâu", ["5.510", "5.320", "5.000"]),
        ("Tổng cộng", "Tổng cộng", ["53.400", "61.250", "63.000"])]
EAH = "Ea H'leo"

TABLE = []
for label, what, cells in ROWS:
    prev = label
    for (per, colname, status), cell in zip(COLS, cells):
        extra = {"status": status} if status else {}
        TABLE.append(F(f"{prev}\n{cell}", cell, float(cell.replace(".", "")), "count", "con",
                       f"{what} {colname}", per, **extra))
        prev = cell

FIGS = [
    F("2024, 4 trạm", "4", 4, "count", "trạm", "trạm kiểm dịch động vật đầu mối giao thông", Y24),
    F("và 15 trạm", "15", 15, "count", "trạm", "trạm chăn nuôi và thú y cấp huyện", Y24),
    F("kiểm dịch 61.250 con", "61.250", 61250, "count", "con", "trâu, bò vận chuyển ra ngoài tỉnh được kiểm dịch", Y24,
      percent=122.5, change=C("increase", 14.7, baseline="năm 2023")),
    F("bò 55.930 con", "55.930", 55930, "count", "con", "bò được kiểm dịch vận chuyển ra ngoài tỉnh", I(Y24),
      total=61250),
    F("trâu 5.320 con", "5.320", 5320, "count", "con", "trâu được kiểm dịch vận chuyển ra ngoài tỉnh", I(Y24),
      total=61250, change=C("decrease", 3.4)),
    F("gấp hơn 10 lần", "10", 10, "multiple", "lần", "số bò xuất tỉnh so với số trâu", I(Y24), approx="over"),
    F("đạt 11.830 con", "11.830", 11830, "count", "con", "trâu, bò được kiểm dịch", Q2),
    F("có 9 chợ", "9", 9, "count", "chợ", "chợ gia súc trên địa bàn tỉnh"),
    F("họp 2 phiên", "2", 2, "count", "phiên", "phiên chợ mỗi tuần", location=EAH, optional=True),
    F("450 con/phiên", "450", 450, "measure", "con/phiên", "bò giao dịch bình quân mỗi phiên tại chợ bò Ea Drăng",
      location=EAH),
    F("76.000-80.000", "76.000", 76000, "money", "đồng/kg", "giá bò thịt hơi tại chợ bò Ea Drăng", value_max=80000,
      location=EAH),
    F("15.000 đồng/con", "15.000", 15000, "money", "đồng/con", "phí kiểm tra lâm sàng tại chợ"),
    F("trên 100 kg", "100", 100, "measure", "kg", "trọng lượng trâu, bò phải kiểm tra lâm sàng", approx="over",
      optional=True),
    F("phát hiện 31 trường hợp", "31", 31, "count", "trường hợp",
      "trường hợp vận chuyển trâu, bò không có giấy chứng nhận kiểm dịch", I(Y24)),
    F("214,5 triệu", "214,5", 214500000, "money", "đồng", "tiền xử phạt", I(Y24)),
    F("tiêu hủy 3 con", "3", 3, "count", "con", "bò mắc bệnh viêm da nổi cục bị tiêu hủy", I(Y24)),
] + TABLE

COMMENTS = [
    "Chi cục Chăn nuôi và Thú y Đắk Lắk (department site): kiểm dịch vận chuyển trâu, bò năm 2024. No dateline: no published date.",
    "Table one cell per line (Đơn vị tính: con): rows Bò / Trâu / Tổng cộng, columns Năm 2023 / Năm 2024 / Kế hoạch 2025 (target).",
    "Every cell is a figure with its column's period, also where the text repeats the value. Table cells carry no totals.",
    "revised after the first run: table subjects are the row and column labels only (FIGURES.md, Tables), e.g. 'Bò Năm 2023';",
    "the first gold had added the caption ('bò kiểm dịch vận chuyển ra ngoài tỉnh năm 2023').",
    "'Trong đó, bò 55.930 con; trâu 5.320 con' are parts of 61.250 (sentence break); 'giảm 3,4%' is the change of 5.320 con.",
    "'đạt 122,5% kế hoạch' is the percent of 61.250 (no plan number given). 'gấp hơn 10 lần' standing as its own sentence is a multiple.",
    "Chợ bò Ea Drăng lies in Ea H'leo (location). '2 phiên mỗi tuần' (structure) and the threshold 'trên 100 kg' are optional.",
    "Distractors: số 47 Y Wang, phones 0262.3852.466 / 0262.3856.912, Đang truy cập: 37, Tổng lượt truy cập: 1.204.377.",
]

write("p795-7", TEXT, FIGS, COMMENTS, published=None, location="Đắk Lắk")
