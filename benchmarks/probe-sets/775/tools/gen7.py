from lib import *

TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH LẠNG SƠN
Trang chủ | Giới thiệu | Tin hoạt động | Văn bản

Tăng cường kiểm soát đồ chơi, lồng đèn nhập lậu dịp Trung thu

Thực hiện Kế hoạch số 126/KH-QLTTLS, trong đợt cao điểm trước Tết Trung thu năm 2024, Cục Quản lý thị trường tỉnh Lạng Sơn đã thành lập 9 tổ công tác kiểm tra tại các cửa khẩu, đường mòn, lối mở và chợ đầu mối. Kết quả, đã kiểm tra 214 vụ, phát hiện 163 vụ vi phạm, chiếm 76,2% số vụ kiểm tra; thu nộp ngân sách nhà nước 1.846 triệu đồng.

Bảng: Số vụ vi phạm được xử lý theo nhóm hàng
Đơn vị tính: vụ
Nhóm hàng
Năm 2023
Năm 2024
Đồ chơi trẻ em
74
92
Lồng đèn, đèn trang trí
21
38
Bánh Trung thu, nhân bánh
41
33
Tổng số
136
163

Lực lượng chức năng đã tạm giữ 58.700 sản phẩm đồ chơi, trong đó 12.350 sản phẩm có hình dáng súng, dao kiếm và đồ chơi mang tính bạo lực; tiêu hủy 2,4 tấn bánh, nhân bánh Trung thu quá hạn sử dụng. Trị giá hàng hóa tạm giữ ước khoảng 2,1 tỷ đồng.

Các Đội QLTT số 1, số 3 và số 5, phụ trách địa bàn TP. Lạng Sơn, huyện Cao Lộc và huyện Văn Lãng, xử lý nhiều vụ việc nhất, lần lượt 41, 35 và 28 vụ.

Mọi phản ánh xin liên hệ đường dây nóng 0205.3870.119 hoặc trực tiếp tại số 6 đường Lê Lợi, phường Vĩnh Trại, TP. Lạng Sơn.

Số lượt truy cập: 1.204.377 | Đang trực tuyến: 57
"""

Y = P("Tết Trung thu năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TS = "Số vụ vi phạm"
FIGS = [
    F("thành lập 9 tổ công tác", "9", 9, "count", "tổ công tác",
      subject="tổ công tác kiểm tra tại các cửa khẩu, đường mòn, lối mở và chợ đầu mối", period=Y),
    F("kiểm tra 214 vụ", "214", 214, "count", "vụ", subject="vụ kiểm tra", period=I(Y)),
    F("phát hiện 163 vụ", "163", 163, "count", "vụ vi phạm", percent=76.2, subject="vụ vi phạm phát hiện",
      period=I(Y)),
    F("1.846 triệu đồng", "1.846", 1846000000, "money", "đồng", subject="thu nộp ngân sách nhà nước",
      period=I(Y)),
]
rows = [("Đồ chơi trẻ em", "74", "92"), ("Lồng đèn, đèn trang trí", "21", "38"),
        ("Bánh Trung thu, nhân bánh", "41", "33"), ("Tổng số", "136", "163")]
for label, a, b in rows:
    FIGS.append(F(f"{label}\n{a}\n", a, int(a), "count", "vụ", subject=f"{TS} {label} năm 2023", period=C23))
    FIGS.append(F(f"\n{a}\n{b}\n", b, int(b), "count", "vụ", subject=f"{TS} {label} năm 2024", period=C24))
FIGS += [
    F("giữ 58.700 sản phẩm", "58.700", 58700, "count", "sản phẩm", subject="sản phẩm đồ chơi bị tạm giữ",
      period=I(Y)),
    F("trong đó 12.350 sản phẩm", "12.350", 12350, "count", "sản phẩm", total=58700,
      subject="sản phẩm có hình dáng súng, dao kiếm và đồ chơi mang tính bạo lực", period=I(Y)),
    F("tiêu hủy 2,4 tấn", "2,4", 2.4, "measure", "tấn",
      subject="bánh, nhân bánh Trung thu quá hạn sử dụng bị tiêu hủy", period=I(Y)),
    F("ước khoảng 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", approx="about", status="estimate",
      subject="trị giá hàng hóa tạm giữ", period=I(Y)),
    F("lần lượt 41", "41", 41, "count", "vụ", subject="vụ việc xử lý", period=I(Y), location="Lạng Sơn"),
    F("41, 35 và", "35", 35, "count", "vụ", subject="vụ việc xử lý", period=I(Y), location="Cao Lộc"),
    F("và 28 vụ", "28", 28, "count", "vụ", subject="vụ việc xử lý", period=I(Y), location="Văn Lãng"),
]

emit("p775-7", TEXT, [
    "Cục QLTT tỉnh Lạng Sơn site (invented), no dateline: kiểm soát đồ chơi, lồng đèn nhập lậu dịp Trung thu 2024; one-cell-per-line table.",
    "Distractors: Kế hoạch số 126/KH-QLTTLS, Đội QLTT số 1/số 3/số 5, hotline 0205.3870.119, số 6 đường Lê Lợi, visit counter 1.204.377, 57 online.",
    "Table (Đơn vị tính: vụ): every cell a figure, subject = table title + row label + column, period from the column header (scored).",
    "No totals inside the table (the 'Tổng số' row is a figure of its own). 163 'chiếm 76,2% số vụ kiểm tra': percent, no total (no part-of cue).",
    "'lần lượt 41, 35 và 28 vụ' map onto TP. Lạng Sơn (city = province name), Cao Lộc, Văn Lãng via the teams' areas.",
], FIGS, published=None, location="Lạng Sơn")
