from lib import *

A = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 21 tháng 10 năm 2024

BÁO CÁO
Kết quả rà soát, cấp Giấy chứng nhận quyền sử dụng đất cho các cơ sở tôn giáo
(Thực hiện Công văn số 4512/BNV-TGCP ngày 05/8/2024 của Bộ Nội vụ)

I. TÌNH HÌNH CHUNG
Tính đến ngày 30/9/2024, trên địa bàn tỉnh có 1.126 cơ sở tôn giáo đang sử dụng đất với tổng diện tích 1.047,6 ha; trong đó 987 cơ sở đã được cấp Giấy chứng nhận quyền sử dụng đất (đạt 87,7%), diện tích 912,3 ha. Số cơ sở chưa được cấp là 139, chủ yếu do chưa hoàn thiện hồ sơ hoặc còn tranh chấp.

II. KẾT QUẢ TẠI MỘT SỐ HUYỆN
Đơn vị tính: cơ sở
Huyện | Tổng số cơ sở | Đã cấp GCN | Chưa cấp | Tỷ lệ đã cấp (%)
Hải Hậu | 214 | 196 | 18 | 91,6
Giao Thủy | 158 | 139 | 19 | 88,0
Xuân Trường | 121 | 102 | 19 | 84,3
Nghĩa Hưng | 176 | 150 | 26 | 85,2

Năm 2024, Sở Tài nguyên và Môi trường đã tham mưu giao bổ sung 6,8 ha đất cho 23 cơ sở tôn giáo để mở rộng khuôn viên; thu hồi, điều chỉnh 1,15 ha đất sử dụng sai mục đích tại 4 cơ sở.

III. NHIỆM VỤ THỜI GIAN TỚI
Phấn đấu đến hết năm 2025 hoàn thành cấp giấy chứng nhận cho trên 95% cơ sở tôn giáo, bình quân mỗi năm cấp từ 40-50 giấy chứng nhận; giải quyết dứt điểm 12 vụ việc tranh chấp đất đai liên quan đến cơ sở tôn giáo còn tồn đọng.

Nơi nhận:
- Bộ Nội vụ (b/c);
- Ban Tôn giáo Chính phủ;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Anh Dũng
"""

asof_s = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
asof = PI("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến hết năm 2025", None, "2025-12-31")

figs = [
    F("có 1.126 cơ sở tôn giáo", "1.126", 1126, "count", "cơ sở tôn giáo", "cơ sở tôn giáo đang sử dụng đất", period=asof_s),
    F("tổng diện tích 1.047,6 ha", "1.047,6", 1047.6, "measure", "ha", "tổng diện tích đất cơ sở tôn giáo", period=asof_s),
    F("trong đó 987 cơ sở", "987", 987, "count", "cơ sở", "cơ sở đã được cấp Giấy chứng nhận quyền sử dụng đất",
      total=1126, percent=87.7, period=asof_s),
    F("diện tích 912,3 ha", "912,3", 912.3, "measure", "ha", "diện tích đã được cấp Giấy chứng nhận",
      total=1047.6, period=asof_s),
    F("được cấp là 139", "139", 139, "count", "cơ sở", "cơ sở chưa được cấp", period=asof),
]
rows = [("Hải Hậu", ["214", "196", "18", "91,6"]), ("Giao Thủy", ["158", "139", "19", "88,0"]),
        ("Xuân Trường", ["121", "102", "19", "84,3"]), ("Nghĩa Hưng", ["176", "150", "26", "85,2"])]
cols = ["Tổng số cơ sở", "Đã cấp GCN", "Chưa cấp", "Tỷ lệ đã cấp"]
SUBJ = ["tổng số cơ sở tôn giáo", "cơ sở đã cấp GCN", "cơ sở chưa cấp GCN", "tỷ lệ cơ sở đã cấp GCN"]
for place, cells in rows:
    line = place + " | " + " | ".join(cells)
    for j, c in enumerate(cells):
        # anchor: the cell with its neighbour(s) on the row
        anchor = f"{place} | " + " | ".join(cells[:j+1]) + (" |" if j < 3 else "\n")
        v = float(c.replace(",", ".")) if "," in c else int(c)
        pct = j == 3
        figs.append(F(anchor, c, v, "percent" if pct else "count", "%" if pct else "cơ sở",
                      SUBJ[j],
                      location=place, period=asof))

figs += [
    F("bổ sung 6,8 ha", "6,8", 6.8, "measure", "ha", "đất giao bổ sung cho cơ sở tôn giáo", period=Y24),
    F("cho 23 cơ sở tôn giáo", "23", 23, "count", "cơ sở tôn giáo", "cơ sở tôn giáo được giao bổ sung đất", period=Y24),
    F("điều chỉnh 1,15 ha", "1,15", 1.15, "measure", "ha", "đất sử dụng sai mục đích thu hồi, điều chỉnh", period=Y24),
    F("tại 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở sử dụng đất sai mục đích", period=Y24),
    F("trên 95% cơ sở", "95", 95, "percent", "%", "cơ sở tôn giáo được cấp giấy chứng nhận",
      approx="over", status="target", period=T25),
    F("từ 40-50 giấy chứng nhận", "40", 40, "count", "giấy chứng nhận", "giấy chứng nhận cấp bình quân mỗi năm",
      value_max=50, status="target", period=PI("đến hết năm 2025", None, "2025-12-31")),
    F("dứt điểm 12 vụ việc", "12", 12, "count", "vụ việc",
      "vụ việc tranh chấp đất đai liên quan đến cơ sở tôn giáo còn tồn đọng", status="target", period=T25),
]

write("p406-3", A, figs, [
    "Formal provincial report with letterhead (UBND tỉnh Nam Định, 'Số: 287/BC-UBND'); the place-and-date line is its date.",
    "Land for religious establishments. 'trong đó 987 cơ sở … (đạt 87,7%), diện tích 912,3 ha': parts of 1.126 cơ sở / 1.047,6 ha.",
    "'Số cơ sở chưa được cấp là 139' has no part-of cue: no total. Flattened '|' table with 'Đơn vị tính: cơ sở' and a '(%)' column;",
    "each numeric cell a figure, district row label = location, column label = subject; period inherited from the as-of date in section I; no totals for cells.",
    "Section III: 'Phấn đấu đến hết năm 2025' makes every clause a target; 'từ 40-50' is a range (value_max 50); its period is the same sentence's",
    "'đến hết năm 2025' but the range is 'bình quân mỗi năm', so marked inherited (not scored).",
    "Distractors: document number, 'Công văn số 4512/BNV-TGCP ngày 05/8/2024', section numbers I./II./III., 'Lưu: VT, NC', signer.",
], published="2024-10-21", location="Nam Định")
