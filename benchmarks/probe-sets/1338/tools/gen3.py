"""p1338-3: formal report (Sở VHTTDL Nam Định): Phiên chợ Viềng Xuân 2025, flattened '|' table with a place column."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH NAM ĐỊNH
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 45/BC-SVHTTDL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Định, ngày 12 tháng 02 năm 2025

BÁO CÁO
Kết quả tổ chức Phiên chợ Viềng Xuân Ất Tỵ năm 2025

Thực hiện Kế hoạch số 12/KH-UBND ngày 06/01/2025 của UBND tỉnh, Sở Văn hóa, Thể thao và Du lịch báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác tổ chức
Phiên chợ Viềng năm 2025 diễn ra tại 2 điểm: chợ Viềng Phủ (xã Kim Thái, huyện Vụ Bản) và chợ Viềng Chùa (xã Nam Giang, huyện Nam Trực). Toàn tỉnh bố trí 1.250 gian hàng, tăng 150 gian so với năm 2024, đạt 104,2% kế hoạch, gồm 420 gian cây cảnh, hoa Tết, 180 gian đồ đồng, đồ gỗ mỹ nghệ và 650 gian nông sản, ẩm thực. Các lực lượng chức năng huy động 520 cán bộ, chiến sĩ bảo đảm an ninh trật tự.

2. Kết quả
Lượt khách đến 2 điểm chợ Viềng:
Đơn vị tính: nghìn lượt khách
TT | Địa điểm | Năm 2024 | Năm 2025 | So với cùng kỳ (%)
1 | Chợ Viềng Phủ (huyện Vụ Bản) | 95 | 110 | 115,8
2 | Chợ Viềng Chùa (huyện Nam Trực) | 78 | 85 | 109,0
 | Tổng cộng | 173 | 195 | 112,7

Doanh thu của các gian hàng trong 2 ngày chợ ước đạt khoảng 21 tỷ đồng, tăng 10,5% so với năm 2024. Không xảy ra mất an ninh trật tự, cháy nổ; lực lượng quản lý thị trường kiểm tra 46 gian hàng, xử lý 3 trường hợp vi phạm niêm yết giá, phạt tiền 7,5 triệu đồng.

II. PHƯƠNG HƯỚNG NĂM 2026
Phấn đấu phiên chợ Viềng năm 2026 đón trên 200 nghìn lượt khách, trong đó khách ngoài tỉnh chiếm khoảng 40%; 100% gian hàng niêm yết giá và chấp nhận thanh toán không dùng tiền mặt.

Nơi nhận:
- UBND tỉnh (để b/c);
- Bộ VHTTDL;
- Lưu: VT, QLVH.

GIÁM ĐỐC
Trần Văn Hưng
"""

Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Y26 = per("năm 2026", "2026-01-01", "2026-12-31")
VB, NT = "Vụ Bản", "Nam Trực"
SUBJ_VP = "lượt khách chợ Viềng Phủ"
SUBJ_VC = "lượt khách chợ Viềng Chùa"
SUBJ_T = "tổng cộng lượt khách đến 2 điểm chợ Viềng"

