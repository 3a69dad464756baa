from lib import F, P, CH, build

TEXT = """HỘI CHỮ THẬP ĐỎ TỈNH THANH HÓA
HỘI CTĐ HUYỆN THỌ XUÂN
Số: 28/BC-CTĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thọ Xuân, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác Hội và phong trào Chữ thập đỏ năm 2023

I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
Năm 2023, Hội Chữ thập đỏ huyện thực hiện các chỉ tiêu chủ yếu như sau:

Nội dung | Đơn vị tính | Kế hoạch năm 2023 | Thực hiện năm 2023 | So kế hoạch (%)
Vận động nguồn lực nhân đạo | triệu đồng | 4.500 | 5.238 | 116,4
Trợ giúp người khó khăn | lượt người | 12.000 | 13.652 | 113,8
Hiến máu tình nguyện | đơn vị máu | 2.600 | 2.488 | 95,7
Phát triển hội viên mới | hội viên | 850 | 912 | 107,3
Xây dựng nhà nhân đạo | căn | 10 | 12 | 120

II. MỘT SỐ KẾT QUẢ NỔI BẬT
1. Dịp Tết Nguyên đán Quý Mão, Hội trao 3.450 suất quà (trị giá 1,38 tỷ đồng) cho hộ nghèo, hộ cận nghèo; trong đó 1.200 suất do Trung ương Hội và tỉnh Hội hỗ trợ.
2. Trong đợt mưa lũ tháng 10/2023, Hội tiếp nhận và phân bổ 18,5 tấn gạo, 640 thùng mì tôm cùng 215 triệu đồng tiền mặt cho 1.076 hộ bị ảnh hưởng tại 9 xã ven sông Chu.
3. Cuộc vận động "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo": duy trì kết nối 324 địa chỉ nhân đạo với 286 nhà hảo tâm, giá trị hỗ trợ ước đạt 960 triệu đồng.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu vận động nguồn lực đạt từ 5 đến 5,5 tỷ đồng; tiếp nhận 2.700 đơn vị máu; 100% cơ sở Hội xếp loại khá trở lên.

Nơi nhận:
- Hội CTĐ tỉnh (b/c);
- Huyện ủy, UBND huyện;
- Lưu: VP.
CHỦ TỊCH
Lê Thị Hoa
"""

