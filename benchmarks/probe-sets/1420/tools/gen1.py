"""p1420-1: province portal (Đồng Nai): vehicles held in impound lots as of 30/9/2024, clearance, fees."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Hơn 12.000 phương tiện vi phạm tồn đọng tại các bãi tạm giữ

Cập nhật: 15/10/2024 09:35 | Lượt xem: 1.862

Theo Công an tỉnh, tính đến ngày 30/9/2024, các bãi tạm giữ trên địa bàn tỉnh Đồng Nai đang lưu giữ 12.486 phương tiện vi phạm, tăng 18,3% so với cùng thời điểm năm 2023. Trong đó có 1.214 xe ô tô, 10.937 xe mô tô, xe gắn máy và 335 phương tiện khác. Với số lượng này, Đồng Nai đứng thứ 3 cả nước về phương tiện vi phạm tồn đọng, sau Hà Nội và TP Hồ Chí Minh.

Đáng chú ý, khoảng 7.800 phương tiện đã quá thời hạn tạm giữ nhưng chủ sở hữu không đến nhận, chiếm 62,5% số xe đang lưu giữ.

Hiện toàn tỉnh có 14 bãi tạm giữ, gồm 3 bãi do Phòng Cảnh sát giao thông quản lý và 11 bãi của công an các huyện, thành phố, tổng diện tích khoảng 9,6 ha. Nhiều bãi đã quá tải từ 150-200% so với công suất thiết kế.

Từ đầu năm đến nay, Công an tỉnh phối hợp Sở Tài chính tổ chức 4 đợt thanh lý 2.350 xe quá hạn không có người nhận, thu hơn 3,2 tỷ đồng nộp ngân sách nhà nước. Cả năm 2023, toàn tỉnh chỉ thanh lý được 960 xe.

Mức phí trông giữ đang áp dụng theo Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh là 5.000 đồng/ngày đêm với xe máy và 30.000 đồng/ngày đêm với ô tô con.

Tỉnh đặt mục tiêu đến hết năm 2025 xử lý dứt điểm ít nhất 80% số phương tiện tồn đọng quá hạn.

Tin liên quan:
- Đồng Nai: Ra quân cao điểm bảo đảm trật tự an toàn giao thông dịp Tết Ất Tỵ 2025
- Hướng dẫn thủ tục nhận lại phương tiện bị tạm giữ theo Nghị định 138/2021/NĐ-CP
"""

ASOF = per("tính đến ngày 30/9/2024", end="2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Y23 = per("Cả năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến hết năm 2025", end="2025-12-31")
WHOLE = 12486

FIGS = [
    fig("Hơn 12.000 phương tiện", "12.000", 12000, "count", "phương tiện", approx="over",
        subject="phương tiện vi phạm tồn đọng tại các bãi tạm giữ"),
    fig("lưu giữ 12.486 phương tiện", "12.486", WHOLE, "count", "phương tiện",
        change=chg("increase", 18.3, "%", "cùng thời điểm năm 2023"),
        subject="phương tiện vi phạm các bãi tạm giữ đang lưu giữ", period=ASOF),
    fig("có 1.214 xe ô tô", "1.214", 1214, "count", "xe ô tô", total=WHOLE,
        subject="xe ô tô đang lưu giữ", period=inh(ASOF)),
    fig("10.937 xe mô tô", "10.937", 10937, "count", "xe mô tô, xe gắn máy", total=WHOLE,
        subject="xe mô tô, xe gắn máy đang lưu giữ", period=inh(ASOF)),
    fig("335 phương tiện khác", "335", 335, "count", "phương tiện", total=WHOLE,
        subject="phương tiện khác đang lưu giữ", period=inh(ASOF)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="phương tiện vi phạm tồn đọng", location="Đồng Nai"),
    fig("khoảng 7.800 phương tiện", "7.800", 7800, "count", "phương tiện", approx="about", percent=62.5,
        subject="phương tiện đã quá thời hạn tạm giữ nhưng chủ sở hữu không đến nhận", period=inh(ASOF)),
    fig("có 14 bãi", "14", 14, "count", "bãi tạm giữ", subject="bãi tạm giữ toàn tỉnh"),
    fig("gồm 3 bãi", "3", 3, "count", "bãi", total=14,
        subject="bãi do Phòng Cảnh sát giao thông quản lý"),
    fig("và 11 bãi", "11", 11, "count", "bãi", total=14,
        subject="bãi của công an các huyện, thành phố"),
    fig("khoảng 9,6 ha", "9,6", 9.6, "measure", "ha", approx="about",
        subject="tổng diện tích các bãi tạm giữ"),
    fig("từ 150-200%", "150", 150, "percent", "%", value_max=200,
        subject="mức quá tải của nhiều bãi so với công suất thiết kế"),
    fig("tổ chức 4 đợt", "4", 4, "count", "đợt", subject="đợt thanh lý xe quá hạn", period=YTD),
    fig("thanh lý 2.350 xe", "2.350", 2350, "count", "xe",
        subject="xe quá hạn không có người nhận được thanh lý", period=YTD),
    fig("hơn 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="over",
        subject="tiền thu từ thanh lý nộp ngân sách nhà nước", period=YTD),
    fig("được 960 xe", "960", 960, "count", "xe", subject="xe thanh lý được", period=Y23),
    fig("là 5.000 đồng", "5.000", 5000, "money", "đồng/ngày đêm", subject="mức phí trông giữ xe máy"),
    fig("và 30.000 đồng", "30.000", 30000, "money", "đồng/ngày đêm", subject="mức phí trông giữ ô tô con"),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="số phương tiện tồn đọng quá hạn được xử lý dứt điểm", period=T25),
]

NOTES = [
    "Province portal (Đồng Nai): impound-lot stock as of 30/9/2024; breadcrumb, 'Cập nhật: 15/10/2024 09:35 | Lượt xem: 1.862', related links.",
    "Distractors: 09:35, Lượt xem 1.862, Nghị quyết số 12/2022/NQ-HĐND, 'Tết Ất Tỵ 2025', Nghị định 138/2021/NĐ-CP, baseline 'năm 2023'.",
    "'Trong đó' parts after a sentence break take the whole 12.486 (they add up); their as-of period is inherited.",
    "'chiếm 62,5% số xe đang lưu giữ' is the percent attribute of 7.800 (no number for the whole in that clause, so no total).",
    "'đứng thứ 3 cả nước' is the province's rank: location Đồng Nai, as in the shared gold's ranks.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-15. Fees are standing rates, no period.",
]

if __name__ == "__main__":
    write("p1420-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Đồng Nai")
