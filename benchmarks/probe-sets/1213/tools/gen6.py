"""p1213-6: national newspaper, Bình Định plywood mills looking beyond the US market."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ Năm, 14/11/2024, 07:45 (GMT+7)

Nhà máy gỗ dán Bình Định tìm đơn hàng ngoài thị trường Mỹ

Đơn hàng sang Mỹ sụt giảm, nhiều nhà máy gỗ dán ở Bình Định phải giảm ca, chuyển hướng sang Hàn Quốc, Trung Đông.

Tại Khu công nghiệp Phú Tài (TP Quy Nhơn), một nhà máy gỗ dán có 420 công nhân hiện chỉ chạy một ca thay vì hai ca như trước, công suất còn khoảng 60%. Giám đốc nhà máy cho biết 10 tháng năm nay, đơn hàng sang Mỹ giảm 45% so với cùng kỳ; nhà máy đã cho 150 công nhân nghỉ luân phiên.

Theo Sở Công Thương Bình Định, 10 tháng năm 2024, kim ngạch xuất khẩu gỗ dán của tỉnh ước đạt 62,4 triệu USD, giảm 18,7% so với cùng kỳ. Hiện chỉ 17/24 doanh nghiệp gỗ dán trên địa bàn còn duy trì sản xuất đều. Bình Định vẫn xếp thứ 4 cả nước về kim ngạch xuất khẩu gỗ và sản phẩm gỗ.

Tại các bãi gỗ ở huyện Phù Cát, giá keo nguyên liệu giảm còn 1,05-1,1 triệu đồng/tấn, thấp hơn khoảng 150.000 đồng/tấn so với đầu năm.

Theo Hiệp hội Gỗ và Lâm sản Việt Nam (Viforest), cả nước có khoảng 450 nhà máy gỗ dán với công suất thiết kế trên 5 triệu m3/năm, nhưng năm 2024 chỉ khai thác khoảng 55-60% công suất. Ông Đỗ Xuân Lập, Chủ tịch Viforest, dự báo năm 2025 xuất khẩu gỗ dán sang Mỹ có thể giảm thêm 10-15%, doanh nghiệp cần đa dạng thị trường và đầu tư chứng chỉ FSC.

Thanh Hà
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
QN, PC, VN = "Quy Nhơn", "Phù Cát", "Việt Nam"

FIGS = [
    fig("có 420 công nhân", "420", 420, "count", "công nhân", subject="công nhân của nhà máy gỗ dán", location=QN),
    fig("chạy một ca", "một", 1, "count", "ca", subject="ca sản xuất của nhà máy", location=QN),
    fig("hai ca như trước", "hai", 2, "count", "ca", subject="ca sản xuất của nhà máy trước đây", location=QN,
        optional=True),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", subject="công suất nhà máy", location=QN),
    fig("giảm 45%", "45", 45, "percent", "%", subject="đơn hàng sang Mỹ giảm", location=QN,
        period=per("10 tháng năm nay", "2024-01-01", "2024-10-31")),
    fig("cho 150 công nhân", "150", 150, "count", "công nhân", subject="công nhân nghỉ luân phiên", location=QN),
    fig("ước đạt 62,4 triệu USD", "62,4", 62.4e6, "money", "USD", status="estimate",
        change=chg("decrease", 18.7, "%", "cùng kỳ"), subject="kim ngạch xuất khẩu gỗ dán", period=M10),
    fig("chỉ 17/24", "17", 17, "count", "doanh nghiệp", total=24,
        subject="doanh nghiệp gỗ dán còn duy trì sản xuất đều"),
    fig("xếp thứ 4", "4", 4, "rank", "hạng", subject="kim ngạch xuất khẩu gỗ và sản phẩm gỗ"),
    fig("còn 1,05-1,1 triệu", "1,05", 1.05e6, "money", "đồng/tấn", value_max=1.1e6,
        change=chg("decrease", 150000, "đồng/tấn", "đầu năm", approx="about"),
        subject="giá keo nguyên liệu tại các bãi gỗ", location=PC),
    fig("khoảng 450 nhà máy", "450", 450, "count", "nhà máy", approx="about", subject="nhà máy gỗ dán",
        location=VN),
    fig("trên 5 triệu m3/năm", "5", 5e6, "measure", "m3/năm", approx="over",
        subject="công suất thiết kế của các nhà máy gỗ dán", location=VN),
    fig("khoảng 55-60%", "55", 55, "percent", "%", value_max=60, approx="about",
        subject="tỷ lệ công suất nhà máy gỗ dán được khai thác", location=VN,
        period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("giảm thêm 10-15%", "10", 10, "percent", "%", value_max=15, status="forecast",
        subject="xuất khẩu gỗ dán sang Mỹ giảm thêm", location=VN,
        period=per("năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ Năm, 14/11/2024, 07:45 (GMT+7)' (published), byline at the end.",
    "Mill in 'Khu công nghiệp Phú Tài (TP Quy Nhơn)': its figures get Quy Nhơn, also in the next sentence ('Giám đốc nhà máy').",
    "'một ca' is a number word (count); 'hai ca như trước' describes the past (optional). 'giảm 45% so với cùng kỳ' with no base",
    "amount is a rate standing as the claim. '17/24 doanh nghiệp' -> total 24. 'xếp thứ 4 cả nước' is a rank of Bình Định.",
    "Viforest figures are national (Việt Nam). Mỹ, Hàn Quốc, Trung Đông are markets, not places of figures.",
    "Distractors: '07:45', '(GMT+7)', 'Khu công nghiệp Phú Tài'.",
]

if __name__ == "__main__":
    write("p1213-6", TEXT, NOTES, FIGS, published="2024-11-14", location="Bình Định")
