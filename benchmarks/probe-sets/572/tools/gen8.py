"""p572-8: trade newspaper (Báo Công Thương style), Đà Nẵng monthly market surveillance report, March / Q1 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """
Đà Nẵng: Tháng 3 xử lý 82 vụ vi phạm, phạt hơn 600 triệu đồng

Lê Vy | 02/04/2024 09:12

Cục Quản lý thị trường TP. Đà Nẵng cho biết, trong tháng 3/2024, các Đội Quản lý thị trường đã kiểm tra 96 vụ, xử lý 82 vụ vi phạm, tăng 18 vụ so với tháng 2/2024; phạt vi phạm hành chính 612,5 triệu đồng.

Lũy kế quý I/2024, Cục đã kiểm tra 251 vụ, xử lý 213 vụ, thu nộp ngân sách 1,76 tỷ đồng, đạt 26,7% kế hoạch năm, bình quân xử lý 71 vụ/tháng. Các quận Hải Châu, Thanh Khê và Sơn Trà lần lượt có 58, 46 và 39 vụ vi phạm.

Trong đợt kiểm tra chuyên đề về an toàn thực phẩm, lực lượng chức năng kiểm tra 35 cơ sở kinh doanh thực phẩm, phát hiện 9 cơ sở vi phạm (chiếm 25,7%), tạm giữ gần 1.200 kg thực phẩm đông lạnh không rõ nguồn gốc.

Ngoài ra, Cục phát hiện 14 vụ kinh doanh hàng giả, tạm giữ 1.150 chai rượu ngoại và 860 chiếc túi xách, ví da giả mạo nhãn hiệu tại các cửa hàng trên đường Hùng Vương và đường 2 Tháng 9 theo Kế hoạch số 125/KH-QLTT.

Với kết quả này, Đà Nẵng đứng thứ 3 khu vực miền Trung về số thu nộp ngân sách từ công tác quản lý thị trường trong quý I.

Trong tháng 4, Cục dự kiến tiêu hủy khoảng 3,5 tấn hàng hóa vi phạm, trị giá khoảng 420 triệu đồng.

Đường dây nóng: 0236.3822.196

#Quản lý thị trường #Đà Nẵng #hàng giả
"""

M3 = per("tháng 3/2024", "2024-03-01", "2024-03-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
M4 = per("tháng 4", "2024-04-01", "2024-04-30")

FIGS = [
    fig("xử lý 82 vụ vi phạm, phạt", "82", 82, "count", "vụ", subject="vụ vi phạm xử lý",
        period=per("Tháng 3", "2024-03-01", "2024-03-31")),
    fig("hơn 600 triệu đồng", "600", 600_000_000, "money", "đồng", approx="over",
        subject="phạt vi phạm", period=per("Tháng 3", "2024-03-01", "2024-03-31")),
    fig("kiểm tra 96 vụ", "96", 96, "count", "vụ",
        subject="vụ các Đội Quản lý thị trường kiểm tra", period=M3),
    fig("xử lý 82 vụ vi phạm, tăng", "82", 82, "count", "vụ",
        change=chg("increase", 18, unit="vụ", baseline="tháng 2/2024"),
        subject="vụ vi phạm xử lý", period=M3),
    fig("612,5 triệu đồng", "612,5", 612_500_000, "money", "đồng",
        subject="phạt vi phạm hành chính", period=M3),
    fig("kiểm tra 251 vụ", "251", 251, "count", "vụ", subject="vụ Cục kiểm tra lũy kế", period=Q1),
    fig("xử lý 213 vụ", "213", 213, "count", "vụ", subject="vụ Cục xử lý lũy kế", period=Q1),
    fig("1,76 tỷ đồng", "1,76", 1_760_000_000, "money", "đồng", percent=26.7,
        subject="thu nộp ngân sách", period=Q1),
    fig("71 vụ/tháng", "71", 71, "measure", "vụ/tháng", subject="bình quân vụ xử lý", period=Q1),
    fig("58, 46", "58", 58, "count", "vụ", subject="vụ vi phạm", period=inh(Q1), location="Hải Châu"),
    fig("46 và 39", "46", 46, "count", "vụ", subject="vụ vi phạm", period=inh(Q1), location="Thanh Khê"),
    fig("39 vụ", "39", 39, "count", "vụ", subject="vụ vi phạm", period=inh(Q1), location="Sơn Trà"),
    fig("35 cơ sở", "35", 35, "count", "cơ sở", subject="cơ sở kinh doanh thực phẩm kiểm tra"),
    fig("9 cơ sở", "9", 9, "count", "cơ sở", percent=25.7, subject="cơ sở kinh doanh thực phẩm vi phạm"),
    fig("gần 1.200 kg", "1.200", 1200, "measure", "kg", approx="nearly",
        subject="thực phẩm đông lạnh không rõ nguồn gốc tạm giữ"),
    fig("14 vụ", "14", 14, "count", "vụ", subject="vụ kinh doanh hàng giả"),
    fig("1.150 chai", "1.150", 1150, "count", "chai", subject="rượu ngoại tạm giữ"),
    fig("860 chiếc", "860", 860, "count", "chiếc", subject="túi xách, ví da giả mạo nhãn hiệu tạm giữ"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="số thu nộp ngân sách từ công tác quản lý thị trường khu vực miền Trung",
        period=per("quý I", "2024-01-01", "2024-03-31")),
    fig("khoảng 3,5 tấn", "3,5", 3.5, "measure", "tấn", approx="about", status="forecast",
        subject="hàng hóa vi phạm tiêu hủy", period=M4),
    fig("khoảng 420 triệu đồng", "420", 420_000_000, "money", "đồng", approx="about", status="forecast",
        subject="trị giá hàng hóa vi phạm tiêu hủy", period=M4),
]

COMMENTS = [
    "Trade newspaper (Báo Công Thương style, byline 'Lê Vy | 02/04/2024 09:12'): Cục QLTT Đà Nẵng, March 2024 and Q1/2024 results.",
    "Distractors: 'đường 2 Tháng 9', 'Kế hoạch số 125/KH-QLTT', hotline 0236.3822.196, hashtags, dateline.",
    "Headline 'Tháng 3' takes the year of published (2024). 'tăng 18 vụ so với tháng 2/2024' = change of 82 vụ (unit vụ).",
    "'đạt 26,7% kế hoạch năm' = percent of 1,76 tỷ. '71 vụ/tháng' is a rate: measure, unit vụ/tháng. 'lần lượt có 58, 46 và 39' → quận locations.",
    "'9 cơ sở vi phạm (chiếm 25,7%)' of 35 inspected: percent 25.7; no total (no part cue). Sentences without a period phrase get none.",
    "'đứng thứ 3 khu vực miền Trung … quý I' rank. 'dự kiến tiêu hủy khoảng 3,5 tấn …, trị giá khoảng 420 triệu' forecast (continuing clause).",
]

if __name__ == "__main__":
    emit("p572-8", TEXT, COMMENTS, FIGS, published="2024-04-02", location="Đà Nẵng")
