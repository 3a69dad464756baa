"""p1080-3: UBND tỉnh Quảng Trị formal report, 9 months 2024, with a flattened '|' table."""
from lib import F, P, C, T, save, cell_anchor

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 287/BC-UBND
Quảng Trị, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả bảo đảm trật tự, an toàn giao thông đường sắt 9 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
Tuyến đường sắt Bắc - Nam qua địa bàn tỉnh dài 75,6 km, có 7 ga. Tính đến ngày 30/9/2024, toàn tuyến có 42 đường ngang hợp pháp và 96 lối đi tự mở, cụ thể như sau:

Đơn vị tính: vị trí
Địa phương | Đường ngang có gác | Đường ngang cảnh báo tự động | Lối đi tự mở | Xóa trong 9 tháng
Vĩnh Linh | 3 | 6 | 27 | 5
Gio Linh | 2 | 5 | 22 | 4
Đông Hà | 4 | 3 | 9 | 2
Triệu Phong | 1 | 5 | 21 | 3
Hải Lăng | 2 | 6 | 17 | 3
Tổng cộng | 12 | 25 | 96 | 17

II. KẾT QUẢ THỰC HIỆN
1. Tai nạn giao thông đường sắt
9 tháng đầu năm 2024, trên địa bàn tỉnh xảy ra 6 vụ tai nạn giao thông đường sắt, giảm 25% so với cùng kỳ năm 2023; làm chết 4 người, bị thương 2 người.

2. Xóa lối đi tự mở, bảo đảm an toàn tại đường ngang
Trong 9 tháng, thực hiện Kế hoạch số 95/KH-UBND ngày 12/4/2024, các địa phương đã xóa 17 lối đi tự mở, đạt 68% kế hoạch năm (kế hoạch 25 lối đi); nâng cấp 2 đường ngang từ biển báo lên cảnh báo tự động với kinh phí 3,6 tỷ đồng. Lực lượng chức năng đã kiểm tra 245 lượt, xử lý 38 trường hợp vi phạm, phạt tiền 57,5 triệu đồng.

III. NHIỆM VỤ QUÝ IV/2024
Tiếp tục xóa 8 lối đi tự mở còn lại theo kế hoạch; dự kiến bố trí thêm 6 chốt gác tại các lối đi tự mở có nguy cơ cao trên địa bàn huyện Gio Linh.

Nơi nhận:
- Bộ GTVT;
- Cục Đường sắt Việt Nam;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9b = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

COLS = ["Đường ngang có gác", "Đường ngang cảnh báo tự động", "Lối đi tự mở", "Xóa trong 9 tháng"]
ROWS = {"Vĩnh Linh": ["3", "6", "27", "5"], "Gio Linh": ["2", "5", "22", "4"], "Đông Hà": ["4", "3", "9", "2"],
        "Triệu Phong": ["1", "5", "21", "3"], "Hải Lăng": ["2", "6", "17", "3"], "Tổng cộng": ["12", "25", "96", "17"]}


def table_figs():
    out = []
    for label, cells in ROWS.items():
        line = label + " | " + " | ".join(cells)
        at = TEXT.index(line + "\n")
        pos = at + len(label) + 3
        for col, num in zip(COLS, cells):
            if col == "Xóa trong 9 tháng":
                subj = "lối đi tự mở xóa trong 9 tháng"
                period = P("9 tháng", "2024-01-01", "2024-09-30")
            else:
                subj = col
                period = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
            loc = "Quảng Trị" if label == "Tổng cộng" else label
            if label == "Tổng cộng":
                subj = subj + " tổng cộng"
            out.append(F(cell_anchor(TEXT, pos, num), num, int(num), "count", "vị trí", subj,
                         period=period, location=loc))
            pos += len(num) + 3
    return out


FIGS = [
    F("dài 75,6 km", "75,6", 75.6, "measure", "km", "chiều dài tuyến đường sắt qua địa bàn tỉnh"),
    F("có 7 ga", "7", 7, "count", "ga", "ga đường sắt trên địa bàn tỉnh"),
    F("có 42 đường ngang", "42", 42, "count", "đường ngang", "đường ngang hợp pháp", period=ASOF),
    F("và 96 lối đi", "96", 96, "count", "lối đi tự mở", "lối đi tự mở", period=ASOF),
] + table_figs() + [
    F("xảy ra 6 vụ", "6", 6, "count", "vụ", "tai nạn giao thông đường sắt",
      change=C("decrease", 25, "%", "cùng kỳ năm 2023"), period=M9),
    F("làm chết 4 người", "4", 4, "count", "người", "người chết do tai nạn giao thông đường sắt", period=M9),
    F("bị thương 2 người", "2", 2, "count", "người", "người bị thương do tai nạn giao thông đường sắt", period=M9),
    F("đã xóa 17 lối đi", "17", 17, "count", "lối đi tự mở", "lối đi tự mở được xóa",
      percent=68, target=T(25, "lối đi"), period=M9b),
    F("nâng cấp 2 đường ngang", "2", 2, "count", "đường ngang",
      "đường ngang nâng cấp từ biển báo lên cảnh báo tự động", period=M9b),
    F("kinh phí 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "kinh phí nâng cấp đường ngang", period=M9b),
    F("kiểm tra 245 lượt", "245", 245, "count", "lượt", "lượt kiểm tra của lực lượng chức năng",
      period=P("Trong 9 tháng", "2024-01-01", "2024-09-30", inherited=True)),
    F("xử lý 38 trường hợp", "38", 38, "count", "trường hợp", "trường hợp vi phạm bị xử lý",
      period=P("Trong 9 tháng", "2024-01-01", "2024-09-30", inherited=True)),
    F("phạt tiền 57,5 triệu đồng", "57,5", 57.5e6, "money", "đồng", "tiền phạt vi phạm",
      period=P("Trong 9 tháng", "2024-01-01", "2024-09-30", inherited=True)),
    F("xóa 8 lối đi", "8", 8, "count", "lối đi tự mở", "lối đi tự mở còn lại phải xóa theo kế hoạch",
      status="target", period=Q4),
    F("thêm 6 chốt gác", "6", 6, "count", "chốt gác", "chốt gác bố trí thêm tại lối đi tự mở có nguy cơ cao",
      status="forecast", period=Q4, location="Gio Linh"),
]

COMMENTS = [
    "UBND tỉnh Quảng Trị, Báo cáo số 287/BC-UBND ngày 08/10/2024: an toàn giao thông đường sắt 9 tháng đầu năm 2024 (invented).",
    "Flattened table (Đơn vị tính: vị trí; place column, Tổng cộng row): every cell is a figure; place rows give location, Tổng cộng row is Quảng Trị.",
    "Stock columns take the as-of date of the sentence before the table (inherited); the 'Xóa trong 9 tháng' column takes its header period (scored).",
    "'đạt 68% kế hoạch năm (kế hoạch 25 lối đi)': percent 68 and target 25 of the 17 lối đi.",
    "Section III heading 'NHIỆM VỤ QUÝ IV/2024' gives an inherited period; 'theo kế hoạch' → target, 'dự kiến' → forecast.",
    "Not figures: Số 287/BC-UBND, the place-date line, Kế hoạch số 95/KH-UBND ngày 12/4/2024, section numbers I-III, 1-2, the table header.",
]

if __name__ == "__main__":
    save(3, TEXT, FIGS, COMMENTS, published="2024-10-08", location="Quảng Trị")
