import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 412/BC-UBND
Quảng Ninh, ngày 14 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện Đề án đào tạo nguồn nhân lực chất lượng cao ở nước ngoài bằng ngân sách tỉnh giai đoạn 2021-2023

I. KẾT QUẢ THỰC HIỆN
1. Tuyển chọn và cử đi đào tạo
Giai đoạn 2021-2023, tỉnh đã tuyển chọn và cử 146 người đi đào tạo ở nước ngoài, đạt 73% chỉ tiêu Đề án (200 người), gồm: 38 nghiên cứu sinh, 71 học viên thạc sĩ và 37 sinh viên đại học. Các nước tiếp nhận nhiều nhất là Vương quốc Anh, Úc và Nhật Bản, lần lượt 41, 33 và 25 người.

Đến 30/11/2023, có 52 người đã hoàn thành khóa học và trở về công tác, trong đó 49 người đạt loại khá trở lên (chiếm 94,2%); ngoài ra, 3 người không hoàn thành chương trình đã bồi hoàn kinh phí với tổng số tiền 2.318,6 triệu đồng.

2. Kinh phí thực hiện
Đơn vị tính: triệu đồng
Năm | Dự toán | Thực hiện | Tỷ lệ (%)
2021 | 45.000 | 38.712 | 86,0
2022 | 60.000 | 57.925 | 96,5
2023 | 75.000 | 69.480 | 92,6
Cộng | 180.000 | 166.117 | 92,3

Mức chi bình quân cho một nghiên cứu sinh khoảng 1,2 tỷ đồng/năm; cho một học viên thạc sĩ từ 850 đến 950 triệu đồng/khóa học.

II. NHIỆM VỤ NĂM 2024
Năm 2024, dự kiến cử thêm 54 người đi đào tạo, bố trí kinh phí 82.500 triệu đồng, tăng 10% so với dự toán năm 2023.

Nơi nhận:
- Bộ GD&ĐT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX3.
"""

G = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y21 = per("2021", "2021-01-01", "2021-12-31")
Y22 = per("2022", "2022-01-01", "2022-12-31")
Y23 = per("2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến 30/11/2023", end="2023-11-30")

FIGS = [
    fig("cử 146 người", "146", 146, "count", "người", "người được tuyển chọn và cử đi đào tạo ở nước ngoài", G,
        percent=73, target=tgt(200, "người", False)),
    fig("38 nghiên cứu sinh", "38", 38, "count", "nghiên cứu sinh", "nghiên cứu sinh cử đi đào tạo ở nước ngoài", G, total=146),
    fig("71 học viên", "71", 71, "count", "học viên thạc sĩ", "học viên thạc sĩ cử đi đào tạo ở nước ngoài", G, total=146),
    fig("37 sinh viên", "37", 37, "count", "sinh viên đại học", "sinh viên đại học cử đi đào tạo ở nước ngoài", G, total=146),
    fig("lần lượt 41,", "41", 41, "count", "người", "người cử đi đào tạo tại Vương quốc Anh", inh(G)),
    fig("41, 33 và", "33", 33, "count", "người", "người cử đi đào tạo tại Úc", inh(G)),
    fig("33 và 25 người", "25", 25, "count", "người", "người cử đi đào tạo tại Nhật Bản", inh(G)),
    fig("có 52 người", "52", 52, "count", "người", "người đã hoàn thành khóa học và trở về công tác", ASOF),
    fig("49 người", "49", 49, "count", "người", "người hoàn thành khóa học đạt loại khá trở lên", ASOF, total=52, percent=94.2),
    fig("3 người không", "3", 3, "count", "người", "người không hoàn thành chương trình đã bồi hoàn kinh phí", ASOF),
    fig("2.318,6 triệu đồng", "2.318,6", 2318.6e6, "money", "đồng", "tổng số tiền bồi hoàn kinh phí", ASOF),
    fig("2021 | 45.000", "45.000", 45000e6, "money", "đồng", "kinh phí dự toán năm 2021", Y21, status="target"),
    fig("| 38.712", "38.712", 38712e6, "money", "đồng", "kinh phí thực hiện năm 2021", Y21),
    fig("| 86,0", "86,0", 86.0, "percent", "%", "tỷ lệ thực hiện năm 2021", Y21),
    fig("| 60.000", "60.000", 60000e6, "money", "đồng", "kinh phí dự toán năm 2022", Y22, status="target"),
    fig("| 57.925", "57.925", 57925e6, "money", "đồng", "kinh phí thực hiện năm 2022", Y22),
    fig("| 96,5", "96,5", 96.5, "percent", "%", "tỷ lệ thực hiện năm 2022", Y22),
    fig("| 75.000", "75.000", 75000e6, "money", "đồng", "kinh phí dự toán năm 2023", Y23, status="target"),
    fig("| 69.480", "69.480", 69480e6, "money", "đồng", "kinh phí thực hiện năm 2023", Y23),
    fig("| 92,6", "92,6", 92.6, "percent", "%", "tỷ lệ thực hiện năm 2023", Y23),
    fig("| 180.000", "180.000", 180000e6, "money", "đồng", "tổng cộng kinh phí dự toán", inh(G), status="target"),
    fig("| 166.117", "166.117", 166117e6, "money", "đồng", "tổng cộng kinh phí thực hiện", inh(G)),
    fig("| 92,3", "92,3", 92.3, "percent", "%", "tổng cộng tỷ lệ thực hiện", inh(G)),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/năm", "mức chi bình quân cho một nghiên cứu sinh", approx="about"),
    fig("từ 850 đến 950", "850", 850e6, "money", "đồng/khóa học", "mức chi bình quân cho một học viên thạc sĩ",
        value_max=950e6),
    fig("thêm 54 người", "54", 54, "count", "người", "người cử đi đào tạo", Y24, status="forecast"),
    fig("kinh phí 82.500 triệu", "82.500", 82500e6, "money", "đồng", "kinh phí bố trí cử người đi đào tạo", Y24,
        status="forecast", change=chg("increase", 10, "%", "dự toán năm 2023")),
]

COMMENTS = [
    "Probe 639-3. Formal report under a letterhead (UBND TỈNH QUẢNG NINH, Số: 412/BC-UBND, place-and-date line): overseas training",
    "scheme funded by the provincial budget, 2021-2023, with a '|'-flattened table (Đơn vị tính: triệu đồng; Dự toán | Thực hiện | Tỷ lệ (%)).",
    "Not figures: 412/BC-UBND, the date line, section numbers I./1./2./II., the row labels 2021/2022/2023 (periods), 'VX3'.",
    "146: 'đạt 73% chỉ tiêu Đề án (200 người)' gives percent 73 and target 200; the parts after 'gồm:' add up to 146.",
    "Table: 'Dự toán' column is a plan (status target); 'Thực hiện' actual, not carrying the plan as target (as in h23);",
    "'Tỷ lệ (%)' cells are percent figures; periods from the row label year; the 'Cộng' row inherits the report's giai đoạn.",
    "'3 người không hoàn thành' is not a part of the 52 who completed (no total). 'dự kiến' makes the 2024 figures forecasts.",
]

if __name__ == "__main__":
    write("p639-3", TEXT, COMMENTS, FIGS, published="2023-12-14", location="Quảng Ninh")
