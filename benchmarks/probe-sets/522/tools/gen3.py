"""p522-3: Sở TN&MT Bắc Giang formal report - land management 9 months of 2024, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH BẮC GIANG
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 1187/BC-TNMT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác quản lý nhà nước về đất đai 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Thu hồi đất, giao đất, cho thuê đất
Trong 9 tháng năm 2024, UBND tỉnh đã ban hành 86 quyết định thu hồi đất với tổng diện tích 412,6 ha để thực hiện 57 dự án; giao đất, cho thuê đất 318,4 ha cho 42 tổ chức. Thu tiền sử dụng đất ước đạt 2.846 tỷ đồng, bằng 71,2% dự toán năm.

2. Cấp giấy chứng nhận quyền sử dụng đất
Bảng 1. Kết quả cấp GCN lần đầu 9 tháng năm 2024 theo địa phương
Địa phương | Số GCN (giấy) | Diện tích (ha) | Tỷ lệ so kế hoạch (%)
TP. Bắc Giang | 2.154 | 86,3 | 78,5
Lục Nam | 1.872 | 214,7 | 69,3
Yên Thế | 1.245 | 302,1 | 65,0
Hiệp Hòa | 1.963 | 158,9 | 81,2
Toàn tỉnh | 7.234 | 762,0 | 73,4

3. Thanh tra, kiểm tra, xử lý vi phạm
Qua kiểm tra, phát hiện 138 trường hợp vi phạm pháp luật đất đai, giảm 17 trường hợp so với cùng kỳ năm 2023; đã ban hành quyết định xử phạt 96 trường hợp với tổng số tiền 1,84 tỷ đồng, buộc khôi phục lại tình trạng ban đầu 11,2 ha đất bị lấn chiếm.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu cấp thêm 2.600 GCN lần đầu.
2. Hoàn thành thu tiền sử dụng đất 4.000 tỷ đồng theo dự toán HĐND tỉnh giao.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, QLĐĐ.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9 = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
Q4 = I(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))

ROWS = [
    ("TP. Bắc Giang", "Bắc Giang", ("2.154", 2154), ("86,3", 86.3), ("78,5", 78.5)),
    ("Lục Nam", "Lục Nam", ("1.872", 1872), ("214,7", 214.7), ("69,3", 69.3)),
    ("Yên Thế", "Yên Thế", ("1.245", 1245), ("302,1", 302.1), ("65,0", 65)),
    ("Hiệp Hòa", "Hiệp Hòa", ("1.963", 1963), ("158,9", 158.9), ("81,2", 81.2)),
    ("Toàn tỉnh", "Bắc Giang", ("7.234", 7234), ("762,0", 762), ("73,4", 73.4)),
]

TABLE = []
for label, loc, (n1, v1), (n2, v2), (n3, v3) in ROWS:
    TABLE += [
        F(f"{label} | {n1} |", n1, v1, "count", "giấy", subject="số GCN cấp lần đầu", period=T9, location=loc),
        F(f"| {n2} |", n2, v2, "measure", "ha", subject="diện tích cấp GCN lần đầu", period=T9, location=loc),
        F(f"| {n3}\n", n3, v3, "percent", "%", subject="tỷ lệ cấp GCN lần đầu so kế hoạch", period=T9,
          location=loc),
    ]

FIGS = [
    F("ban hành 86 quyết định", "86", 86, "count", "quyết định", subject="quyết định thu hồi đất", period=M9),
    F("diện tích 412,6 ha", "412,6", 412.6, "measure", "ha", subject="tổng diện tích thu hồi đất", period=M9),
    F("thực hiện 57 dự án", "57", 57, "count", "dự án", subject="dự án thu hồi đất để thực hiện", period=M9),
    F("cho thuê đất 318,4 ha", "318,4", 318.4, "measure", "ha", subject="diện tích giao đất, cho thuê đất",
      period=M9),
    F("cho 42 tổ chức", "42", 42, "count", "tổ chức", subject="tổ chức được giao đất, cho thuê đất", period=M9),
    F("ước đạt 2.846 tỷ đồng", "2.846", 2846e9, "money", "đồng", percent=71.2, status="estimate",
      subject="thu tiền sử dụng đất", period=I(M9)),
] + TABLE + [
    F("phát hiện 138 trường hợp", "138", 138, "count", "trường hợp",
      change=CH("decrease", 17, unit="trường hợp", baseline="cùng kỳ năm 2023"),
      subject="trường hợp vi phạm pháp luật đất đai phát hiện", period=T9),
    F("xử phạt 96 trường hợp", "96", 96, "count", "trường hợp", subject="trường hợp bị xử phạt", period=T9),
    F("số tiền 1,84 tỷ đồng", "1,84", 1.84e9, "money", "đồng", subject="tổng số tiền xử phạt", period=T9),
    F("ban đầu 11,2 ha", "11,2", 11.2, "measure", "ha",
      subject="diện tích đất bị lấn chiếm buộc khôi phục lại tình trạng ban đầu", period=T9),
    F("cấp thêm 2.600 GCN", "2.600", 2600, "count", "GCN", status="target", subject="GCN lần đầu cấp thêm",
      period=Q4),
    F("sử dụng đất 4.000 tỷ đồng", "4.000", 4000e9, "money", "đồng", status="target",
      subject="thu tiền sử dụng đất theo dự toán HĐND tỉnh giao", period=Q4),
]

COMMENTS = [
    "Formal report under a letterhead: UBND TỈNH BẮC GIANG / SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG, 'Số: 1187/BC-TNMT', place-and-date line",
    "'Bắc Giang, ngày 08 tháng 10 năm 2024' (published). Section numbers I., II., 1.-3., 'Bảng 1' and the list numbers are not figures.",
    "Flattened '|' table (Bảng 1): every numeric cell is a figure; row labels are places -> location ('Toàn tỉnh' -> Bắc Giang);",
    "subject = column label (+ the table's topic, GCN lần đầu); units from the headers; period from the table title line (inherited,",
    "not a column header). No 'Kế hoạch'/'Ước' column: cells are actual; 'Tỷ lệ so kế hoạch' cells are percent figures of their own.",
    "No total on the district rows (no part-of cue; the table just lists a 'Toàn tỉnh' row). 'ước đạt 2.846 tỷ đồng, bằng 71,2% dự toán",
    "năm' -> estimate with percent 71.2. 'giảm 17 trường hợp' is the change of 138. 'Phấn đấu' items under 'NHIỆM VỤ QUÝ IV/2024' are",
    "targets, period from the heading (inherited). The 4.000 tỷ plan stands in another section, so it is a figure, not 2.846's target.",
]

emit("p522-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bắc Giang")
