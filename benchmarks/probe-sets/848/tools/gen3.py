"""p848-3: Thái Bình formal report (letterhead), dyke management 9 months 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THÁI BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 186/BC-UBND
Thái Bình, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác quản lý, tu bổ đê điều 9 tháng năm 2024

I. HIỆN TRẠNG HỆ THỐNG ĐÊ ĐIỀU
Toàn tỉnh có 1.126 km đê các loại, trong đó 401 km đê từ cấp III đến cấp I và 98 km đê biển; trên các tuyến đê có 1.286 cống dưới đê và 154 km kè bảo vệ mái đê.

II. KẾT QUẢ THỰC HIỆN 9 THÁNG NĂM 2024
1. Tu bổ, nâng cấp đê điều
Tổng kinh phí tu bổ đê điều thường xuyên 9 tháng là 62,4 tỷ đồng, đạt 78% kế hoạch vốn năm, trong đó ngân sách trung ương 41,5 tỷ đồng. Kết quả theo địa bàn như sau:

Đơn vị tính: km
Huyện | Đê được tu bổ | Mặt đê được cứng hóa | Kè được nâng cấp
Hưng Hà | 6,2 | 3,5 | 1,2
Quỳnh Phụ | 4,8 | 2,1 | 0,6
Vũ Thư | 5,5 | 2,9 | 1,4
Kiến Xương | 3,9 | 1,7 | 0,8
Tiền Hải | 7,1 | 4,3 | 2,5
Tổng cộng | 27,5 | 14,5 | 6,5

2. Xử lý vi phạm
Phát hiện 52 trường hợp vi phạm, đã xử lý 47 trường hợp (đạt 90,4%); còn 5 trường hợp đang xử lý theo Nghị định số 03/2022/NĐ-CP.

3. Sự cố đê điều
Trong đợt mưa lũ do hoàn lưu bão số 3 (tháng 9/2024), trên địa bàn tỉnh xảy ra 9 sự cố sạt trượt mái đê, thẩm lậu với tổng chiều dài 1.340 m; đã huy động 4.200 lượt người, 1.900 m3 đất đá và 26.000 bao tải để xử lý.

III. NHIỆM VỤ QUÝ IV/2024
Tập trung hoàn thành các công trình tu bổ đê điều, phấn đấu giải ngân 100% kế hoạch vốn năm 2024 (80 tỷ đồng) trước ngày 31/12/2024.
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9H = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
SEP = P("tháng 9/2024", "2024-09-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [  # (row label, location, three cells)
    ("Hưng Hà", "Hưng Hà", ("6,2", "3,5", "1,2")),
    ("Quỳnh Phụ", "Quỳnh Phụ", ("4,8", "2,1", "0,6")),
    ("Vũ Thư", "Vũ Thư", ("5,5", "2,9", "1,4")),
    ("Kiến Xương", "Kiến Xương", ("3,9", "1,7", "0,8")),
    ("Tiền Hải", "Tiền Hải", ("7,1", "4,3", "2,5")),
    ("Tổng cộng", None, ("27,5", "14,5", "6,5")),
]
COLS = ("đê được tu bổ", "mặt đê được cứng hóa", "kè được nâng cấp")

FIGS = [
    F("có 1.126 km đê", "1.126", 1126, "measure", "km", "đê các loại"),
    F("401 km đê", "401", 401, "measure", "km", "đê từ cấp III đến cấp I", total=1126),
    F("98 km đê biển", "98", 98, "measure", "km", "đê biển", total=1126),
    F("có 1.286 cống", "1.286", 1286, "count", "cống", "cống dưới đê"),
    F("154 km kè", "154", 154, "measure", "km", "kè bảo vệ mái đê"),
    F("là 62,4 tỷ đồng", "62,4", 62.4e9, "money", "đồng", "tổng kinh phí tu bổ đê điều thường xuyên",
      M9, percent=78),
    F("trung ương 41,5 tỷ đồng", "41,5", 41.5e9, "money", "đồng",
      "kinh phí tu bổ đê điều từ ngân sách trung ương", M9, total=62.4e9),
]
for label, loc, cells in ROWS:
    prev = label
    for col, cell in zip(COLS, cells):
        extra = {"location": loc} if loc else {}
        subj = col if loc else f"{col} tổng cộng"
        FIGS.append(F(f"{prev} | {cell}", cell, float(cell.replace(",", ".")), "measure", "km",
                      subj, M9H, **extra))
        prev = cell
FIGS += [
    F("Phát hiện 52 trường hợp", "52", 52, "count", "trường hợp", "trường hợp vi phạm phát hiện",
      I(M9H)),
    F("xử lý 47 trường hợp", "47", 47, "count", "trường hợp", "trường hợp vi phạm đã xử lý",
      I(M9H), percent=90.4),
    F("còn 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp vi phạm đang xử lý"),
    F("xảy ra 9 sự cố", "9", 9, "count", "sự cố", "sự cố sạt trượt mái đê, thẩm lậu", SEP),
    F("dài 1.340 m", "1.340", 1340, "measure", "m", "tổng chiều dài sự cố đê", SEP),
    F("huy động 4.200 lượt người", "4.200", 4200, "count", "lượt người",
      "lượt người huy động xử lý sự cố", SEP),
    F("1.900 m3 đất đá", "1.900", 1900, "measure", "m3", "đất đá huy động xử lý sự cố", SEP),
    F("26.000 bao tải", "26.000", 26000, "count", "bao tải", "bao tải huy động xử lý sự cố", SEP),
    F("giải ngân 100%", "100", 100, "percent", "%", "giải ngân kế hoạch vốn năm 2024", Y24,
      status="target"),
    F("(80 tỷ đồng)", "80", 80e9, "money", "đồng", "kế hoạch vốn tu bổ đê điều năm 2024", Y24,
      status="target"),
]

NOTES = [
    "Thái Bình provincial report (Số: 186/BC-UBND): dyke system, 9-month 2024 repair works, violations, storm No. 3 incidents, Q4 task.",
    "Flattened table under 'Đơn vị tính: km': every cell is a figure, district row labels give location, column labels the subject;",
    "its period (9 tháng năm 2024) stands in the title/heading above, so it is inherited. Tổng cộng row: province, no totals on cells.",
    "'đạt 78% kế hoạch vốn năm' is the percent of 62,4 tỷ; 'đạt 90,4%' the percent of 47. '(80 tỷ đồng)' is the year's capital plan: target.",
    "Distractors: Số: 186/BC-UBND, ngày 15 tháng 10 năm 2024, section numbers I.-III., 1.-3., bão số 3, Nghị định số 03/2022/NĐ-CP,",
    "QUÝ IV/2024, trước ngày 31/12/2024, cấp III, cấp I.",
]

if __name__ == "__main__":
    write("p848-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Thái Bình")
