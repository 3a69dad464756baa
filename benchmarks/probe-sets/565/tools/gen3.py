from lib import *

TEXT = """UBND TỈNH QUẢNG BÌNH
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống thiên tai 9 tháng năm 2024 và nhiệm vụ quý IV/2024

I. TÌNH HÌNH THIÊN TAI
Từ đầu năm đến ngày 30/9/2024, trên địa bàn tỉnh xảy ra 4 đợt mưa lớn, 2 cơn bão và 1 đợt lũ. Thiên tai làm 3 người chết, 11 người bị thương; 1.264 nhà bị hư hỏng, tốc mái; tổng giá trị thiệt hại ước khoảng 215 tỷ đồng, giảm 38% so với cùng kỳ năm 2023.

II. KẾT QUẢ THỰC HIỆN CÔNG TRÌNH ĐÊ ĐIỀU, KÈ
Hạng mục | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)
Tu bổ đê sông | km | 14,5 | 11,2 | 77,2
Kè chống sạt lở bờ sông | km | 6,8 | 5,1 | 75,0
Sửa chữa cống dưới đê | cống | 12 | 12 | 100
Đất đắp đê | m3 | 185.000 | 162.400 | 87,8

Tổng kinh phí đã giải ngân cho các công trình trên là 96,4 tỷ đồng, đạt 68,3% kế hoạch vốn. Quỹ phòng, chống thiên tai tỉnh thu được 28,7 tỷ đồng, trong đó thu từ doanh nghiệp 9,2 tỷ đồng.

III. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu trong quý IV/2024 hoàn thành 3,3 km đê sông và 1,7 km kè còn lại.
2. Dự trữ tối thiểu 20.000 m3 đá hộc; bổ sung 50.000 bao tải tại các điểm xung yếu.
3. Duy trì trực ban 24/24 giờ; số điện thoại trực ban: 0232.3822.245.

Nơi nhận:
- Ban Chỉ đạo quốc gia về PCTT;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NN.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

YTD = P("Từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")


def row(label, unit, kind, a_plan, n_plan, v_plan, a_done, n_done, v_done, a_pct, n_pct, v_pct):
    return [
        F(a_plan, n_plan, v_plan, kind, unit, f"{label} kế hoạch năm 2024", PLAN, status="target"),
        F(a_done, n_done, v_done, kind, unit, f"{label} thực hiện 9 tháng", DONE),
        F(a_pct, n_pct, v_pct, "percent", "%", f"{label} tỷ lệ", I(DONE)),
    ]


FIGS = [
    F("xảy ra 4 đợt mưa lớn", "4", 4, "count", "đợt mưa lớn", "đợt mưa lớn", YTD),
    F("2 cơn bão", "2", 2, "count", "cơn bão", "cơn bão", YTD),
    F("1 đợt lũ", "1", 1, "count", "đợt lũ", "đợt lũ", YTD),
    F("làm 3 người chết", "3", 3, "count", "người", "người chết do thiên tai", I(YTD)),
    F("11 người bị thương", "11", 11, "count", "người", "người bị thương do thiên tai", I(YTD)),
    F("1.264 nhà", "1.264", 1264, "count", "nhà", "nhà bị hư hỏng, tốc mái", I(YTD)),
    F("ước khoảng 215 tỷ đồng", "215", 215_000_000_000, "money", "đồng", "tổng giá trị thiệt hại do thiên tai", I(YTD),
      approx="about", change=CH("decrease", 38, baseline="cùng kỳ năm 2023"), status="estimate"),
    *row("Tu bổ đê sông", "km", "measure", "km | 14,5", "14,5", 14.5, "14,5 | 11,2", "11,2", 11.2, "11,2 | 77,2", "77,2", 77.2),
    *row("Kè chống sạt lở bờ sông", "km", "measure", "km | 6,8", "6,8", 6.8, "6,8 | 5,1", "5,1", 5.1, "5,1 | 75,0", "75,0", 75.0),
    *row("Sửa chữa cống dưới đê", "cống", "count", "cống | 12 |", "12", 12, "| 12 | 100", "12", 12, "12 | 100", "100", 100),
    *row("Đất đắp đê", "m3", "measure", "m3 | 185.000", "185.000", 185000, "185.000 | 162.400", "162.400", 162400,
         "162.400 | 87,8", "87,8", 87.8),
    F("là 96,4 tỷ đồng", "96,4", 96_400_000_000, "money", "đồng", "tổng kinh phí đã giải ngân cho các công trình đê điều, kè",
      I(DONE), percent=68.3),
    F("thu được 28,7 tỷ đồng", "28,7", 28_700_000_000, "money", "đồng", "Quỹ phòng, chống thiên tai tỉnh thu được", I(DONE)),
    F("doanh nghiệp 9,2 tỷ đồng", "9,2", 9_200_000_000, "money", "đồng", "Quỹ phòng, chống thiên tai thu từ doanh nghiệp", I(DONE),
      total=28_700_000_000),
    F("hoàn thành 3,3 km đê sông", "3,3", 3.3, "measure", "km", "đê sông còn lại phải hoàn thành", Q4, status="target"),
    F("1,7 km kè", "1,7", 1.7, "measure", "km", "kè còn lại phải hoàn thành", Q4, status="target"),
    F("tối thiểu 20.000 m3", "20.000", 20000, "measure", "m3", "đá hộc dự trữ", I(Q4), approx="at_least", status="target"),
    F("bổ sung 50.000 bao tải", "50.000", 50000, "count", "bao tải", "bao tải bổ sung tại các điểm xung yếu", I(Q4), status="target"),
]

COMMENTS = [
    "revised after the first run: ratio-column subjects were '<row> tỷ lệ thực hiện so với kế hoạch'; the words after",
    "'tỷ lệ' were my gloss, not the header 'Tỷ lệ (%)' (FIGURES.md: subject = row label + column label), now '<row> tỷ lệ'.",
    "Formal report, UBND tỉnh Quảng Bình Số 286/BC-UBND dated 14/10/2024: thiên tai 9 tháng 2024, works table, tasks for quý IV.",
    "Flattened '|' table (Hạng mục | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)): every numeric cell is a figure;",
    "plan cells are targets with the year period, result cells actual with 9 tháng 2024, ratio cells percent (period inherited).",
    "Not figures: Số 286/BC-UBND, date line, quý IV/2024 heading, section numbers I./II./III., task numbers 1./2./3., '24/24 giờ',",
    "phone 0232.3822.245. Task list III is status target ('Phấn đấu', tasks of a plan). 'ước khoảng' → approx about + estimate.",
    "Damage sentence inherits 'Từ đầu năm đến ngày 30/9/2024' from the sentence before.",
]

emit("p565-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Quảng Bình")
