"""p729-3: formal report under a letterhead, UBND tỉnh Thái Bình, straw collection vụ Chiêm Xuân 2024 (flattened | table)."""
from lib import emit, fig, per, inh, chg

TEXT = """UBND TỈNH THÁI BÌNH
Số: 215/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thái Bình, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả thu gom, xử lý rơm rạ vụ Chiêm Xuân năm 2024

Thực hiện Kế hoạch số 47/KH-UBND ngày 20/3/2024 của UBND tỉnh về chống đốt rơm rạ, bảo vệ môi trường không khí, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Thu gom, xử lý rơm rạ
Vụ Chiêm Xuân năm 2024, toàn tỉnh thu hoạch 76.850 ha lúa, khối lượng rơm rạ phát sinh ước đạt 461.100 tấn. Kết quả tại một số huyện như sau:

Huyện | Diện tích thu hoạch (ha) | Rơm thu gom (tấn) | Xử lý bằng chế phẩm (ha)
Hưng Hà | 11.240 | 52.300 | 2.150
Quỳnh Phụ | 12.680 | 48.750 | 3.020
Vũ Thư | 8.950 | 36.400 | 1.480
Kiến Xương | 9.820 | 41.260 | 2.600

Toàn tỉnh đã sử dụng 8.640 lít chế phẩm sinh học, xử lý 15.300 ha gốc rạ, đạt 102% kế hoạch; trong đó diện tích được hỗ trợ 50% kinh phí mua chế phẩm là 9.200 ha.

2. Tình hình đốt rơm rạ
Từ đầu năm đến nay, lực lượng chức năng phát hiện 37 vụ đốt rơm rạ, giảm 21 vụ so với cùng kỳ năm 2023; đã nhắc nhở 29 trường hợp, xử phạt 8 trường hợp với số tiền 12 triệu đồng.

II. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu vụ Mùa năm 2024 xử lý bằng chế phẩm sinh học đạt 20.000 ha; tỷ lệ rơm rạ được thu gom, tái sử dụng đạt từ 70 đến 75%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTNMT.
"""

Y24 = per("Vụ Chiêm Xuân năm 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-15")
MUA = per("vụ Mùa năm 2024", "2024-01-01", "2024-12-31")

COMMENTS = [
    "Formal report (invented): UBND tỉnh Thái Bình, Số: 215/BC-UBND, 'Thái Bình, ngày 15 tháng 7 năm 2024' (published).",
    "Distractors: Số: 215/BC-UBND, Kế hoạch số 47/KH-UBND ngày 20/3/2024, section numbers I., 1., 2., II., the place-and-date line.",
    "'vụ Chiêm Xuân năm 2024' / 'vụ Mùa năm 2024': a season inside a year; the period is the year named (năm 2024), scored in its sentence.",
    "Flattened '|' table: district rows -> location, subject = column label, unit from the column header; period inherited from the lead sentence.",
    "'đạt 102% kế hoạch' -> percent of 15.300 ha; 9.200 ha after 'trong đó' -> total 15.300. '50% kinh phí' names the support category: optional.",
    "29 + 8 = 37 but the nhắc nhở / xử phạt counts follow no cue, so no total. 'Từ đầu năm đến nay' ends at the report date.",
]

ROWS = [("Hưng Hà", "11.240", "52.300", "2.150"), ("Quỳnh Phụ", "12.680", "48.750", "3.020"),
        ("Vũ Thư", "8.950", "36.400", "1.480"), ("Kiến Xương", "9.820", "41.260", "2.600")]


def v(s):
    return int(s.replace(".", ""))


FIGS = [
    fig("thu hoạch 76.850 ha", "76.850", 76850, "measure", "ha", "diện tích lúa thu hoạch", Y24),
    fig("ước đạt 461.100 tấn", "461.100", 461100, "measure", "tấn", "khối lượng rơm rạ phát sinh", Y24, status="estimate"),
]
for name, a, b, c in ROWS:
    FIGS += [
        fig(f"{name} | {a}", a, v(a), "measure", "ha", "Diện tích thu hoạch", inh(Y24), location=name),
        fig(f"{a} | {b}", b, v(b), "measure", "tấn", "Rơm thu gom", inh(Y24), location=name),
        fig(f"{b} | {c}", c, v(c), "measure", "ha", "Xử lý bằng chế phẩm", inh(Y24), location=name),
    ]
FIGS += [
    fig("sử dụng 8.640 lít", "8.640", 8640, "measure", "lít", "chế phẩm sinh học sử dụng", inh(Y24)),
    fig("xử lý 15.300 ha", "15.300", 15300, "measure", "ha", "diện tích gốc rạ xử lý bằng chế phẩm sinh học", inh(Y24), percent=102),
    fig("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "mức hỗ trợ kinh phí mua chế phẩm", inh(Y24), optional=True),
    fig("là 9.200 ha", "9.200", 9200, "measure", "ha", "diện tích được hỗ trợ 50% kinh phí mua chế phẩm", inh(Y24), total=15300),
    fig("phát hiện 37 vụ", "37", 37, "count", "vụ", "vụ đốt rơm rạ phát hiện", YTD,
        change=chg("decrease", 21, "vụ", "cùng kỳ năm 2023")),
    fig("nhắc nhở 29 trường hợp", "29", 29, "count", "trường hợp", "trường hợp đốt rơm rạ bị nhắc nhở", YTD),
    fig("xử phạt 8 trường hợp", "8", 8, "count", "trường hợp", "trường hợp đốt rơm rạ bị xử phạt", YTD),
    fig("số tiền 12 triệu đồng", "12", 12000000, "money", "đồng", "số tiền xử phạt đốt rơm rạ", YTD),
    fig("đạt 20.000 ha", "20.000", 20000, "measure", "ha", "diện tích xử lý bằng chế phẩm sinh học", MUA, status="target"),
    fig("từ 70 đến 75%", "70", 70, "percent", "%", "tỷ lệ rơm rạ được thu gom, tái sử dụng", MUA, value_max=75, status="target"),
]

if __name__ == "__main__":
    emit("p729-3", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Thái Bình")
