from lib import build, F, P, C

TEXT = """UBND TỈNH QUẢNG NAM
SỞ CÔNG THƯƠNG
Số: 245/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 18 tháng 11 năm 2024

BÁO CÁO
Kết quả kiểm tra công tác an toàn đập, hồ chứa thủy điện trước mùa mưa lũ năm 2024

Thực hiện Kế hoạch số 1520/KH-SCT ngày 02/8/2024, Đoàn kiểm tra liên ngành đã kiểm tra 42 công trình thủy điện trên địa bàn tỉnh (trong đó có 35 thủy điện nhỏ công suất dưới 30 MW). Kết quả cụ thể như sau:

I. Kết quả kiểm tra thủy điện nhỏ theo địa bàn
Đơn vị tính: nhà máy
Huyện | Số nhà máy được kiểm tra | Tổng công suất (MW) | Số nhà máy có vi phạm
Nam Trà My | 9 | 142,6 | 3
Bắc Trà My | 6 | 88,4 | 2
Phước Sơn | 8 | 167,5 | 2
Tây Giang | 7 | 96 | 1
Nam Giang | 5 | 120,3 | 0

II. Tồn tại, vi phạm
Qua kiểm tra, 8/35 nhà máy thủy điện nhỏ có vi phạm, chiếm 22,9%, giảm 4 nhà máy so với năm 2023. Các vi phạm chủ yếu: chưa cập nhật quy trình vận hành hồ chứa (5 nhà máy), chưa lắp đặt hệ thống giám sát vận hành tự động (2 nhà máy), không bảo đảm dòng chảy tối thiểu (1 nhà máy). Sở đã ban hành quyết định xử phạt vi phạm hành chính đối với 6 đơn vị với tổng số tiền 385 triệu đồng, mức phạt từ 30 triệu đến 95 triệu đồng/đơn vị.

Có 28 hồ chứa đã cắm mốc chỉ giới hành lang bảo vệ, đạt 80% tổng số hồ chứa; 100% nhà máy đã phê duyệt phương án ứng phó với tình huống khẩn cấp.

III. Kiến nghị
Đề nghị UBND các huyện chỉ đạo chủ đầu tư khắc phục tồn tại trước ngày 15/12/2024, báo cáo kết quả về Sở Công Thương (Phòng Quản lý năng lượng, điện thoại 0235.3852.412).

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, QLNL.
"""

y = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
ROWS = [("Nam Trà My", "9", "142,6", "3"), ("Bắc Trà My", "6", "88,4", "2"), ("Phước Sơn", "8", "167,5", "2"),
        ("Tây Giang", "7", "96", "1"), ("Nam Giang", "5", "120,3", "0")]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    F("kiểm tra 42 công trình", "42", 42, "count", "công trình", "công trình thủy điện được kiểm tra", period=y),
    F("có 35 thủy điện nhỏ", "35", 35, "count", "thủy điện nhỏ", "thủy điện nhỏ được kiểm tra", total=42, period=y),
    F("dưới 30 MW", "30", 30, "measure", "MW", "công suất", approx="under", optional=True),
]
for dist, a, b, c in ROWS:
    FIGS += [
        F(f"{dist} | {a} |", a, num(a), "count", "nhà máy", "Số nhà máy được kiểm tra", location=dist, period=y),
        F(f"| {b} |", b, num(b), "measure", "MW", "Tổng công suất", location=dist, period=y),
        F(f"| {b} | {c}", c, num(c), "count", "nhà máy", "Số nhà máy có vi phạm", location=dist, period=y),
    ]
FIGS += [
    F("8/35 nhà máy", "8", 8, "count", "nhà máy", "nhà máy thủy điện nhỏ có vi phạm", total=35, percent=22.9,
      change=C("decrease", 4, "nhà máy", "năm 2023"), period=y),
    F("(5 nhà máy)", "5", 5, "count", "nhà máy", "nhà máy chưa cập nhật quy trình vận hành hồ chứa", total=8, period=y),
    F("(2 nhà máy)", "2", 2, "count", "nhà máy", "nhà máy chưa lắp đặt hệ thống giám sát vận hành tự động", total=8, period=y),
    F("(1 nhà máy)", "1", 1, "count", "nhà máy", "nhà máy không bảo đảm dòng chảy tối thiểu", total=8, period=y),
    F("đối với 6 đơn vị", "6", 6, "count", "đơn vị", "đơn vị bị xử phạt vi phạm hành chính", period=y),
    F("số tiền 385 triệu đồng", "385", 385e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", period=y),
    F("từ 30 triệu đến", "30", 30e6, "money", "đồng/đơn vị", "mức phạt", value_max=95e6, period=y),
    F("Có 28 hồ chứa", "28", 28, "count", "hồ chứa", "hồ chứa đã cắm mốc chỉ giới hành lang bảo vệ", percent=80, period=y),
    F("; 100% nhà máy", "100", 100, "percent", "%",
      "nhà máy đã phê duyệt phương án ứng phó với tình huống khẩn cấp", period=y),
]

COMMENTS = [
    "Formal report (Sở Công Thương Quảng Nam, 'Số: 245/BC-SCT', place-and-date line 'Quảng Nam, ngày 18 tháng 11 năm 2024'): dam-safety inspection of hydropower before the 2024 flood season.",
    "Flattened '|' table (Huyện | plants inspected | capacity (MW) | plants with violations); 'Đơn vị tính: nhà máy' is overridden by the '(MW)' column.",
    "Table cells: subject = column label, the district row label goes to location; the zero cell (Nam Giang) is a figure. Period 'năm 2024' from the title (inherited).",
    "Distractors: Số: 245/BC-SCT, Kế hoạch số 1520/KH-SCT ngày 02/8/2024, section numbers I./II./III., 'trước ngày 15/12/2024', phone, 'Lưu: VT, QLNL'.",
    "'(trong đó có 35 thủy điện nhỏ …)' is a part of the 42 works; 'dưới 30 MW' is a size threshold in the defining clause (optional).",
    "'8/35 … chiếm 22,9%, giảm 4 nhà máy so với năm 2023': total 35, percent 22.9, change −4 nhà máy. Bracketed counts after 'Các vi phạm chủ yếu:' are parts after ':' following the whole 8 across a sentence break and add up to it: total 8.",
    "revised: the three bracketed violation counts gained total 8 (first annotated without; FIGURES.md allows the ':' cue after a sentence break).",
    "'mức phạt từ 30 triệu đến 95 triệu đồng/đơn vị': a money range in a rate unit. '100% nhà máy' is a percent figure.",
]

build(2, TEXT, COMMENTS, FIGS, published="2024-11-18", location="Quảng Nam")
