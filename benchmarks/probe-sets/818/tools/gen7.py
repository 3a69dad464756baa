"""p818-7: Cục QLTT tỉnh Quảng Ninh department site, counterfeit/smuggled cosmetics 2024; no dateline; one-cell-per-line table."""
from lib import F, build, change, period

TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả đấu tranh với mỹ phẩm giả, nhập lậu năm 2024

Năm 2024, lực lượng Quản lý thị trường tỉnh đã kiểm tra 286 vụ liên quan đến kinh doanh mỹ phẩm, phát hiện và xử lý 241 vụ vi phạm, giảm 8,4% so với năm 2023; tổng số tiền xử phạt và trị giá hàng tịch thu đạt 2,94 tỷ đồng. Tang vật chủ yếu là son môi, kem trắng da, nước hoa giả mạo nhãn hiệu, hàng nhập lậu qua biên giới.

Tại thành phố Móng Cái, ngày 17/6/2024, Đội QLTT số 5 phối hợp Đồn Biên phòng Bắc Luân kiểm tra một kho hàng tại khu 4, phường Hải Hòa, thu giữ 18.600 sản phẩm mỹ phẩm nhập lậu, trị giá ước tính 1,1 tỷ đồng.

Kết quả cụ thể như sau:
Đơn vị tính: vụ; sản phẩm; triệu đồng
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Số vụ kiểm tra
305
286
300
Số vụ vi phạm
263
241
-
Sản phẩm thu giữ
35.420
52.870
-
Tiền phạt (triệu đồng)
1.682
2.174
2.000

Năm 2025, Cục tiếp tục tăng cường kiểm tra mỹ phẩm bán trên mạng xã hội và sàn thương mại điện tử.

CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH QUẢNG NINH
Địa chỉ: Tầng 5, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long, tỉnh Quảng Ninh
Điện thoại: 0203.3835.612 - Đường dây nóng: 0912.345.170
Lượt truy cập: 1.284.906 | Đang trực tuyến: 37
"""

P24 = period("Năm 2024", "2024-01-01", "2024-12-31")
P24i = period("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
PJUN = period("ngày 17/6/2024", "2024-06-17", "2024-06-17")
Y = {"Năm 2023": ("2023-01-01", "2023-12-31"), "Năm 2024": ("2024-01-01", "2024-12-31"),
     "Kế hoạch 2025": ("2025-01-01", "2025-12-31")}

FIGS = [
    F("kiểm tra 286 vụ", "286", 286, "count", "vụ", subject="vụ kiểm tra liên quan đến kinh doanh mỹ phẩm", period=P24),
    F("xử lý 241 vụ", "241", 241, "count", "vụ", change=change("decrease", 8.4, baseline="năm 2023"),
      subject="vụ vi phạm được phát hiện và xử lý", period=P24),
    F("đạt 2,94 tỷ đồng", "2,94", 2.94e9, "money", "đồng",
      subject="tổng số tiền xử phạt và trị giá hàng tịch thu", period=P24),
    F("thu giữ 18.600 sản phẩm", "18.600", 18600, "count", "sản phẩm",
      subject="sản phẩm mỹ phẩm nhập lậu bị thu giữ", location="Móng Cái", period=PJUN),
    F("ước tính 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", status="estimate",
      subject="trị giá sản phẩm mỹ phẩm nhập lậu bị thu giữ", location="Móng Cái", period=PJUN),
]
table = [
    ("Số vụ kiểm tra", "vụ", "count", ["305", "286", "300"]),
    ("Số vụ vi phạm", "vụ", "count", ["263", "241", None]),
    ("Sản phẩm thu giữ", "sản phẩm", "count", ["35.420", "52.870", None]),
    ("Tiền phạt (triệu đồng)", "đồng", "money", ["1.682", "2.174", "2.000"]),
]
cols = ["Năm 2023", "Năm 2024", "Kế hoạch 2025"]
for label, unit, kind, cells in table:
    for i, num in enumerate(cells):
        if num is None:
            continue
        prev = label if i == 0 else cells[i - 1]
        anchor = f"{prev}\n{num}\n"
        v = float(num.replace(".", "").replace(",", "."))
        if kind == "money":
            v *= 1e6
        col = cols[i]
        row = label.replace(" (triệu đồng)", "")
        FIGS.append(F(anchor, num, v, kind, unit, subject=f"{row} {col.lower()}",
                      status="target" if col.startswith("Kế hoạch") else None,
                      period=period(col, *Y[col])))

COMMENTS = [
    "Cục Quản lý thị trường tỉnh Quảng Ninh site: mỹ phẩm giả, nhập lậu năm 2024; no dateline; footer with address, phones and counters (invented).",
    "Not figures: 'Đội QLTT số 5', 'khu 4', 'ngày 17/6/2024', 'Tầng 5', 'Trụ sở Liên cơ quan số 3', phones, 'Lượt truy cập: 1.284.906',",
    "'Đang trực tuyến: 37'. 'giảm 8,4% so với năm 2023' is the change of 241 vụ vi phạm (263 -> 241).",
    "The Móng Cái seizure is located at the city Móng Cái (district level), its period the day of the raid; 'trị giá ước tính' -> estimate.",
    "One-cell-per-line table: every numeric cell is a figure; subject = row label + column label; period from the column header;",
    "'Kế hoạch 2025' column -> status target. 'Tiền phạt (triệu đồng)' makes 1.682 = 1 682 000 000 đồng. '-' cells are no figures.",
]

if __name__ == "__main__":
    build("p818-7", TEXT, FIGS, COMMENTS, published=None, location="Quảng Ninh")
