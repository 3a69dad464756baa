"""p1242-8: provincial newspaper online (Báo Thái Bình, '(TBO) -'): beer 6 months 2024, a brewery in Tiền Hải, food-safety checks."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Thái Bình điện tử > Kinh tế

Sản lượng bia 6 tháng tăng gần 7%

Thứ Sáu, 05/07/2024 | 16:30

(TBO) - Theo Cục Thống kê tỉnh, 6 tháng đầu năm, sản lượng bia các loại trên địa bàn tỉnh đạt 31,8 triệu lít, tăng 6,9% so với cùng kỳ năm 2023, bằng 48,2% kế hoạch năm. Riêng tháng 6, sản lượng đạt 6,4 triệu lít, cao nhất từ đầu năm nhờ thời tiết nắng nóng.

Tại Khu công nghiệp Tiền Hải, huyện Tiền Hải, Công ty cổ phần Bia Hà Thái sản xuất 19,5 triệu lít, chiếm 61,3% sản lượng toàn tỉnh. Công ty vừa hoàn thành nâng công suất nhà máy từ 40 triệu lên 50 triệu lít/năm với tổng vốn đầu tư gần 95 tỷ đồng, tạo việc làm thêm cho 45 lao động địa phương.

Giá bia hơi tại các quán trên địa bàn TP Thái Bình phổ biến từ 12.000 đến 15.000 đồng/cốc, tăng khoảng 2.000 đồng so với năm 2023.

Từ đầu năm đến nay, đoàn kiểm tra liên ngành đã kiểm tra 126 cơ sở kinh doanh bia hơi, bia tươi, phát hiện 14 cơ sở vi phạm, xử phạt hơn 47 triệu đồng; tiêu hủy 320 lít bia không rõ nguồn gốc.

6 tháng cuối năm, ngành công thương phấn đấu sản xuất khoảng 34 triệu lít bia, nâng tổng sản lượng cả năm lên trên 65 triệu lít. Dự kiến trong quý III, tỉnh tổ chức một đợt kiểm tra cao điểm về an toàn thực phẩm đối với cơ sở sản xuất bia thủ công.

Thu Hiền
"""

H6 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6h = per("6 tháng", "2024-01-01", "2024-06-30")
M6 = per("tháng 6", "2024-06-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-05")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
TH = "Tiền Hải"

FIGS = [
    fig("tăng gần 7%", "7", 7, "percent", "%", approx="nearly", subject="sản lượng bia", period=H6h),
    fig("đạt 31,8 triệu", "31,8", 31.8e6, "measure", "lít", percent=48.2,
        change=chg("increase", 6.9, "%", "cùng kỳ năm 2023"), subject="sản lượng bia các loại", period=H6),
    fig("đạt 6,4 triệu", "6,4", 6.4e6, "measure", "lít", subject="sản lượng bia", period=M6),
    fig("xuất 19,5 triệu", "19,5", 19.5e6, "measure", "lít", percent=61.3,
        subject="sản lượng bia Công ty cổ phần Bia Hà Thái sản xuất", period=inh(H6), location=TH),
    fig("từ 40 triệu", "40", 40e6, "measure", "lít/năm", subject="công suất nhà máy trước khi nâng",
        location=TH, optional=True),
    fig("lên 50 triệu", "50", 50e6, "measure", "lít/năm", subject="công suất nhà máy", location=TH),
    fig("gần 95 tỷ", "95", 95e9, "money", "đồng", approx="nearly", subject="tổng vốn đầu tư nâng công suất nhà máy",
        location=TH),
    fig("cho 45 lao động", "45", 45, "count", "lao động", subject="lao động địa phương được tạo việc làm thêm",
        location=TH),
    fig("từ 12.000 đến 15.000", "12.000", 12000, "money", "đồng/cốc", value_max=15000,
        change=chg("increase", 2000, "đồng", "năm 2023", approx="about"),
        subject="giá bia hơi tại các quán", location="Thái Bình"),
    fig("kiểm tra 126 cơ sở", "126", 126, "count", "cơ sở", subject="cơ sở kinh doanh bia hơi, bia tươi được kiểm tra",
        period=YTD),
    fig("phát hiện 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở vi phạm", period=YTD),
    fig("hơn 47 triệu", "47", 47e6, "money", "đồng", approx="over", subject="tiền xử phạt cơ sở vi phạm", period=YTD),
    fig("hủy 320 lít", "320", 320, "measure", "lít", subject="bia không rõ nguồn gốc bị tiêu hủy", period=YTD),
    fig("khoảng 34 triệu", "34", 34e6, "measure", "lít", approx="about", status="target",
        subject="sản lượng bia sản xuất", period=H2),
    fig("trên 65 triệu", "65", 65e6, "measure", "lít", approx="over", status="target",
        subject="tổng sản lượng bia cả năm", period=YEAR),
    fig("một đợt", "một", 1, "count", "đợt", status="forecast",
        subject="đợt kiểm tra cao điểm về an toàn thực phẩm đối với cơ sở sản xuất bia thủ công", period=Q3),
]

NOTES = [
    "Provincial newspaper online (Báo Thái Bình): headline figure, 'Thứ Sáu, 05/07/2024 | 16:30', tag '(TBO) -', byline at the end.",
    "Distractors: 16:30, tag TBO, 'Cục Thống kê', 'Khu công nghiệp Tiền Hải' (place). Year-less '6 tháng đầu năm', 'tháng 6', '6 tháng cuối năm',",
    "'cả năm', 'quý III' take 2024 (dateline). 'Từ đầu năm đến nay' ends at 2024-07-05.",
    "Headline 'Sản lượng bia 6 tháng tăng gần 7%' is a growth rate as the claim (percent, nearly). The brewery in huyện Tiền Hải → location Tiền Hải;",
    "its 19,5 triệu lít inherits '6 tháng đầu năm'. 'nâng công suất từ 40 triệu lên 50 triệu lít/năm' is a step, not a range: 50 triệu required,",
    "the old capacity 40 triệu optional. Beer price in TP Thái Bình: location Thái Bình; 'tăng khoảng 2.000 đồng so với năm 2023' is its change.",
    "'phát hiện 14 cơ sở vi phạm' after '126 cơ sở' has no part-of-whole cue: no total.",
]

if __name__ == "__main__":
    write("p1242-8", TEXT, NOTES, FIGS, published="2024-07-05", location="Thái Bình")
