"""p979-3: formal report of Ban Chỉ đạo 504 tỉnh Quảng Nam, 9 months 2024, with a flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NAM
BAN CHỈ ĐẠO 504
Số: 318/BC-BCĐ504

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả khắc phục hậu quả bom mìn, vật liệu nổ sau chiến tranh 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khảo sát, rà phá bom mìn
Thực hiện Kế hoạch số 56/KH-UBND ngày 22/02/2024 của UBND tỉnh, 9 tháng đầu năm 2024, các đơn vị đã khảo sát kỹ thuật 2.450 ha, rà phá làm sạch 1.386,5 ha, đạt 69,3% kế hoạch năm (2.000 ha). Kết quả tại các địa phương như sau:

Đơn vị tính: ha
STT | Địa phương | Khảo sát | Rà phá | Kế hoạch năm 2024
1 | Đại Lộc | 720 | 412,5 | 600
2 | Duy Xuyên | 640 | 368 | 520
3 | Núi Thành | 585 | 330 | 480
4 | Quế Sơn | 505 | 276 | 400
 | Tổng cộng | 2.450 | 1.386,5 | 2.000

2. Xử lý bom mìn, vật nổ
Các đơn vị đã thu gom, hủy nổ 6.742 quả bom, mìn, vật nổ các loại, tăng 8,6% so với cùng kỳ; tổ chức 312 lượt xử lý lưu động theo tin báo tại 15/18 huyện, thị xã, thành phố.

3. Tai nạn bom mìn và hỗ trợ nạn nhân
Trong kỳ xảy ra 01 vụ tai nạn bom mìn tại huyện Nam Giang, làm 01 người bị thương. Toàn tỉnh hiện có 4.218 nạn nhân bom mìn còn sống; 9 tháng qua đã hỗ trợ sinh kế, phục hồi chức năng cho 1.136 lượt nạn nhân với tổng kinh phí 3,8 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
1. Tập trung rà phá 613,5 ha còn lại để hoàn thành kế hoạch năm.
2. Dự kiến giải ngân thêm khoảng 12 tỷ đồng vốn ngân sách trung ương cho các dự án rà phá.

Nơi nhận:
- Bộ Tư lệnh Quân khu 5;
- Lưu: VT, BCĐ.
KT. TRƯỞNG BAN
PHÓ TRƯỞNG BAN
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)
S_KS, S_RP, S_KH = "diện tích khảo sát", "diện tích rà phá", "kế hoạch rà phá năm 2024"

FIGS = [
    F("khảo sát kỹ thuật 2.450 ha", "2.450", 2450, "measure", "ha",
      subject="diện tích khảo sát kỹ thuật", period=M9),
    F("rà phá làm sạch 1.386,5 ha", "1.386,5", 1386.5, "measure", "ha", percent=69.3,
      target=T(2000, "ha"), subject="diện tích rà phá làm sạch", period=M9),
]
ROWS = [("Đại Lộc", "720", "412,5", "600"), ("Duy Xuyên", "640", "368", "520"),
        ("Núi Thành", "585", "330", "480"), ("Quế Sơn", "505", "276", "400")]
num = lambda s: float(s.replace(".", "").replace(",", "."))
for place, ks, rp, kh in ROWS:
    FIGS += [
        F(f"{place} | {ks}", ks, num(ks), "measure", "ha", subject=S_KS, period=I(M9), location=place),
        F(f"{ks} | {rp} |", rp, num(rp), "measure", "ha", subject=S_RP, period=I(M9), location=place),
        F(f"{rp} | {kh}", kh, num(kh), "measure", "ha", status="target", subject=S_KH, period=Y24,
          location=place),
    ]
FIGS += [
    F("Tổng cộng | 2.450", "2.450", 2450, "measure", "ha", subject="tổng cộng " + S_KS, period=I(M9)),
    F("2.450 | 1.386,5 |", "1.386,5", 1386.5, "measure", "ha", subject="tổng cộng " + S_RP, period=I(M9)),
    F("1.386,5 | 2.000", "2.000", 2000, "measure", "ha", status="target", subject="tổng cộng " + S_KH,
      period=Y24),
    F("hủy nổ 6.742 quả", "6.742", 6742, "count", "quả", change=C("increase", 8.6, "%", "cùng kỳ"),
      subject="bom, mìn, vật nổ được thu gom, hủy nổ", period=I(M9)),
    F("tổ chức 312 lượt", "312", 312, "count", "lượt", subject="lượt xử lý lưu động theo tin báo",
      period=I(M9)),
    F("tại 15/18 huyện", "15", 15, "count", "huyện, thị xã, thành phố", total=18,
      subject="huyện, thị xã, thành phố có xử lý lưu động theo tin báo", period=I(M9)),
    F("xảy ra 01 vụ", "01", 1, "count", "vụ", subject="vụ tai nạn bom mìn",
      period=P("Trong kỳ", "2024-01-01", "2024-09-30", inherited=True), location="Nam Giang"),
    F("làm 01 người", "01", 1, "count", "người", subject="người bị thương do tai nạn bom mìn",
      period=P("Trong kỳ", "2024-01-01", "2024-09-30", inherited=True), location="Nam Giang"),
    F("có 4.218 nạn nhân", "4.218", 4218, "count", "nạn nhân", subject="nạn nhân bom mìn còn sống"),
    F("cho 1.136 lượt nạn nhân", "1.136", 1136, "count", "lượt nạn nhân",
      subject="lượt nạn nhân được hỗ trợ sinh kế, phục hồi chức năng",
      period=P("9 tháng qua", "2024-01-01", "2024-09-30")),
    F("kinh phí 3,8 tỷ đồng", "3,8", 3800000000, "money", "đồng",
      subject="kinh phí hỗ trợ nạn nhân bom mìn", period=P("9 tháng qua", "2024-01-01", "2024-09-30")),
    F("rà phá 613,5 ha", "613,5", 613.5, "measure", "ha", status="target",
      subject="diện tích rà phá còn lại để hoàn thành kế hoạch năm", period=Q4),
    F("khoảng 12 tỷ đồng", "12", 12000000000, "money", "đồng", approx="about", status="forecast",
      subject="vốn ngân sách trung ương giải ngân thêm cho các dự án rà phá", period=Q4),
]

NOTES = [
    "Báo cáo Ban Chỉ đạo 504 tỉnh Quảng Nam, Số: 318/BC-BCĐ504, 'Quảng Nam, ngày 15 tháng 10 năm 2024' (published).",
    "Flattened table (Đơn vị tính: ha): every numeric cell is a figure, district in location; STT numbers are not figures.",
    "Columns Khảo sát / Rà phá take '9 tháng đầu năm 2024' from the paragraph above (inherited); column 'Kế hoạch năm 2024' gives",
    "period 2024 and status target. Table cells get no total; the Tổng cộng row is a figure of its own (location Quảng Nam).",
    "'đạt 69,3% kế hoạch năm (2.000 ha)': 69,3 is the percent and 2.000 the target of 1.386,5 ha (an attribute, not a figure).",
    "'Trong kỳ' means the report's 9 months (inherited). Section II takes 'QUÝ IV/2024' from its heading (inherited).",
    "Not figures: Số 318/BC-BCĐ504, Kế hoạch số 56/KH-UBND ngày 22/02/2024, section numbers I., II., 1.-3., 'Quân khu 5', 'cùng kỳ'.",
]

write("p979-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Quảng Nam")
