from lib import F, P, build

TEXT = """UBND TỈNH THANH HÓA
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 2148/BC-SLĐTBXH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác thanh tra, kiểm tra 9 tháng năm 2024

1. Kết quả thanh tra, kiểm tra
Thực hiện Kế hoạch số 12/KH-SLĐTBXH ngày 05/01/2024, trong 9 tháng năm 2024, Thanh tra Sở đã tiến hành 14 cuộc thanh tra, kiểm tra (đạt 82,4% kế hoạch năm) tại 153 doanh nghiệp, cơ sở sản xuất kinh doanh. Qua thanh tra, kiểm tra đã phát hiện và kiến nghị xử lý 1.187 vi phạm, trong đó lĩnh vực an toàn, vệ sinh lao động 612 vi phạm, chiếm 51,6%. Thanh tra Sở ban hành 21 quyết định xử phạt vi phạm hành chính đối với 21 doanh nghiệp với tổng số tiền 1,485 tỷ đồng; kiến nghị truy thu nộp quỹ bảo hiểm xã hội gần 2,3 tỷ đồng.

Bảng 1. Kết quả thanh tra, kiểm tra theo địa bàn (lũy kế đến 30/9/2024)
Đơn vị tính: doanh nghiệp
Địa bàn | Được thanh tra, kiểm tra | Có vi phạm | Bị xử phạt
TP. Thanh Hóa | 46 | 39 | 8
Thị xã Nghi Sơn | 38 | 31 | 6
Huyện Thọ Xuân | 24 | 19 | 3
Các huyện còn lại | 45 | 36 | 4
Tổng cộng | 153 | 125 | 21

2. Tình hình tai nạn lao động
Tính đến ngày 30/9/2024, toàn tỉnh xảy ra 47 vụ tai nạn lao động (TNLĐ) làm 52 người bị nạn, trong đó có 8 vụ TNLĐ chết người làm 9 người chết, 14 người bị thương nặng. Thanh tra Sở đã chủ trì, phối hợp điều tra 6/8 vụ TNLĐ chết người; các vụ còn lại thuộc thẩm quyền của Bộ Công Thương.

3. Nhiệm vụ quý IV/2024
Tiếp tục thực hiện 3 cuộc thanh tra còn lại theo kế hoạch; phấn đấu 100% kiến nghị sau thanh tra được theo dõi, đôn đốc thực hiện.

Nơi nhận:
- UBND tỉnh (b/c);
- Thanh tra Bộ LĐTBXH;
- Lưu: VT, TTr.
GIÁM ĐỐC
Lê Văn Tuấn
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T = P("lũy kế đến 30/9/2024", None, "2024-09-30", inh=True)
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)

C1, C2, C3 = "doanh nghiệp được thanh tra, kiểm tra", "doanh nghiệp có vi phạm", "doanh nghiệp bị xử phạt"
rows = [("TP. Thanh Hóa | 46 | 39 | 8", "Thanh Hóa", ""), ("Nghi Sơn | 38 | 31 | 6", "Nghi Sơn", ""),
        ("Thọ Xuân | 24 | 19 | 3", "Thọ Xuân", ""), ("còn lại | 45 | 36 | 4", "Thanh Hóa", " các huyện còn lại"),
        ("Tổng cộng | 153 | 125 | 21", "Thanh Hóa", " tổng cộng")]
TABLE = []
for row, loc, lab in rows:
    cells = row.split(" | ")
    head = cells[0]
    nums = cells[1:]
    anchors = [f"{head} | {nums[0]} |", f"{nums[0]} | {nums[1]} |", f"{nums[1]} | {nums[2]}\n"]
    for a, num, col in zip(anchors, nums, (C1, C2, C3)):
        TABLE.append(F(a, num, int(num), "count", "doanh nghiệp", col + lab, T, location=loc))

FIGS = [
    F("tiến hành 14 cuộc", "14", 14, "count", "cuộc thanh tra, kiểm tra", "cuộc thanh tra, kiểm tra", M9, percent=82.4),
    F("tại 153 doanh nghiệp", "153", 153, "count", "doanh nghiệp",
      "doanh nghiệp, cơ sở sản xuất kinh doanh được thanh tra, kiểm tra", M9),
    F("xử lý 1.187 vi phạm", "1.187", 1187, "count", "vi phạm", "vi phạm phát hiện và kiến nghị xử lý", M9i),
    F("lao động 612 vi phạm", "612", 612, "count", "vi phạm", "vi phạm lĩnh vực an toàn, vệ sinh lao động", M9i,
      total=1187, percent=51.6),
    F("ban hành 21 quyết định", "21", 21, "count", "quyết định", "quyết định xử phạt vi phạm hành chính", M9i),
    F("đối với 21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", "doanh nghiệp bị xử phạt vi phạm hành chính", M9i),
    F("tiền 1,485 tỷ đồng", "1,485", 1485000000, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", M9i),
    F("gần 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "kiến nghị truy thu nộp quỹ bảo hiểm xã hội", M9i,
      approx="nearly"),
] + TABLE + [
    F("xảy ra 47 vụ", "47", 47, "count", "vụ", "vụ tai nạn lao động", AS),
    F("làm 52 người bị nạn", "52", 52, "count", "người", "người bị nạn", AS),
    F("có 8 vụ TNLĐ", "8", 8, "count", "vụ", "vụ TNLĐ chết người", AS, total=47),
    F("làm 9 người chết", "9", 9, "count", "người", "người chết", AS, total=52),
    F("14 người bị thương nặng", "14", 14, "count", "người", "người bị thương nặng", AS, total=52),
    F("điều tra 6/8 vụ", "6", 6, "count", "vụ", "vụ TNLĐ chết người được Thanh tra Sở chủ trì, phối hợp điều tra", ASi,
      total=8),
    F("thực hiện 3 cuộc", "3", 3, "count", "cuộc thanh tra", "cuộc thanh tra còn lại theo kế hoạch", Q4,
      status="target"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "kiến nghị sau thanh tra được theo dõi, đôn đốc thực hiện", Q4,
      status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Sở LĐTBXH Thanh Hóa, 'Số: 2148/BC-SLĐTBXH'); the place-and-date line is its date (2024-10-08).",
    "Flattened '|' table with 'Đơn vị tính: doanh nghiệp'; every numeric cell is a count of doanh nghiệp; row labels that are places go to",
    "location (TP. Thanh Hóa, Nghi Sơn, Thọ Xuân), others ('Các huyện còn lại', 'Tổng cộng') add to the subject; period from the table title",
    "'lũy kế đến 30/9/2024' (inherited: not in the cell's sentence). No totals for table cells.",
    "'14 cuộc … (đạt 82,4% kế hoạch năm)': share of plan is the percent attribute. '612 vi phạm, chiếm 51,6%' after 'trong đó': total 1187 + percent.",
    "'1,485 tỷ' = 1.485.000.000 (comma before a multiplier is decimal). Section 3 'Nhiệm vụ quý IV/2024' (heading, inherited): plan/target figures.",
    "Distractors: document numbers, 'Kế hoạch số 12/KH-SLĐTBXH ngày 05/01/2024', section numbers, 'Bảng 1', 'Lưu: VT, TTr.', signer.",
]

build(3, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Thanh Hóa")
