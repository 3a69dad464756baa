"""p1461-3: formal report (UBND tỉnh Hà Tĩnh): printer-ink supplies in state agencies and used-cartridge collection, 2024.
Flattened '|' table with a place column and 'Đơn vị tính: hộp'."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả quản lý vật tư mực in và thu gom hộp mực in thải tại các cơ quan nhà nước năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Mua sắm, nạp mực
Năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh đã mua sắm tập trung 9.480 hộp mực in mới với tổng giá trị 6,35 tỷ đồng, giảm 12,6% so với năm 2023; thực hiện 21.760 lượt nạp mực, chi phí khoảng 2,4 tỷ đồng. Tổng chi cho vật tư mực in là 8,75 tỷ đồng, bằng 91,3% dự toán được giao, tiết kiệm 834 triệu đồng.

2. Thu gom hộp mực thải
Thực hiện Kế hoạch số 112/KH-UBND ngày 20/3/2024, các địa phương đã thu gom 16.050 hộp mực in thải trong năm 2024 (khoảng 5,2 tấn), tăng 13,7% so với năm 2023; 100% số hộp mực thu gom được chuyển giao cho đơn vị có chức năng xử lý chất thải nguy hại (mã CTNH 08 02 04).

Bảng 1. Số hộp mực in thải thu gom theo địa phương
Đơn vị tính: hộp
TT | Địa phương | Năm 2023 | Năm 2024 | So với năm 2023 (%)
1 | TP Hà Tĩnh | 4.120 | 4.865 | 118,1
2 | TX Hồng Lĩnh | 1.350 | 1.512 | 112,0
3 | TX Kỳ Anh | 1.806 | 2.044 | 113,2
4 | Huyện Cẩm Xuyên | 1.214 | 1.390 | 114,5
5 | Các huyện còn lại | 5.630 | 6.239 | 110,8
| Tổng cộng | 14.120 | 16.050 | 113,7

II. NHIỆM VỤ NĂM 2025
Năm 2025, phấn đấu giảm ít nhất 10% chi phí mua sắm vật tư mực in so với năm 2024; 100% cơ quan cấp tỉnh, cấp huyện bố trí điểm thu gom hộp mực thải; nâng tỷ lệ hộp mực được nạp lại lên trên 70%.

Nơi nhận:
- Bộ Tài chính;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT1.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Thiện
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("trong năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
RATIO_P = I(P("năm 2024", "2024-01-01", "2024-12-31"))  # the report's year; the header names only the baseline

PROV = "Hà Tĩnh"
SUBJ = "hộp mực in thải thu gom"
ROWS = [
    ("TP Hà Tĩnh", "Hà Tĩnh", None, ["4.120", "4.865", "118,1"]),
    ("TX Hồng Lĩnh", "Hồng Lĩnh", None, ["1.350", "1.512", "112,0"]),
    ("TX Kỳ Anh", "Kỳ Anh", None, ["1.806", "2.044", "113,2"]),
    ("Huyện Cẩm Xuyên", "Cẩm Xuyên", None, ["1.214", "1.390", "114,5"]),
    ("Các huyện còn lại", PROV, "các huyện còn lại", ["5.630", "6.239", "110,8"]),
    ("Tổng cộng", PROV, "tổng cộng", ["14.120", "16.050", "113,7"]),
]


def cells():
    out = []
    for label, loc, rowsubj, (a, b, r) in ROWS:
        extra = f" {rowsubj}" if rowsubj else ""
        out.append(F(f"{label} | {a}", a, float(a.replace(".", "")), "count", "hộp",
                     subject=f"{SUBJ}{extra} năm 2023", period=C23, location=loc))
        out.append(F(f"{a} | {b}", b, float(b.replace(".", "")), "count", "hộp",
                     subject=f"{SUBJ}{extra} năm 2024", period=C24, location=loc))
        out.append(F(f"{b} | {r}", r, float(r.replace(",", ".")), "percent", "%",
                     subject=f"{SUBJ}{extra} so với năm 2023", period=RATIO_P, location=loc))
    return out


FIGS = [
    F("tập trung 9.480 hộp", "9.480", 9480, "count", "hộp mực",
      subject="hộp mực in mới mua sắm tập trung", period=Y24),
    F("giá trị 6,35 tỷ", "6,35", 6.35e9, "money", "đồng", change=C("decrease", 12.6, "%", "năm 2023"),
      subject="tổng giá trị mua sắm hộp mực in mới", period=Y24),
    F("thực hiện 21.760 lượt", "21.760", 21760, "count", "lượt", subject="lượt nạp mực", period=Y24),
    F("khoảng 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", approx="about", subject="chi phí nạp mực", period=Y24),
    F("là 8,75 tỷ", "8,75", 8.75e9, "money", "đồng", percent=91.3,
      subject="tổng chi cho vật tư mực in", period=I(Y24)),
    F("tiết kiệm 834 triệu", "834", 834e6, "money", "đồng",
      subject="tiết kiệm chi vật tư mực in so với dự toán", period=I(Y24)),
    F("thu gom 16.050 hộp", "16.050", 16050, "count", "hộp mực", change=C("increase", 13.7, "%", "năm 2023"),
      subject="hộp mực in thải các địa phương thu gom", period=Y24i),
    F("khoảng 5,2 tấn", "5,2", 5.2, "measure", "tấn", approx="about",
      subject="khối lượng hộp mực in thải thu gom", period=Y24i),
    F("; 100% số hộp", "100", 100, "percent", "%",
      subject="số hộp mực thu gom được chuyển giao cho đơn vị có chức năng xử lý chất thải nguy hại", period=Y24i),
] + cells() + [
    F("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
      subject="giảm chi phí mua sắm vật tư mực in so với năm 2024", period=Y25),
    F("; 100% cơ quan", "100", 100, "percent", "%", status="target",
      subject="cơ quan cấp tỉnh, cấp huyện bố trí điểm thu gom hộp mực thải", period=Y25),
    F("trên 70%", "70", 70, "percent", "%", approx="over", status="target",
      subject="tỷ lệ hộp mực được nạp lại", period=Y25),
]

NOTES = [
    "Formal report of UBND tỉnh Hà Tĩnh, 'Số: 27/BC-UBND', dated 'Hà Tĩnh, ngày 16 tháng 01 năm 2025'; sections I/II, 'Nơi nhận'.",
    "Distractors: 27/BC-UBND, letterhead date, 'Kế hoạch số 112/KH-UBND ngày 20/3/2024', 'mã CTNH 08 02 04', 'Bảng 1', row numbers 1-5,",
    "section numbers I./II./1./2., 'KT1', 'năm 2023'/'năm 2024' as baselines.",
    "'bằng 91,3% dự toán' is a percent attribute; 'tiết kiệm 834 triệu đồng' is its own money figure (no change cue).",
    "The 2,4 tỷ and 6,35 tỷ precede the 8,75 tỷ total with no cue: no total. '(khoảng 5,2 tấn)' restates the 16.050 hộp: own measure figure.",
    "'16.050 hộp ... trong năm 2024' (scored) must not take the document date 20/3/2024 as its period.",
    "Table: 'Đơn vị tính: hộp'; the place column goes to location (TP Hà Tĩnh -> Hà Tĩnh, TX Hồng Lĩnh, TX Kỳ Anh, Cẩm Xuyên);",
    "'Các huyện còn lại' and 'Tổng cộng' are not places: they stay in the subject, location is the province. Year columns give the period.",
    "The ratio column 'So với năm 2023 (%)' holds percent figures (2024 vs 2023); its header names only the baseline, so the period",
    "(the report's year 2024) is marked inherited. Table cells get no total.",
    "Section II: 'Năm 2025, phấn đấu' governs the three clauses (target); 'giảm ít nhất 10%' is a rate that is itself the claim.",
]

if __name__ == "__main__":
    write("p1461-3", TEXT, NOTES, FIGS, published="2025-01-16", location=PROV)
