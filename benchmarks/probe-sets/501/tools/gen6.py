"""p501-6: national press (VnExpress style), social assistance standard raised to 500.000 đồng from 1/7/2024."""
from lib import emit, fig, per, chg

TEXT = """Thời sự › Chính sách

Thứ hai, 1/7/2024, 06:00 (GMT+7)

Trợ cấp xã hội tăng lên 500.000 đồng mỗi tháng từ hôm nay

Mức chuẩn trợ giúp xã hội tăng từ 360.000 đồng lên 500.000 đồng mỗi tháng, tăng gần 39%, áp dụng từ 1/7 theo Nghị định 76/2024 của Chính phủ.

Theo Bộ Lao động - Thương binh và Xã hội, cả nước hiện có khoảng 3,3 triệu người hưởng trợ cấp xã hội hằng tháng, trong đó hơn 1,8 triệu người cao tuổi, 1,1 triệu người khuyết tật và gần 60.000 trẻ em mồ côi, trẻ em không có nguồn nuôi dưỡng.

Với mức chuẩn mới, người từ đủ 80 tuổi trở lên không có lương hưu được nhận 750.000 đồng mỗi tháng thay vì 540.000 đồng như trước. Trẻ em khuyết tật đặc biệt nặng được hưởng 1,5 triệu đồng/tháng. Tuổi hưởng trợ cấp đối với người cao tuổi thuộc hộ nghèo không có người phụng dưỡng giảm từ 80 xuống 75 tuổi.

Bộ Tài chính ước tính tổng kinh phí tăng thêm để thực hiện chính sách khoảng 7.500 tỷ đồng mỗi năm, nâng tổng chi trợ cấp xã hội hằng tháng lên gần 27.000 tỷ đồng/năm.

Năm 2023, ngân sách đã chi 19.300 tỷ đồng trợ cấp hằng tháng. Tỷ lệ đối tượng nhận trợ cấp qua tài khoản ngân hàng mới đạt 18,6%, dự kiến đến cuối năm 2024 đạt khoảng 35%.

Đại diện Cục Bảo trợ xã hội cho biết Bộ đang đề xuất nâng mức chuẩn nghèo giai đoạn 2026-2030 và sẽ trình Chính phủ trong quý IV.

Hồng Chiêu
"""

FIGS = [
    fig("tăng lên 500.000 đồng mỗi tháng từ", "500.000", 500000, "money", "đồng/tháng",
        subject="trợ cấp xã hội"),
    fig("từ 360.000 đồng lên", "360.000", 360000, "money", "đồng", subject="mức chuẩn trợ giúp xã hội trước đây"),
    fig("lên 500.000 đồng mỗi tháng, tăng", "500.000", 500000, "money", "đồng/tháng",
        change=chg("increase", 39, "%", approx="nearly"), subject="mức chuẩn trợ giúp xã hội"),
    fig("khoảng 3,3 triệu người", "3,3", 3300000, "count", "người", approx="about",
        subject="người hưởng trợ cấp xã hội hằng tháng"),
    fig("hơn 1,8 triệu người", "1,8", 1800000, "count", "người", approx="over", total=3300000,
        subject="người cao tuổi hưởng trợ cấp xã hội hằng tháng"),
    fig("1,1 triệu người khuyết tật", "1,1", 1100000, "count", "người", total=3300000,
        subject="người khuyết tật hưởng trợ cấp xã hội hằng tháng"),
    fig("gần 60.000 trẻ em", "60.000", 60000, "count", "trẻ em", approx="nearly", total=3300000,
        subject="trẻ em mồ côi, trẻ em không có nguồn nuôi dưỡng hưởng trợ cấp"),
    fig("từ đủ 80 tuổi", "80", 80, "measure", "tuổi", optional=True),
    fig("nhận 750.000 đồng mỗi tháng", "750.000", 750000, "money", "đồng/tháng",
        subject="trợ cấp người từ đủ 80 tuổi trở lên không có lương hưu"),
    fig("thay vì 540.000 đồng", "540.000", 540000, "money", "đồng",
        subject="trợ cấp người từ đủ 80 tuổi trở lên không có lương hưu trước đây"),
    fig("1,5 triệu đồng/tháng", "1,5", 1500000, "money", "đồng/tháng",
        subject="trợ cấp trẻ em khuyết tật đặc biệt nặng"),
    fig("giảm từ 80 xuống", "80", 80, "measure", "tuổi", optional=True),
    fig("xuống 75 tuổi", "75", 75, "measure", "tuổi", optional=True),
    fig("khoảng 7.500 tỷ đồng mỗi năm", "7.500", 7500000000000, "money", "đồng/năm", approx="about",
        status="estimate", subject="tổng kinh phí tăng thêm để thực hiện chính sách"),
    fig("gần 27.000 tỷ đồng/năm", "27.000", 27000000000000, "money", "đồng/năm", approx="nearly",
        status="estimate", subject="tổng chi trợ cấp xã hội hằng tháng"),
    fig("chi 19.300 tỷ đồng", "19.300", 19300000000000, "money", "đồng",
        subject="ngân sách chi trợ cấp hằng tháng", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("mới đạt 18,6%", "18,6", 18.6, "percent", "%",
        subject="tỷ lệ đối tượng nhận trợ cấp qua tài khoản ngân hàng"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about", status="forecast",
        subject="tỷ lệ đối tượng nhận trợ cấp qua tài khoản ngân hàng",
        period=per("đến cuối năm 2024", None, "2024-12-31")),
]

NOTES = [
    "National press (VnExpress style, 'Thứ hai, 1/7/2024, 06:00 (GMT+7)'): mức chuẩn trợ giúp xã hội 500.000 đồng from 1/7/2024.",
    "'tăng từ 360.000 đồng lên 500.000 đồng …, tăng gần 39%': both levels are money figures (the old one is not a change); the 39% is the",
    "change of 500.000. 'mỗi tháng'/'mỗi năm' are rates: unit đồng/tháng, đồng/năm. Age thresholds (80, 75 tuổi) are optional.",
    "No period phrase for the new levels ('từ hôm nay', 'từ 1/7' are dates): none given. 'quý IV', 'giai đoạn 2026-2030', 'Nghị định 76/2024' are not figures.",
    "18,6% stands in its own sentence with its own subject (tỷ lệ …): a figure, not a share of 19.300 tỷ.",
]

if __name__ == "__main__":
    emit("p501-6", TEXT, NOTES, FIGS, published="2024-07-01", location="Việt Nam")