KH = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31", inh=True)
TH = P("Thực hiện năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24i = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)

ROWS = [
    ("Vận động nguồn lực nhân đạo", "triệu đồng", "4.500", 4500e6, "5.238", 5238e6, "116,4", 116.4, "money", "đồng"),
    ("Trợ giúp người khó khăn", "lượt người", "12.000", 12000, "13.652", 13652, "113,8", 113.8, "count", "lượt người"),
    ("Hiến máu tình nguyện", "đơn vị máu", "2.600", 2600, "2.488", 2488, "95,7", 95.7, "count", "đơn vị máu"),
    ("Phát triển hội viên mới", "hội viên", "850", 850, "912", 912, "107,3", 107.3, "count", "hội viên"),
    ("Xây dựng nhà nhân đạo", "căn", "10", 10, "12", 12, "120", 120, "count", "căn"),
]
FIGS = []
for label, ut, kn, kv, tn, tv, pn, pv, kind, unit in ROWS:
    FIGS.append(F(f"{ut} | {kn} |", kn, kv, kind, unit, f"{label} kế hoạch năm 2023", status="target", period=KH))
    FIGS.append(F(f"| {kn} | {tn} |", tn, tv, kind, unit, f"{label} thực hiện năm 2023", period=TH))
    FIGS.append(F(f"| {tn} | {pn}\n", pn, pv, "percent", "%", f"{label} so kế hoạch", period=Y23i))

FIGS += [
    F("trao 3.450 suất", "3.450", 3450, "count", "suất quà", "suất quà Tết trao cho hộ nghèo, hộ cận nghèo", period=Y23i),
    F("trị giá 1,38 tỷ", "1,38", 1.38e9, "money", "đồng", "trị giá quà Tết", period=Y23i),
    F("trong đó 1.200 suất", "1.200", 1200, "count", "suất quà", "suất quà do Trung ương Hội và tỉnh Hội hỗ trợ",
      total=3450, period=Y23i),
    F("phân bổ 18,5 tấn", "18,5", 18.5, "measure", "tấn", "gạo tiếp nhận và phân bổ cứu trợ mưa lũ",
      period=P("tháng 10/2023", "2023-10-01", "2023-10-31")),
    F("640 thùng", "640", 640, "count", "thùng mì tôm", "mì tôm tiếp nhận và phân bổ cứu trợ mưa lũ",
      period=P("tháng 10/2023", "2023-10-01", "2023-10-31")),
    F("cùng 215 triệu", "215", 215e6, "money", "đồng", "tiền mặt cứu trợ mưa lũ",
      period=P("tháng 10/2023", "2023-10-01", "2023-10-31")),
    F("cho 1.076 hộ", "1.076", 1076, "count", "hộ", "hộ bị ảnh hưởng được hỗ trợ",
      period=P("tháng 10/2023", "2023-10-01", "2023-10-31")),
    F("tại 9 xã", "9", 9, "count", "xã", "xã ven sông Chu bị ảnh hưởng",
      period=P("tháng 10/2023", "2023-10-01", "2023-10-31")),
    F("kết nối 324 địa chỉ", "324", 324, "count", "địa chỉ nhân đạo", "địa chỉ nhân đạo duy trì kết nối", period=Y23i),
    F("với 286 nhà", "286", 286, "count", "nhà hảo tâm", "nhà hảo tâm kết nối với địa chỉ nhân đạo", period=Y23i),
    F("ước đạt 960 triệu", "960", 960e6, "money", "đồng", "giá trị hỗ trợ địa chỉ nhân đạo", status="estimate", period=Y23i),
    F("từ 5 đến 5,5 tỷ", "5", 5e9, "money", "đồng", "nguồn lực vận động", value_max=5.5e9, status="target", period=Y24i),
    F("tiếp nhận 2.700 đơn vị", "2.700", 2700, "count", "đơn vị máu", "đơn vị máu tiếp nhận", status="target", period=Y24i),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở Hội xếp loại khá trở lên", status="target", period=Y24i),
]

COMMENTS = [
    "Formal report with letterhead (Hội CTĐ huyện Thọ Xuân, Thanh Hóa; 'Số: 28/BC-CTĐ'); the place-and-date line 'Thọ Xuân, ngày 18 tháng 12 năm 2023' is its date.",
    "Flattened '|' table with a 'Đơn vị tính' column per row: the row's unit (and 'triệu đồng' multiplier) applies to its cells; '(%)' column gives percents.",
    "Every numeric cell is a figure: 'Kế hoạch năm 2023' cells status target, 'Thực hiện năm 2023' actual; the plan cell is a figure of its own, so the result cell carries no target attribute (as h23).",
    "Table periods come from the column headers (inherited, not scored); subject = row label + column label. No totals for table cells.",
    "Section II items take 'Năm 2023' from the report (inherited), except item 2 whose sentence states 'tháng 10/2023'. '(trị giá 1,38 tỷ đồng)' is a money figure of its own; 'trong đó 1.200 suất' total 3.450.",
    "'ước đạt 960 triệu' → estimate. Section III 'PHƯƠNG HƯỚNG NĂM 2024' + 'Phấn đấu' → targets with period 2024 (inherited); 'từ 5 đến 5,5 tỷ đồng' → value 5e9, value_max 5,5e9.",
    "Distractors: 'Số: 28/BC-CTĐ', date line, section numbers I./II./III./1./2./3., 'Lưu: VP', 'b/c', signer's name, 'sông Chu', 'Tết Nguyên đán Quý Mão'.",
]

build("p299-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Thọ Xuân")
