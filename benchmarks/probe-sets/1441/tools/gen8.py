"""p1441-8: radio/TV site (Đài PT-TH Sóc Trăng): food-safety checks on moon-cake and bánh pía bakeries, August 2023."""
from lib import fig, per, inh, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Tăng cường kiểm tra an toàn thực phẩm cơ sở sản xuất bánh trung thu

28/08/2023 - 17:45

Video: Bản tin Thời sự STV 18 giờ (thời lượng 02:15)

Từ ngày 14/8 đến nay, Đoàn kiểm tra liên ngành về an toàn thực phẩm tỉnh Sóc Trăng đã kiểm tra 47 cơ sở sản xuất, kinh doanh bánh trung thu, bánh pía tại TP Sóc Trăng, thị xã Vĩnh Châu và huyện Mỹ Xuyên. Qua kiểm tra, đoàn phát hiện 5 cơ sở vi phạm, chiếm 10,6% số cơ sở được kiểm tra; xử phạt hành chính 4 cơ sở với tổng số tiền 36,5 triệu đồng; buộc tiêu hủy gần 1.300 cái bánh không rõ nguồn gốc và 120 kg nhân bánh quá hạn sử dụng.

Lỗi vi phạm chủ yếu là không có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm và ghi nhãn hàng hóa không đúng quy định (chiếm khoảng 60% số lỗi vi phạm).

Theo Chi cục An toàn vệ sinh thực phẩm, toàn tỉnh hiện có 142 cơ sở sản xuất bánh trung thu, bánh pía, trong đó 118 cơ sở đã được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm, đạt 83,1%. Tỉnh đặt chỉ tiêu đến ngày 31/12/2023, 100% cơ sở sản xuất bánh pía có giấy chứng nhận.

Trên thị trường, giá bánh trung thu, bánh pía năm nay tăng khoảng 5-10% so với năm 2022; bánh pía sầu riêng phổ biến 65.000-80.000 đồng/hộp.

Bà Trần Thị Kim Loan, Phó Chi cục trưởng, cho biết từ nay đến rằm tháng Tám, đoàn dự kiến kiểm tra thêm khoảng 30 cơ sở, tập trung vào các lò bánh thủ công hoạt động theo mùa vụ. Người dân phát hiện vi phạm có thể báo qua đường dây nóng 0299.3628.115.

Kim Ngân - Hữu Phước / STV

Tin cùng chuyên mục:
- Sóc Trăng: ra quân kiểm tra hàng giả, hàng kém chất lượng dịp Tết Trung thu
"""

SINCE = per("Từ ngày 14/8 đến nay", "2023-08-14", "2023-08-28")
ASOF = per("đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("năm nay", "2023-01-01", "2023-12-31")

FIGS = [
    fig("kiểm tra 47 cơ sở", "47", 47, "count", "cơ sở",
        subject="cơ sở sản xuất, kinh doanh bánh trung thu, bánh pía được kiểm tra", period=SINCE),
    fig("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", percent=10.6, subject="cơ sở vi phạm", period=inh(SINCE)),
    fig("chính 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở bị xử phạt hành chính", period=inh(SINCE)),
    fig("tiền 36,5 triệu", "36,5", 36.5e6, "money", "đồng", subject="tổng số tiền xử phạt hành chính",
        period=inh(SINCE)),
    fig("gần 1.300 cái", "1.300", 1300, "count", "cái", approx="nearly",
        subject="bánh không rõ nguồn gốc buộc tiêu hủy", period=inh(SINCE)),
    fig("và 120 kg", "120", 120, "measure", "kg", subject="nhân bánh quá hạn sử dụng buộc tiêu hủy",
        period=inh(SINCE)),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="lỗi vi phạm chủ yếu"),
    fig("có 142 cơ sở", "142", 142, "count", "cơ sở", subject="cơ sở sản xuất bánh trung thu, bánh pía"),
    fig("trong đó 118 cơ sở", "118", 118, "count", "cơ sở", total=142, percent=83.1,
        subject="cơ sở đã được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    fig("2023, 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất bánh pía có giấy chứng nhận", period=ASOF),
    fig("khoảng 5-10%", "5", 5, "percent", "%", value_max=10, approx="about",
        subject="giá bánh trung thu, bánh pía", period=Y23),
    fig("phổ biến 65.000-80.000", "65.000", 65000, "money", "đồng/hộp", value_max=80000,
        subject="giá bánh pía sầu riêng", period=Y23),
    fig("khoảng 30 cơ sở", "30", 30, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở đoàn kiểm tra thêm"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Sóc Trăng): menu, '28/08/2023 - 17:45', video caption '18 giờ (thời lượng 02:15)', byline '/ STV', related link.",
    "Distractors: 17:45, '18 giờ', '02:15', 'ngày 14/8', 'rằm tháng Tám' (lunar date), hotline 0299.3628.115.",
    "'Từ ngày 14/8 đến nay' → 2023-08-14 .. published 2023-08-28 for the 47 cơ sở; the next sentence's figures inherit it (not scored).",
    "'5 cơ sở vi phạm, chiếm 10,6% số cơ sở được kiểm tra' → percent attribute 10,6; no number for the whole in that clause, so no total.",
    "'xử phạt hành chính 4 cơ sở' has no part-of cue: no total.",
    "'trong đó 118 cơ sở ..., đạt 83,1%' → total 142 and percent 83,1.",
    "'Tỉnh đặt chỉ tiêu đến ngày 31/12/2023, 100% ...' → target, as-of end 2023-12-31 (start null).",
    "'năm nay' = 2023 (dateline) heads both clauses of the price sentence; 'tăng khoảng 5-10% so với năm 2022' is a growth rate as the claim.",
    "'từ nay đến rằm tháng Tám' is a lunar date with no calendar date in the text: no period for the 30 cơ sở (forecast, 'dự kiến').",
]

if __name__ == "__main__":
    write("p1441-8", TEXT, NOTES, FIGS, published="2023-08-28", location="Sóc Trăng")
