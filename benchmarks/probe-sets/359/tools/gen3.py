from lib import F, P, emit

TEXT = """UBND TỈNH BẮC GIANG
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Số: 1846/BC-STNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả quan trắc môi trường và kiểm tra, xử lý vi phạm 6 tháng đầu năm 2024

I. KẾT QUẢ QUAN TRẮC
Thực hiện Kế hoạch số 112/KH-STNMT, 6 tháng đầu năm 2024, Sở đã tổ chức 2 đợt quan trắc (tháng 3 và tháng 5) tại 64 điểm, phân tích 1.152 mẫu nước mặt, không khí và đất. Kết quả quan trắc nước mặt trên các sông chính như sau:

Bảng 1. Kết quả quan trắc nước mặt theo lưu vực sông
Đơn vị tính: mẫu
Lưu vực | Số mẫu | Số mẫu vượt QCVN | Tỷ lệ mẫu vượt (%)
Sông Cầu | 186 | 41 | 22,0
Sông Thương | 214 | 67 | 31,3
Sông Lục Nam | 142 | 18 | 12,7
Cộng | 542 | 126 | 23,2

Các thông số vượt chủ yếu là BOD5, COD, NH4+ và Coliform; hàm lượng BOD5 cao nhất ghi nhận tại cống xả khu công nghiệp Song Khê - Nội Hoàng với 38 mg/l. Chất lượng không khí tại 22 điểm quan trắc cơ bản đạt quy chuẩn; riêng bụi tổng (TSP) tại 3 điểm thuộc TP. Bắc Giang và huyện Việt Yên vượt từ 1,05 đến 1,4 lần.

II. KIỂM TRA, XỬ LÝ VI PHẠM
Sở đã chủ trì kiểm tra 57 cơ sở, phát hiện 19 cơ sở vi phạm (chiếm 33,3%), tham mưu UBND tỉnh ban hành 19 quyết định xử phạt với tổng số tiền 1,86 tỷ đồng, tăng 24,5% so với cùng kỳ năm 2023. Trong đó, Công ty TNHH Giấy Phú Lâm bị phạt 385 triệu đồng do xả nước thải vượt quy chuẩn kỹ thuật theo Nghị định số 45/2022/NĐ-CP.

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Tiếp tục quan trắc định kỳ tại 64 điểm; phấn đấu 100% cơ sở có lưu lượng nước thải từ 200 m3/ngày đêm trở lên lắp đặt trạm quan trắc tự động, liên tục.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, CCBVMT.
GIÁM ĐỐC
Nguyễn Văn Tuấn
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2i = P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inh=True)

rows = [("Sông Cầu", "186", "41", "22,0"), ("Sông Thương", "214", "67", "31,3"),
        ("Sông Lục Nam", "142", "18", "12,7"), ("Cộng", "542", "126", "23,2")]
label = {"Cộng": "tổng cộng"}

FIGS = [
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt quan trắc", H1),
    F("tại 64 điểm, phân tích", "64", 64, "count", "điểm", "điểm quan trắc", H1),
    F("phân tích 1.152 mẫu", "1.152", 1152, "count", "mẫu", "mẫu nước mặt, không khí và đất được phân tích", H1),
]
for r, a, b, c in rows:
    lab = label.get(r, r)
    FIGS += [
        F(f"{r} | {a} |", a, float(a.replace(".", "")), "count", "mẫu", f"Số mẫu {lab}", H1i),
        F(f"| {a} | {b} |", b, float(b), "count", "mẫu", f"Số mẫu vượt QCVN {lab}", H1i),
        F(f"| {b} | {c}\n", c, float(c.replace(",", ".")), "percent", "%", f"Tỷ lệ mẫu vượt {lab}", H1i),
    ]
FIGS += [
    F("với 38 mg/l", "38", 38, "measure", "mg/l", "hàm lượng BOD5 cao nhất", H1i),
    F("tại 22 điểm", "22", 22, "count", "điểm quan trắc", "điểm quan trắc chất lượng không khí", H1i),
    F("tại 3 điểm", "3", 3, "count", "điểm", "điểm có bụi tổng (TSP) vượt quy chuẩn", H1i),
    F("từ 1,05 đến 1,4 lần", "1,05", 1.05, "multiple", "lần", "bụi tổng (TSP) vượt quy chuẩn", H1i, value_max=1.4),
    F("kiểm tra 57 cơ sở", "57", 57, "count", "cơ sở", "cơ sở được kiểm tra", H1i),
    F("phát hiện 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở vi phạm", H1i, percent=33.3),
    F("ban hành 19 quyết định", "19", 19, "count", "quyết định", "quyết định xử phạt", H1i),
    F("số tiền 1,86 tỷ đồng", "1,86", 1860000000, "money", "đồng", "tổng số tiền xử phạt", H1i,
      change={"direction": "increase", "value": 24.5, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("phạt 385 triệu đồng", "385", 385000000, "money", "đồng", "tiền phạt Công ty TNHH Giấy Phú Lâm", H1i,
      total=1860000000),
    F("định kỳ tại 64 điểm", "64", 64, "count", "điểm", "điểm quan trắc định kỳ", H2i, status="target", optional=True),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "cơ sở có lưu lượng nước thải lớn lắp đặt trạm quan trắc tự động, liên tục", H2i, status="target"),
    F("từ 200 m3/ngày đêm trở lên", "200", 200, "measure", "m3/ngày đêm", "lưu lượng nước thải", approx="at_least",
      optional=True),
]

COMMENTS = [
    "Formal report with letterhead (Sở TN&MT Bắc Giang, 'Số: 1846/BC-STNMT'); 'Bắc Giang, ngày 05 tháng 7 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: mẫu'; the '(%)' column overrides the unit. Every numeric cell is a figure; subject = column label + row label",
    "(rivers are not provinces/districts, so they stay in the subject; 'Cộng' = tổng cộng). No totals for table cells. Period 6 tháng đầu năm 2024 from the text above: inherited.",
    "Distractors: document numbers ('Số: 1846/BC-STNMT', 'Kế hoạch số 112/KH-STNMT', 'Nghị định số 45/2022/NĐ-CP'), '(tháng 3 và tháng 5)', BOD5, NH4+, section numbers I./II./III., 'Bảng 1'.",
    "'vượt từ 1,05 đến 1,4 lần' (no base amount in the clause) is a multiple range. '19 cơ sở vi phạm (chiếm 33,3%)' → percent 33,3; no total (no part-of cue).",
    "'Trong đó, Công ty … bị phạt 385 triệu đồng' → total 1,86 tỷ (cue after a sentence break). 3 điểm in TP. Bắc Giang and huyện Việt Yên: two places → province.",
    "Section III ('NHIỆM VỤ 6 THÁNG CUỐI NĂM') gives targets (status target, period inherited from the heading). Repeated '64 điểm' plan and the 200 m3 threshold: optional.",
]

emit("p359-3", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Bắc Giang")
