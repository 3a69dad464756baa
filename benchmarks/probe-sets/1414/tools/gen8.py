"""p1414-8: radio/TV site (Đài PT-TH Đà Nẵng): service prices in state-owned apartment buildings, 2024 results, 2025 plans."""
from lib import fig, per, chg, write

TEXT = """DANANG TV - Đài Phát thanh và Truyền hình Đà Nẵng
Thời sự | Kinh tế | Xã hội | Đô thị | Video

Giữ ổn định giá dịch vụ nhà chung cư thuộc sở hữu nhà nước năm 2025

Cập nhật lúc 18:40, 27/02/2025

(DNRT) - Năm nay, Đà Nẵng tiếp tục giữ nguyên giá dịch vụ quản lý vận hành tại các nhà chung cư thuộc sở hữu nhà nước, mức thu từ 1.500 đến 3.200 đồng/m2/tháng tùy vị trí tầng.

Theo Trung tâm Quản lý nhà chung cư thành phố, hiện Trung tâm quản lý 152 khối nhà với hơn 9.600 căn hộ, trong đó 6.120 căn cho thuê và 3.510 căn đã bán cho người đang thuê. Có ba chục khối nhà được xây dựng từ trước năm 2005 đang xuống cấp.

Năm 2024, Trung tâm thu giá dịch vụ được 14,3 tỷ đồng, đạt 96,5% kế hoạch, tăng 4,1% so với năm 2023; tỷ lệ hộ nợ đọng giảm còn 7,8%. Số tiền nợ đọng kéo dài khoảng 1,1 tỷ đồng, chủ yếu tại các chung cư ở quận Sơn Trà và quận Ngũ Hành Sơn.

Theo Sở Xây dựng, mức giá này thấp thứ hai trong các thành phố trực thuộc Trung ương, chỉ cao hơn Cần Thơ. Khoản thu chỉ đủ bù khoảng 65% chi phí vận hành, phần còn lại do ngân sách hỗ trợ.

Năm nay, thành phố dự kiến bố trí khoảng 18 tỷ đồng để sửa chữa 12 khối nhà; quý I/2025, Trung tâm phấn đấu thu trên 3,8 tỷ đồng.

Ông Lê Văn Tùng, Giám đốc Trung tâm, cho biết đơn vị đang xây dựng đề án trình UBND thành phố điều chỉnh giá từ năm 2026.

Video: Bản tin Thời sự 18h00 ngày 27/2/2025
Từ khóa: chung cư, nhà ở xã hội, giá dịch vụ
"""

Y25 = per("Năm nay", "2025-01-01", "2025-12-31")
Y25B = per("Năm nay", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    fig("từ 1.500 đến", "1.500", 1500, "money", "đồng/m2/tháng", value_max=3200,
        subject="giá dịch vụ quản lý vận hành tại các nhà chung cư thuộc sở hữu nhà nước", period=Y25),
    fig("quản lý 152 khối", "152", 152, "count", "khối nhà",
        subject="khối nhà Trung tâm quản lý"),
    fig("hơn 9.600 căn", "9.600", 9600, "count", "căn hộ", approx="over",
        subject="căn hộ trong các khối nhà Trung tâm quản lý"),
    fig("trong đó 6.120", "6.120", 6120, "count", "căn", total=9600,
        subject="căn hộ cho thuê"),
    fig("và 3.510 căn", "3.510", 3510, "count", "căn", total=9600,
        subject="căn hộ đã bán cho người đang thuê"),
    fig("Có ba chục", "ba chục", 30, "count", "khối nhà",
        subject="khối nhà được xây dựng từ trước năm 2005 đang xuống cấp"),
    fig("được 14,3 tỷ", "14,3", 14.3e9, "money", "đồng", percent=96.5,
        change=chg("increase", 4.1, "%", "năm 2023"),
        subject="giá dịch vụ Trung tâm thu được", period=Y24),
    fig("giảm còn 7,8%", "7,8", 7.8, "percent", "%",
        subject="tỷ lệ hộ nợ đọng", period=Y24),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="about",
        subject="số tiền nợ đọng kéo dài"),
    fig("thấp thứ hai", "hai", 2, "rank", "hạng",
        subject="mức giá dịch vụ nhà chung cư thuộc sở hữu nhà nước thấp"),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="tỷ lệ chi phí vận hành khoản thu đủ bù"),
    fig("khoảng 18 tỷ", "18", 18e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí thành phố bố trí để sửa chữa khối nhà", period=Y25B),
    fig("sửa chữa 12 khối", "12", 12, "count", "khối nhà", status="forecast",
        subject="khối nhà được sửa chữa", period=Y25B),
    fig("trên 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", approx="over", status="target",
        subject="giá dịch vụ Trung tâm thu", period=Q1),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đà Nẵng): 'Cập nhật lúc 18:40, 27/02/2025', tag '(DNRT) -', video and keyword lines.",
    "Distractors: 18:40, 'từ trước năm 2005', 'từ năm 2026', '18h00 ngày 27/2/2025', 'Thời sự'.",
    "'Năm nay' = 2025 (dateline). 'ba chục khối nhà' = 30. Parts after 'trong đó' take total 9.600 (the whole says 'hơn 9.600').",
    "'giảm còn 7,8%' states the level reached: a percent figure with no change value. 'thấp thứ hai' is a rank (2).",
    "The 1,1 tỷ đồng debt is city-wide ('chủ yếu tại' two districts): location Đà Nẵng.",
    "'dự kiến bố trí khoảng 18 tỷ đồng để sửa chữa 12 khối nhà': both forecast; 'phấn đấu thu trên 3,8 tỷ đồng': target.",
]

if __name__ == "__main__":
    write("p1414-8", TEXT, NOTES, FIGS, published="2025-02-27", location="Đà Nẵng")
