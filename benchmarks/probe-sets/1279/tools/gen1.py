"""p1279-1: province portal (Sơn La): drug rehabilitation, 9 months of 2024; the provincial centre in Mai Sơn."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Sơn La: 9 tháng tổ chức cai nghiện ma túy cho gần 1.500 người

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Lao động - Thương binh và Xã hội, 9 tháng đầu năm 2024, toàn tỉnh đã tổ chức cai nghiện ma túy cho 1.472 người, tăng 8,6% so với cùng kỳ năm 2023, đạt 81,8% kế hoạch năm. Trong đó, cai nghiện bắt buộc tại cơ sở 638 người, cai nghiện tự nguyện tại cơ sở 215 người, cai nghiện tại gia đình và cộng đồng 619 người.

Tính đến ngày 30/9/2024, toàn tỉnh có 6.914 người nghiện ma túy có hồ sơ quản lý, giảm 312 người so với cuối năm 2023; 104/204 xã, phường, thị trấn được công nhận không có tệ nạn ma túy.

Cơ sở cai nghiện ma túy tỉnh đóng tại xã Chiềng Mung, huyện Mai Sơn có quy mô 700 giường, hiện đang quản lý 742 học viên, vượt 6% công suất thiết kế. Cơ sở vừa đưa vào sử dụng khu điều trị cắt cơn với 120 giường, tổng vốn đầu tư gần 18 tỷ đồng.

Mức hỗ trợ tiền ăn cho học viên cai nghiện bắt buộc là 1,08 triệu đồng/người/tháng. Năm nay, ngân sách tỉnh bố trí khoảng 38,5 tỷ đồng cho công tác cai nghiện và quản lý sau cai nghiện.

Quý IV, ngành Lao động - Thương binh và Xã hội phấn đấu tổ chức cai nghiện thêm khoảng 330 người, đưa tổng số cả năm lên trên 1.800 người. Mục tiêu đến năm 2025, ít nhất 60% số xã, phường, thị trấn không có tệ nạn ma túy, theo Nghị quyết số 12-NQ/TU của Tỉnh ủy.

Tin liên quan:
- Sơn La hưởng ứng Tháng hành động phòng, chống ma túy năm 2024
- Mai Sơn: Triệt phá đường dây mua bán ma túy tại Tiểu khu 4
"""

NINE = per("9 tháng", "2024-01-01", "2024-09-30")
NINE_FULL = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
MS = "Mai Sơn"

FIGS = [
    fig("cho gần 1.500 người", "1.500", 1500, "count", "người", approx="nearly",
        subject="người được tổ chức cai nghiện ma túy", period=NINE),
    fig("cho 1.472 người", "1.472", 1472, "count", "người", percent=81.8,
        change=chg("increase", 8.6, "%", "cùng kỳ năm 2023"),
        subject="người được tổ chức cai nghiện ma túy", period=NINE_FULL),
    fig("cơ sở 638 người", "638", 638, "count", "người", total=1472,
        subject="người cai nghiện bắt buộc tại cơ sở", period=inh(NINE_FULL)),
    fig("cơ sở 215 người", "215", 215, "count", "người", total=1472,
        subject="người cai nghiện tự nguyện tại cơ sở", period=inh(NINE_FULL)),
    fig("cộng đồng 619 người", "619", 619, "count", "người", total=1472,
        subject="người cai nghiện tại gia đình và cộng đồng", period=inh(NINE_FULL)),
    fig("có 6.914 người", "6.914", 6914, "count", "người",
        change=chg("decrease", 312, "người", "cuối năm 2023"),
        subject="người nghiện ma túy có hồ sơ quản lý", period=ASOF),
    fig("104/204 xã", "104", 104, "count", "xã, phường, thị trấn", total=204,
        subject="xã, phường, thị trấn được công nhận không có tệ nạn ma túy", period=ASOF),
    fig("quy mô 700 giường", "700", 700, "count", "giường",
        subject="quy mô cơ sở cai nghiện ma túy tỉnh", location=MS),
    fig("quản lý 742 học viên", "742", 742, "count", "học viên",
        change=chg("increase", 6, "%", "công suất thiết kế"),
        subject="học viên cơ sở đang quản lý", location=MS),
    fig("với 120 giường", "120", 120, "count", "giường",
        subject="giường của khu điều trị cắt cơn", location=MS),
    fig("gần 18 tỷ", "18", 18e9, "money", "đồng", approx="nearly",
        subject="tổng vốn đầu tư khu điều trị cắt cơn", location=MS),
    fig("là 1,08 triệu", "1,08", 1.08e6, "money", "đồng/người/tháng",
        subject="mức hỗ trợ tiền ăn cho học viên cai nghiện bắt buộc"),
    fig("khoảng 38,5 tỷ", "38,5", 38.5e9, "money", "đồng", approx="about",
        subject="ngân sách tỉnh bố trí cho công tác cai nghiện và quản lý sau cai nghiện", period=Y24),
    fig("thêm khoảng 330 người", "330", 330, "count", "người", approx="about", status="target",
        subject="người được tổ chức cai nghiện thêm", period=Q4),
    fig("trên 1.800 người", "1.800", 1800, "count", "người", approx="over", status="target",
        subject="tổng số người được tổ chức cai nghiện cả năm", period=YEAR),
    fig("ít nhất 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="xã, phường, thị trấn không có tệ nạn ma túy", period=T25),
]

NOTES = [
    "Province portal (Sơn La): drug rehabilitation 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, Lượt xem 1.386, 'Nghị quyết số 12-NQ/TU', 'Tiểu khu 4', 'năm 2024' in a related link, 'cuối năm 2023' (baseline).",
    "Headline 'gần 1.500 người' is its own figure; year-less '9 tháng' takes 2024 from the dateline.",
    "'Trong đó' parts after a sentence break take total 1.472 (638+215+619 = 1.472); their period is inherited.",
    "'giảm 312 người so với cuối năm 2023' is a change in người; '104/204' total 204 (an attribute, not a figure).",
    "The provincial centre stands in huyện Mai Sơn: its four figures are located in Mai Sơn. 'vượt 6% công suất thiết kế' is a change",
    "against a baseline (like 'vượt 5% kế hoạch'); 700 giường is a figure of its own (the capacity stated first).",
    "'Quý IV ... phấn đấu ..., đưa tổng số cả năm lên trên 1.800' → both target; 'Mục tiêu đến năm 2025' → target, start null.",
]

if __name__ == "__main__":
    write("p1279-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Sơn La")
