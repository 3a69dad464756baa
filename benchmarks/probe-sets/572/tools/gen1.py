"""p572-1: Lạng Sơn province portal, market surveillance results H1/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Lạng Sơn: 6 tháng đầu năm xử lý hơn 1.100 vụ vi phạm về buôn lậu, hàng giả

Cập nhật: 08/07/2024 15:20 | Lượt xem: 3.452

Theo báo cáo của Cục Quản lý thị trường tỉnh Lạng Sơn, 6 tháng đầu năm 2024, lực lượng quản lý thị trường đã kiểm tra 1.236 vụ, phát hiện và xử lý 1.128 vụ vi phạm, tăng 6,4% so với cùng kỳ năm 2023. Trong đó, 412 vụ buôn lậu, vận chuyển hàng cấm và hàng nhập lậu; 286 vụ sản xuất, kinh doanh hàng giả, hàng xâm phạm quyền sở hữu trí tuệ; còn lại là vi phạm về giá, đo lường và an toàn thực phẩm.

Tổng số tiền thu nộp ngân sách nhà nước đạt 14,72 tỷ đồng, đạt 61,3% kế hoạch năm; trong đó phạt vi phạm hành chính 9,85 tỷ đồng, tiền bán hàng tịch thu 4,87 tỷ đồng. Các địa bàn phát hiện nhiều vụ việc nhất là TP. Lạng Sơn (326 vụ), huyện Cao Lộc (241 vụ), huyện Văn Lãng (158 vụ) và huyện Lộc Bình (117 vụ).

Hàng hóa vi phạm bị tạm giữ chủ yếu gồm 18.500 bao thuốc lá điếu nhập lậu, 12,4 tấn đường kính, 6.200 lít dầu nhớt không rõ nguồn gốc và hơn 27.000 sản phẩm giả mạo nhãn hiệu. Đáng chú ý, ngày 14/5/2024, Đội Quản lý thị trường số 4 kiểm tra xe ô tô tải tại Km 18 Quốc lộ 1A, xã Hợp Thành, huyện Cao Lộc, phát hiện 2.400 đôi giày thể thao giả mạo nhãn hiệu, trị giá gần 850 triệu đồng.

Ngày 25/6/2024, tại bãi xử lý rác thải Tân Lang, Cục đã tổ chức tiêu hủy 45 loại hàng hóa vi phạm, trị giá khoảng 3,2 tỷ đồng.

Năm 2024, lực lượng quản lý thị trường tỉnh phấn đấu thu nộp ngân sách nhà nước 24 tỷ đồng, giảm từ 10 đến 15% số vụ vận chuyển hàng lậu qua đường mòn, lối mở biên giới so với năm 2023.

Mọi thông tin phản ánh về hàng giả, hàng lậu xin gửi về đường dây nóng 0205.3812.567.
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
D145 = per("ngày 14/5/2024", "2024-05-14", "2024-05-14")
D256 = per("Ngày 25/6/2024", "2024-06-25", "2024-06-25")

FIGS = [
    fig("xử lý hơn 1.100 vụ", "1.100", 1100, "count", "vụ", approx="over",
        subject="vụ vi phạm về buôn lậu, hàng giả xử lý",
        period=per("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("kiểm tra 1.236 vụ", "1.236", 1236, "count", "vụ",
        subject="vụ lực lượng quản lý thị trường kiểm tra", period=H1),
    fig("xử lý 1.128 vụ", "1.128", 1128, "count", "vụ",
        change=chg("increase", 6.4, baseline="cùng kỳ năm 2023"),
        subject="vụ vi phạm phát hiện và xử lý", period=H1),
    fig("Trong đó, 412 vụ", "412", 412, "count", "vụ", total=1128,
        subject="vụ buôn lậu, vận chuyển hàng cấm và hàng nhập lậu", period=inh(H1)),
    fig("; 286 vụ", "286", 286, "count", "vụ", total=1128,
        subject="vụ sản xuất, kinh doanh hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=inh(H1)),
    fig("đạt 14,72 tỷ đồng", "14,72", 14_720_000_000, "money", "đồng", percent=61.3,
        subject="tổng số tiền thu nộp ngân sách nhà nước", period=inh(H1)),
    fig("hành chính 9,85 tỷ đồng", "9,85", 9_850_000_000, "money", "đồng", total=14_720_000_000,
        subject="phạt vi phạm hành chính", period=inh(H1)),
    fig("tịch thu 4,87 tỷ đồng", "4,87", 4_870_000_000, "money", "đồng", total=14_720_000_000,
        subject="tiền bán hàng tịch thu", period=inh(H1)),
    fig("(326 vụ)", "326", 326, "count", "vụ", subject="vụ việc vi phạm phát hiện",
        period=inh(H1), location="TP. Lạng Sơn"),
    fig("(241 vụ)", "241", 241, "count", "vụ", subject="vụ việc vi phạm phát hiện",
        period=inh(H1), location="Cao Lộc"),
    fig("(158 vụ)", "158", 158, "count", "vụ", subject="vụ việc vi phạm phát hiện",
        period=inh(H1), location="Văn Lãng"),
    fig("(117 vụ)", "117", 117, "count", "vụ", subject="vụ việc vi phạm phát hiện",
        period=inh(H1), location="Lộc Bình"),
    fig("18.500 bao", "18.500", 18500, "count", "bao",
        subject="thuốc lá điếu nhập lậu bị tạm giữ", period=inh(H1)),
    fig("12,4 tấn", "12,4", 12.4, "measure", "tấn",
        subject="đường kính bị tạm giữ", period=inh(H1)),
    fig("6.200 lít", "6.200", 6200, "measure", "lít",
        subject="dầu nhớt không rõ nguồn gốc bị tạm giữ", period=inh(H1)),
    fig("hơn 27.000 sản phẩm", "27.000", 27000, "count", "sản phẩm", approx="over",
        subject="sản phẩm giả mạo nhãn hiệu bị tạm giữ", period=inh(H1)),
    fig("2.400 đôi", "2.400", 2400, "count", "đôi",
        subject="giày thể thao giả mạo nhãn hiệu phát hiện", period=D145, location="Cao Lộc"),
    fig("gần 850 triệu đồng", "850", 850_000_000, "money", "đồng", approx="nearly",
        subject="trị giá giày thể thao giả mạo nhãn hiệu", period=D145, location="Cao Lộc"),
    fig("tiêu hủy 45 loại", "45", 45, "count", "loại",
        subject="loại hàng hóa vi phạm tiêu hủy", period=D256),
    fig("khoảng 3,2 tỷ đồng", "3,2", 3_200_000_000, "money", "đồng", approx="about",
        subject="trị giá hàng hóa vi phạm tiêu hủy", period=D256),
    fig("nước 24 tỷ đồng", "24", 24_000_000_000, "money", "đồng", status="target",
        subject="thu nộp ngân sách nhà nước", period=Y24),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15, status="target",
        subject="giảm số vụ vận chuyển hàng lậu qua đường mòn, lối mở biên giới", period=Y24),
]

COMMENTS = [
    "Lạng Sơn province portal: Cục QLTT results 6 tháng đầu năm 2024 (inspections, violations, budget receipts, seizures, destruction, 2024 targets).",
    "Distractors: breadcrumb, 'Lượt xem: 3.452', 'Đội Quản lý thị trường số 4', 'Km 18 Quốc lộ 1A', hotline 0205.3812.567, event dates.",
    "Headline '6 tháng đầu năm' has no year: year from published (2024). 412/286 follow 'Trong đó' after 1.128 vụ: total 1128.",
    "'đạt 61,3% kế hoạch năm' is the share of 14,72 tỷ. District items in brackets: no cue, no total; TP./huyện to location.",
    "Single-day events (ngày 14/5/2024, ngày 25/6/2024) take that day as period; the Cao Lộc raid's figures are located in Cao Lộc.",
    "'giảm từ 10 đến 15%' is a target rate that is the claim: percent figure, no change.",
]

if __name__ == "__main__":
    emit("p572-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Lạng Sơn")
