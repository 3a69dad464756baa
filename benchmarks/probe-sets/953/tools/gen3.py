"""p953-3: UBND tỉnh Quảng Trị formal report, 6 tháng đầu năm 2024, flattened '|' table by network."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả chuẩn hóa thông tin thuê bao di động, xử lý SIM rác 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Chuẩn hóa thông tin thuê bao
Tính đến ngày 30/6/2024, toàn tỉnh có 742.315 thuê bao di động đang hoạt động (không tính thuê bao M2M), tăng 2,4% so với cuối năm 2023. Kết quả đối soát với Cơ sở dữ liệu quốc gia về dân cư theo Thông tư số 01/2024/TT-BTTTT như sau:
Đơn vị tính: thuê bao
Doanh nghiệp | Đang hoạt động | Trùng khớp | Khóa 1 chiều | Khóa 2 chiều
Viettel | 421.560 | 414.905 | 3.218 | 1.046
VinaPhone | 198.742 | 193.870 | 2.105 | 712
MobiFone | 96.330 | 93.962 | 1.280 | 395
Vietnamobile | 25.683 | 24.118 | 874 | 306
Tổng cộng | 742.315 | 726.855 | 7.477 | 2.459
Tỷ lệ thuê bao có thông tin trùng khớp đạt 97,92%, vượt chỉ tiêu 95% tại Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND tỉnh.
2. Kiểm tra, xử lý SIM rác, tin nhắn rác
6 tháng đầu năm, Sở Thông tin và Truyền thông phối hợp Công an tỉnh kiểm tra 54 điểm cung cấp dịch vụ viễn thông, xử phạt 8 cơ sở với tổng số tiền 176 triệu đồng, thu giữ 2.140 SIM đã kích hoạt sẵn. Các doanh nghiệp đã chặn trên 1,2 triệu tin nhắn rác, giảm khoảng 35% so với cùng kỳ năm 2023; tiếp nhận 96 phản ánh của người dân về cuộc gọi rác, đã xử lý đạt 100%.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu đến ngày 31/12/2024, tỷ lệ thuê bao có thông tin trùng khớp đạt trên 99%; xử lý dứt điểm 100% thuê bao có thông tin không chính xác.
2. Dự kiến tổ chức 3 đợt kiểm tra liên ngành tại các huyện Vĩnh Linh, Gio Linh, Hải Lăng với kinh phí khoảng 120 triệu đồng.

Nơi nhận:
- Bộ Thông tin và Truyền thông;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
DEC = P("đến ngày 31/12/2024", end="2024-12-31")
H2 = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

COLS = ["thuê bao đang hoạt động", "thuê bao trùng khớp", "thuê bao khóa 1 chiều", "thuê bao khóa 2 chiều"]
ROWS = [
    ("Viettel", ["421.560", "414.905", "3.218", "1.046"]),
    ("VinaPhone", ["198.742", "193.870", "2.105", "712"]),
    ("MobiFone", ["96.330", "93.962", "1.280", "395"]),
    ("Vietnamobile", ["25.683", "24.118", "874", "306"]),
    ("Tổng cộng", ["742.315", "726.855", "7.477", "2.459"]),
]
TABLE = []
for label, cells in ROWS:
    prev = label
    for col, cell in zip(COLS, cells):
        anchor = f"{prev} | {cell}"
        TABLE.append(F(anchor, cell, float(cell.replace(".", "")), "count", "thuê bao",
                       f"{col} {'tổng cộng' if label == 'Tổng cộng' else label}", I(ASOF)))
        prev = cell

FIGS = [
    F("có 742.315 thuê bao", "742.315", 742315, "count", "thuê bao", "thuê bao di động đang hoạt động", ASOF,
      change=C("increase", 2.4, "%", "cuối năm 2023")),
    *TABLE,
    F("đạt 97,92%", "97,92", 97.92, "percent", "%", "tỷ lệ thuê bao có thông tin trùng khớp", I(ASOF),
      target=T(95, "%", True)),
    F("kiểm tra 54 điểm", "54", 54, "count", "điểm cung cấp dịch vụ viễn thông",
      "điểm cung cấp dịch vụ viễn thông được kiểm tra", H1),
    F("xử phạt 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở bị xử phạt", H1),
    F("176 triệu đồng", "176", 176000000, "money", "đồng", "tổng số tiền xử phạt", H1),
    F("thu giữ 2.140 SIM", "2.140", 2140, "count", "SIM", "SIM đã kích hoạt sẵn thu giữ", H1),
    F("trên 1,2 triệu tin nhắn", "1,2", 1200000, "count", "tin nhắn rác", "tin nhắn rác bị chặn", I(H1),
      approx="over", change=C("decrease", 35, "%", "cùng kỳ năm 2023", approx="about")),
    F("tiếp nhận 96 phản ánh", "96", 96, "count", "phản ánh", "phản ánh của người dân về cuộc gọi rác", I(H1),
      percent=100),
    F("trên 99%", "99", 99, "percent", "%", "tỷ lệ thuê bao có thông tin trùng khớp", DEC, approx="over",
      status="target"),
    F("dứt điểm 100% thuê bao", "100", 100, "percent", "%", "thuê bao có thông tin không chính xác được xử lý", DEC,
      status="target"),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt kiểm tra", "đợt kiểm tra liên ngành", H2, status="forecast"),
    F("khoảng 120 triệu đồng", "120", 120000000, "money", "đồng", "kinh phí kiểm tra liên ngành", H2,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Quảng Trị Số 187/BC-UBND: chuẩn hóa thông tin thuê bao, xử lý SIM rác 6 tháng đầu năm 2024.",
    "Flattened '|' table (Đơn vị tính: thuê bao) by network: every numeric cell is a figure, subject = column + row label,",
    "period from the 'Tính đến ngày 30/6/2024' sentence above the table (inherited); the Tổng cộng row is its own figure; no totals on cells.",
    "'vượt chỉ tiêu 95%' -> target 95 (met). 'đã xử lý đạt 100%' after '96 phản ánh' -> percent 100 of that figure.",
    "'6 tháng đầu năm' (no year) takes 2024 from the earlier 30/6/2024. Section II heading gives the period of its forecasts (inherited).",
    "Not figures: 'Số: 187/BC-UBND', 'Thông tư số 01/2024/TT-BTTTT', 'Kế hoạch số 45/KH-UBND ngày 12/3/2024', 'Khóa 1 chiều',",
    "'Khóa 2 chiều', 'M2M', section numbers I., II., 1., 2., the place-date line.",
]

write("p953-3", TEXT, FIGS, NOTES, published="2024-07-08", location="Quảng Trị")
