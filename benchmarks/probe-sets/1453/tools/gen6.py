"""p1453-6: national newspaper: cheap unlabelled vacuum bottles, market surveillance in Hà Nội, lab tests."""
from lib import fig, period, inherit, change, target, write

TEXT = """Kinh doanh › Tiêu dùng

Thứ ba, 17/12/2024, 09:20 (GMT+7)

Bình giữ nhiệt giá rẻ không rõ nguồn gốc tràn lan dịp cuối năm

Chỉ với 39.000-69.000 đồng, người mua có thể sở hữu một chiếc bình giữ nhiệt "hàng Nhật" trên sàn thương mại điện tử, nhưng nhiều sản phẩm chưa qua kiểm định chất lượng.

Theo Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam, mỗi năm thị trường trong nước tiêu thụ khoảng 25 triệu sản phẩm giữ nhiệt các loại, trong đó hàng không rõ nguồn gốc chiếm 30-35%. Bình giữ nhiệt chính hãng thường có giá từ 350.000 đồng trở lên.

Từ đầu năm đến nay, Cục Quản lý thị trường TP Hà Nội đã kiểm tra 214 vụ việc liên quan đến đồ gia dụng, phát hiện 167 vụ vi phạm, xử phạt hơn 1,2 tỷ đồng; tạm giữ gần 18.000 bình, cốc giữ nhiệt, tăng 35% so với cùng kỳ năm 2023.

Một trung tâm kiểm nghiệm độc lập vừa thử nghiệm 30 mẫu bình giữ nhiệt mua trên mạng. Kết quả cho thấy 7/30 mẫu có hàm lượng chì hoặc mangan thôi nhiễm vượt giới hạn của QCVN 12-3:2011/BYT, mẫu cao nhất gấp 6 lần mức cho phép. Một số mẫu chỉ giữ nóng được 4-5 giờ thay vì 12 giờ như quảng cáo.

"Lõi inox 201 dễ gỉ, lớp hút chân không kém nên nước nhanh nguội", một kỹ sư vật liệu nói. Người tiêu dùng nên chọn bình ghi rõ inox 304 hoặc 316, có nhãn phụ tiếng Việt. Các hành vi vi phạm có thể phản ánh qua đường dây nóng 0243.9366.155.

Thu Hằng
"""

YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-12-17")
HN = "Hà Nội"

FIGS = [
    fig("39.000-69.000", "39.000", 39000, "money", "đồng", value_max=69000,
        subject="giá bình giữ nhiệt trên sàn thương mại điện tử"),
    fig("khoảng 25 triệu", "25", 25e6, "measure", "sản phẩm/năm", approx="about",
        subject="sản phẩm giữ nhiệt thị trường trong nước tiêu thụ mỗi năm"),
    fig("chiếm 30-35%", "30", 30, "percent", "%", value_max=35,
        subject="tỷ trọng hàng không rõ nguồn gốc"),
    fig("từ 350.000 đồng", "350.000", 350000, "money", "đồng", approx="at_least",
        subject="giá bình giữ nhiệt chính hãng"),
    fig("kiểm tra 214 vụ", "214", 214, "count", "vụ việc",
        subject="vụ việc liên quan đến đồ gia dụng được kiểm tra", period=YTD, location=HN),
    fig("phát hiện 167 vụ", "167", 167, "count", "vụ",
        subject="vụ vi phạm phát hiện", period=YTD, location=HN),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over",
        subject="tiền xử phạt", period=YTD, location=HN),
    fig("gần 18.000 bình", "18.000", 18000, "count", "bình, cốc giữ nhiệt", approx="nearly",
        change=change("increase", 35, "%", "cùng kỳ năm 2023"),
        subject="bình, cốc giữ nhiệt bị tạm giữ", period=YTD, location=HN),
    fig("nghiệm 30 mẫu", "30", 30, "count", "mẫu", subject="mẫu bình giữ nhiệt mua trên mạng được thử nghiệm"),
    fig("7/30 mẫu", "7", 7, "count", "mẫu", total=30,
        subject="mẫu có hàm lượng chì hoặc mangan thôi nhiễm vượt giới hạn"),
    fig("gấp 6 lần", "6", 6, "multiple", "lần",
        subject="hàm lượng thôi nhiễm của mẫu cao nhất so với mức cho phép"),
    fig("được 4-5 giờ", "4", 4, "measure", "giờ", value_max=5, subject="thời gian giữ nóng của một số mẫu"),
    fig("vì 12 giờ", "12", 12, "measure", "giờ", subject="thời gian giữ nóng quảng cáo", optional=True),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 17/12/2024, 09:20 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 09:20, (GMT+7), 'QCVN 12-3:2011/BYT', 'inox 201', 'inox 304 hoặc 316' (steel grades), hotline 0243.9366.155,",
    "'một chiếc bình' (an article, not a count).",
    "Default location Việt Nam (national market, national association, online sales); the QLTT paragraph names TP Hà Nội.",
    "'mỗi năm ... tiêu thụ khoảng 25 triệu sản phẩm' is a yearly rate: measure 'sản phẩm/năm'. 'trong đó ... chiếm 30-35%' is",
    "a share of a part: percent figure of its own (range). 'giá từ 350.000 đồng trở lên' → at_least.",
    "'kiểm tra 214 vụ việc ..., phát hiện 167 vụ vi phạm' has no part-of cue: no total. '7/30 mẫu' → total 30.",
    "'mẫu cao nhất gấp 6 lần mức cho phép' has no base amount: a multiple figure.",
    "Optional: '12 giờ như quảng cáo' (the seller's claim, not a measured fact).",
]

if __name__ == "__main__":
    write(6, TEXT, NOTES, FIGS, published="2024-12-17", location="Việt Nam")
