from lib import F, P, C, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN CHƯƠNG MỸ
Số: 418/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Chương Mỹ, ngày 20 tháng 11 năm 2024

BÁO CÁO
Kết quả xây dựng cơ sở chăn nuôi an toàn dịch bệnh năm 2024

Thực hiện Quyết định số 2065/QĐ-UBND ngày 18/4/2024 của UBND thành phố Hà Nội, UBND huyện báo cáo kết quả như sau:

I. TÌNH HÌNH CHĂN NUÔI
Tính đến ngày 31/10/2024, tổng đàn lợn toàn huyện có 186.420 con, giảm 3,4% so với cùng kỳ; đàn gia cầm 3,27 triệu con, đàn bò 21.350 con. Toàn huyện có 327 trang trại chăn nuôi tập trung, trong đó 142 trang trại lợn, 158 trang trại gia cầm và 27 trang trại hỗn hợp.

II. KẾT QUẢ XÂY DỰNG CƠ SỞ AN TOÀN DỊCH BỆNH
Năm 2024, toàn huyện có thêm 12 cơ sở được Cục Thú y cấp giấy chứng nhận an toàn dịch bệnh. Lũy kế đến nay, toàn huyện có 47 cơ sở được chứng nhận (kế hoạch 50 cơ sở). Kết quả theo loại vật nuôi:

Loại vật nuôi | Số cơ sở | Quy mô (con) | Tỷ lệ so với tổng đàn (%)
Lợn | 21 | 48.600 | 26,1
Gà | 19 | 412.000 | 12,6
Vịt | 7 | 95.300 | 2,9
Cộng | 47 | 555.900 | -

III. CÔNG TÁC TIÊM PHÒNG
Từ đầu năm đến nay, huyện đã tổ chức 2 đợt tiêm vắc xin cúm gia cầm với tổng số 1,95 triệu liều, tỷ lệ tiêm đạt 87%; tiêm vắc xin dịch tả lợn châu Phi cho 14.200 con lợn. Kinh phí hỗ trợ từ ngân sách huyện là 1,38 tỷ đồng.

IV. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu đến hết năm 2025 có 60 cơ sở chăn nuôi được chứng nhận an toàn dịch bệnh; 100% trang trại lợn áp dụng biện pháp an toàn sinh học.

Nơi nhận:
- UBND thành phố Hà Nội;
- Sở NN&PTNT;
- Lưu: VT, KT.
"""

D31 = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
D31i = P("Tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Ti = P("Lũy kế đến nay", None, "2024-11-20", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-20")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-20", inh=True)
T25 = P("đến hết năm 2025", None, "2025-12-31")

FIGS = [
    F("có 186.420 con", "186.420", 186420, "count", "con", "tổng đàn lợn toàn huyện", D31,
      change=C("decrease", 3.4, "%", "cùng kỳ")),
    F("gia cầm 3,27 triệu con", "3,27", 3270000, "count", "con", "đàn gia cầm", D31),
    F("bò 21.350 con", "21.350", 21350, "count", "con", "đàn bò", D31),
    F("có 327 trang trại", "327", 327, "count", "trang trại", "trang trại chăn nuôi tập trung", D31i),
    F("142 trang trại", "142", 142, "count", "trang trại", "trang trại lợn", D31i, total=327),
    F("158 trang trại", "158", 158, "count", "trang trại", "trang trại gia cầm", D31i, total=327),
    F("và 27 trang trại", "27", 27, "count", "trang trại", "trang trại hỗn hợp", D31i, total=327),
    F("thêm 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận an toàn dịch bệnh", Y24),
    F("có 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở được chứng nhận an toàn dịch bệnh",
      P("Lũy kế đến nay", None, "2024-11-20"), target={"value": 50, "unit": "cơ sở"}),
    F("Lợn | 21", "21", 21, "count", "cơ sở", "Số cơ sở lợn", Ti),
    F("| 48.600", "48.600", 48600, "count", "con", "Quy mô lợn", Ti),
    F("| 26,1", "26,1", 26.1, "percent", "%", "Tỷ lệ so với tổng đàn lợn", Ti),
    F("Gà | 19", "19", 19, "count", "cơ sở", "Số cơ sở gà", Ti),
    F("| 412.000", "412.000", 412000, "count", "con", "Quy mô gà", Ti),
    F("| 12,6", "12,6", 12.6, "percent", "%", "Tỷ lệ so với tổng đàn gà", Ti),
    F("Vịt | 7", "7", 7, "count", "cơ sở", "Số cơ sở vịt", Ti),
    F("| 95.300", "95.300", 95300, "count", "con", "Quy mô vịt", Ti),
    F("| 2,9", "2,9", 2.9, "percent", "%", "Tỷ lệ so với tổng đàn vịt", Ti),
    F("Cộng | 47", "47", 47, "count", "cơ sở", "Số cơ sở cộng", Ti),
    F("| 555.900", "555.900", 555900, "count", "con", "Quy mô cộng", Ti),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt tiêm vắc xin cúm gia cầm", YTD, optional=True),
    F("1,95 triệu liều", "1,95", 1950000, "count", "liều", "vắc xin cúm gia cầm tiêm", YTD),
    F("đạt 87%", "87", 87, "percent", "%", "tỷ lệ tiêm vắc xin cúm gia cầm", YTD),
    F("cho 14.200 con", "14.200", 14200, "count", "con", "lợn được tiêm vắc xin dịch tả lợn châu Phi", YTD),
    F("1,38 tỷ đồng", "1,38", 1380000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách huyện", YTDi),
    F("có 60 cơ sở", "60", 60, "count", "cơ sở", "cơ sở chăn nuôi được chứng nhận an toàn dịch bệnh", T25,
      status="target"),
    F("100% trang trại", "100", 100, "percent", "%", "trang trại lợn áp dụng biện pháp an toàn sinh học", T25,
      status="target"),
]

COMMENTS = [
    "Formal district report (UBND huyện Chương Mỹ, Hà Nội), letterhead 'Số: 418/BC-UBND', place-and-date line 'Chương Mỹ, ngày 20 tháng 11 năm 2024'.",
    "Distractors: document number, 'Quyết định số 2065/QĐ-UBND ngày 18/4/2024', section numbers I.–IV., 'UBND thành phố Hà Nội', 'Lưu: VT, KT'.",
    "Flattened '|' table: every numeric cell is a figure, subject = column + row label, unit from the header ('(con)', '(%)', 'Số cơ sở');",
    "the '-' cell is no figure; the 'Cộng' row cells are figures; no totals for table cells; period inherited from 'Lũy kế đến nay'.",
    "'47 cơ sở … (kế hoạch 50 cơ sở)': the bracketed plan is the target. 'Lũy kế đến nay' = as of the report date 2024-11-20.",
    "'trong đó 142 … 158 … 27 trang trại' add up to 327: total 327. '2 đợt' (rounds) is optional. '87%' (tỷ lệ tiêm) stands as its own figure.",
    "'Phấn đấu đến hết năm 2025': both figures of that sentence are targets ending 2025-12-31.",
]

emit("p409-4", TEXT, COMMENTS, FIGS, published="2024-11-20", location="Chương Mỹ")