FIGS = [
    fig("tại 2 điểm:", "2", 2, "count", "điểm", subject="điểm tổ chức phiên chợ Viềng", period=Y25),
    fig("bố trí 1.250 gian", "1.250", 1250, "count", "gian hàng", percent=104.2,
        change=chg("increase", 150, "gian", "năm 2024"),
        subject="gian hàng toàn tỉnh bố trí", period=inh(Y25)),
    fig("gồm 420 gian", "420", 420, "count", "gian", total=1250, subject="gian cây cảnh, hoa Tết",
        period=inh(Y25)),
    fig("180 gian đồ đồng", "180", 180, "count", "gian", total=1250, subject="gian đồ đồng, đồ gỗ mỹ nghệ",
        period=inh(Y25)),
    fig("650 gian nông sản", "650", 650, "count", "gian", total=1250, subject="gian nông sản, ẩm thực",
        period=inh(Y25)),
    fig("huy động 520 cán bộ", "520", 520, "count", "cán bộ, chiến sĩ",
        subject="cán bộ, chiến sĩ bảo đảm an ninh trật tự", period=inh(Y25)),
    fig("đến 2 điểm", "2", 2, "count", "điểm", subject="điểm chợ Viềng", optional=True),
    # table (Đơn vị tính: nghìn lượt khách); place in brackets → location
    fig("| 95 |", "95", 95e3, "count", "lượt khách", subject=SUBJ_VP, period=C24, location=VB),
    fig("| 110 |", "110", 110e3, "count", "lượt khách", subject=SUBJ_VP, period=C25, location=VB),
    fig("| 115,8", "115,8", 115.8, "percent", "%", subject=SUBJ_VP + " so với cùng kỳ", location=VB),
    fig("| 78 |", "78", 78e3, "count", "lượt khách", subject=SUBJ_VC, period=C24, location=NT),
    fig("| 85 |", "85", 85e3, "count", "lượt khách", subject=SUBJ_VC, period=C25, location=NT),
    fig("| 109,0", "109,0", 109.0, "percent", "%", subject=SUBJ_VC + " so với cùng kỳ", location=NT),
    fig("| 173 |", "173", 173e3, "count", "lượt khách", subject=SUBJ_T, period=C24),
    fig("| 195 |", "195", 195e3, "count", "lượt khách", subject=SUBJ_T, period=C25),
    fig("| 112,7", "112,7", 112.7, "percent", "%", subject=SUBJ_T + " so với cùng kỳ"),
    fig("khoảng 21 tỷ", "21", 21e9, "money", "đồng", approx="about", status="estimate",
        change=chg("increase", 10.5, "%", "năm 2024"),
        subject="doanh thu của các gian hàng", period=inh(Y25)),
    fig("kiểm tra 46 gian", "46", 46, "count", "gian hàng", subject="gian hàng lực lượng quản lý thị trường kiểm tra",
        period=inh(Y25)),
    fig("xử lý 3 trường hợp", "3", 3, "count", "trường hợp", subject="trường hợp vi phạm niêm yết giá bị xử lý",
        period=inh(Y25)),
    fig("phạt tiền 7,5 triệu", "7,5", 7.5e6, "money", "đồng", subject="phạt tiền", period=inh(Y25)),
    fig("trên 200 nghìn", "200", 200e3, "count", "lượt khách", approx="over", status="target",
        subject="lượt khách phiên chợ Viềng đón", period=Y26),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about", status="target",
        subject="tỷ lệ khách ngoài tỉnh", period=Y26),
    fig("; 100% gian hàng", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ gian hàng niêm yết giá và chấp nhận thanh toán không dùng tiền mặt", period=Y26),
]

NOTES = [
    "Formal report of Sở VHTTDL Nam Định on Phiên chợ Viềng Xuân 2025; 'Nam Định, ngày 12 tháng 02 năm 2025' gives published.",
    "Distractors: Số: 45/BC-SVHTTDL, Kế hoạch số 12/KH-UBND ngày 06/01/2025, sections I/II and 1./2., table row numbers 1/2, 'trong 2 ngày chợ' (a duration locating the revenue), 'Ất Tỵ', 'Lưu: VT'.",
    "'tại 2 điểm' counts the market sites: a figure; the table caption 'Lượt khách đến 2 điểm chợ Viềng' repeats it as a reference: optional. 'gồm' parts 420 + 180 + 650 = 1.250: total 1.250. 'đạt 104,2% kế hoạch' is the 1.250's percent.",
    "Table (Đơn vị tính: nghìn lượt khách): cells are counts ×1 000; the district in brackets goes to location, the market name to the subject; 'So với cùng kỳ (%)' cells are percent figures without a period; Tổng cộng → Nam Định.",
    "Section II 'Phấn đấu' governs the whole sentence (target), including the share after 'trong đó' (a percent figure of its own) and the 100%.",
]

if __name__ == "__main__":
    write("p1338-3", TEXT, NOTES, FIGS, published="2025-02-12", location="Nam Định")
