"""p1498-4: ministry site (Bộ KH&CN): quality checks of sockets, plugs, extension cords and switches; national market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ > Tin tức > Tiêu chuẩn - Đo lường - Chất lượng

Kiểm tra chất lượng ổ cắm, phích cắm: hơn 30% mẫu không đạt

20/06/2024 | 08:45 | Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia

Thực hiện kế hoạch kiểm tra nhà nước về chất lượng sản phẩm, hàng hóa năm 2024, trong 5 tháng đầu năm, Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia đã phối hợp với các Sở Khoa học và Công nghệ lấy 240 mẫu ổ cắm, phích cắm, ổ cắm kéo dài và công tắc điện tại 18 tỉnh, thành phố để thử nghiệm theo QCVN 4:2009/BKHCN. Kết quả có 74 mẫu không đạt yêu cầu, chiếm 30,8% số mẫu thử nghiệm. Tỷ lệ này tăng 4,2 điểm phần trăm so với cùng kỳ năm 2023.

Các lỗi phổ biến là tiết diện dây dẫn nhỏ hơn công bố, vỏ nhựa dễ cháy, khả năng chịu nhiệt kém. Riêng nhóm ổ cắm kéo dài, tỷ lệ mẫu không đạt lên tới 41%; nhiều sản phẩm ghi dây 1,5 mm2 nhưng thực tế chỉ khoảng 0,75 mm2.

Theo thống kê, cả nước hiện có khoảng 320 doanh nghiệp sản xuất, lắp ráp ổ cắm, phích cắm và công tắc điện, trong đó hơn 60% là doanh nghiệp nhỏ và vừa. Năm 2023, thị trường thiết bị điện dân dụng (không gồm dây và cáp điện) ước đạt khoảng 1,2 tỷ USD. Hàng nhập khẩu chiếm khoảng 35% thị trường, chủ yếu từ Trung Quốc.

Từ ngày 1/7/2024, ổ cắm, phích cắm thuộc danh mục sản phẩm phải chứng nhận hợp quy trước khi lưu thông. Mục tiêu đến năm 2025, 100% ổ cắm, phích cắm lưu thông trên thị trường có dấu hợp quy CR.

Người dân có thể tra cứu thông tin chứng nhận trên cổng thông tin của Ủy ban hoặc gọi tổng đài 1800 6288.

Địa chỉ: Số 8 Hoàng Quốc Việt, quận Cầu Giấy, Hà Nội
"""

M5 = per("trong 5 tháng đầu năm", "2024-01-01", "2024-05-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 30% mẫu", "30", 30, "percent", "%", approx="over",
        subject="mẫu ổ cắm, phích cắm không đạt"),
    fig("lấy 240 mẫu", "240", 240, "count", "mẫu",
        subject="mẫu ổ cắm, phích cắm, ổ cắm kéo dài và công tắc điện lấy để thử nghiệm", period=M5),
    fig("tại 18 tỉnh", "18", 18, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố lấy mẫu", period=M5),
    fig("có 74 mẫu", "74", 74, "count", "mẫu", percent=30.8,
        subject="mẫu không đạt yêu cầu", period=inh(M5)),
    fig("tăng 4,2 điểm", "4,2", 4.2, "measure", "điểm phần trăm",
        subject="tỷ lệ mẫu không đạt tăng so với cùng kỳ", period=inh(M5)),
    fig("lên tới 41%", "41", 41, "percent", "%",
        subject="tỷ lệ mẫu ổ cắm kéo dài không đạt", period=inh(M5)),
    fig("ghi dây 1,5 mm2", "1,5", 1.5, "measure", "mm2",
        subject="tiết diện dây ghi trên sản phẩm", optional=True),
    fig("khoảng 0,75 mm2", "0,75", 0.75, "measure", "mm2", approx="about",
        subject="tiết diện dây thực tế"),
    fig("khoảng 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, lắp ráp ổ cắm, phích cắm và công tắc điện"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="doanh nghiệp nhỏ và vừa trong số doanh nghiệp sản xuất, lắp ráp ổ cắm, phích cắm và công tắc điện"),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "USD", approx="about", status="estimate",
        subject="thị trường thiết bị điện dân dụng", period=Y23),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="hàng nhập khẩu trong thị trường thiết bị điện dân dụng", period=inh(Y23)),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="ổ cắm, phích cắm lưu thông trên thị trường có dấu hợp quy CR", period=T25),
]

NOTES = [
    "Ministry site (Bộ Khoa học và Công nghệ): breadcrumb, '20/06/2024 | 08:45 | Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia'.",
    "National figures: location Việt Nam throughout (a count of provinces, 'cả nước', a national agency's totals).",
    "Distractors: 08:45, 'QCVN 4:2009/BKHCN', 'Từ ngày 1/7/2024', 'dấu hợp quy CR', hotline '1800 6288', 'Số 8 Hoàng Quốc Việt'.",
    "Period: 'trong 5 tháng đầu năm' takes 2024 from 'năm 2024' earlier in the sentence (which names the yearly plan, not the figures).",
    "'74 mẫu ... chiếm 30,8%' → percent 30.8; no part-of cue ('trên tổng số' etc.), so no total 240.",
    "'Tỷ lệ này tăng 4,2 điểm phần trăm' stands as its own sentence: a change as the claim, measure in 'điểm phần trăm'.",
    "'ghi dây 1,5 mm2' is what the label claims, not a fact about the product: optional. 'thực tế chỉ khoảng 0,75 mm2' is required.",
    "'trong đó hơn 60% là doanh nghiệp nhỏ và vừa' is a percent figure of its own (a percent has no whole in doanh nghiệp).",
    "'Hàng nhập khẩu chiếm khoảng 35% thị trường' stands in its own sentence with its own subject: a percent figure, actual, not",
    "an attribute of 1,2 tỷ USD. 'Mục tiêu đến năm 2025, 100% ...' → target, start null, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1498-4", TEXT, NOTES, FIGS, published="2024-06-20", location="Việt Nam")
