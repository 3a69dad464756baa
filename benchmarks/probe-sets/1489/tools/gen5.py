"""p1489-5: Party newspaper (Báo Bình Dương): a slow-juicer maker in TP Tân Uyên exporting; province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÌNH DƯƠNG ĐIỆN TỬ
Kinh tế | Doanh nghiệp - Doanh nhân

Máy ép chậm "made in Bình Dương" vươn ra thế giới

Thứ Hai, 12/08/2024, 07:35

(BDO) - Từ một xưởng lắp ráp nhỏ, Công ty TNHH Thiết bị gia dụng Hòa Lợi nay đã có nhà máy rộng 3,2 ha tại Khu công nghiệp Nam Tân Uyên, TP Tân Uyên, xuất khẩu máy ép trái cây sang 12 quốc gia.

Ông Lê Quang Vinh, Tổng Giám đốc công ty cho biết, 7 tháng đầu năm 2024, công ty sản xuất 215.000 máy ép chậm và khoảng 140.000 máy xay sinh tố cầm tay, doanh thu xuất khẩu đạt 19,6 triệu USD, tăng 23% so với cùng kỳ năm 2023. Trong đó, thị trường Nhật Bản chiếm 41%, EU chiếm 27%.

Nhà máy hiện có 5 dây chuyền tự động với công suất 1.800 sản phẩm/ca, sử dụng 620 công nhân, thu nhập bình quân từ 9 đến 12 triệu đồng/người/tháng. Tỷ lệ nội địa hóa sản phẩm đạt khoảng 48%, cao hơn 10 điểm phần trăm so với năm 2020. Giá xuất xưởng mỗi máy ép chậm từ 65 đến 90 USD, thấp hơn khoảng 20% so với sản phẩm cùng loại nhập khẩu từ Hàn Quốc.

"Chúng tôi đầu tư riêng một phòng thí nghiệm để tự kiểm tra độ ồn, độ bền động cơ theo yêu cầu của khách hàng", ông Vinh nói.

Năm nay, công ty đặt mục tiêu doanh thu 38 triệu USD và dự kiến tuyển thêm khoảng 150 lao động cho dây chuyền thứ sáu.

Theo Sở Công Thương, Bình Dương hiện có 19 doanh nghiệp sản xuất đồ điện gia dụng. 7 tháng năm nay, kim ngạch xuất khẩu nhóm hàng này đạt gần 410 triệu USD, chiếm 1,9% tổng kim ngạch xuất khẩu của tỉnh.

PHƯƠNG THẢO
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7b = per("7 tháng năm nay", "2024-01-01", "2024-07-31")
YN = per("Năm nay", "2024-01-01", "2024-12-31")
TU = "Tân Uyên"

FIGS = [
    fig("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích nhà máy", location=TU),
    fig("sang 12 quốc gia", "12", 12, "count", "quốc gia",
        subject="quốc gia công ty xuất khẩu máy ép trái cây sang", location=TU),
    fig("xuất 215.000 máy", "215.000", 215000, "count", "máy ép chậm",
        subject="máy ép chậm công ty sản xuất", period=M7, location=TU),
    fig("khoảng 140.000 máy", "140.000", 140000, "count", "máy xay sinh tố", approx="about",
        subject="máy xay sinh tố cầm tay công ty sản xuất", period=M7, location=TU),
    fig("đạt 19,6 triệu", "19,6", 19.6e6, "money", "USD", change=chg("increase", 23, "%", "cùng kỳ năm 2023"),
        subject="doanh thu xuất khẩu", period=M7, location=TU),
    fig("chiếm 41%", "41", 41, "percent", "%", subject="thị trường Nhật Bản trong doanh thu xuất khẩu",
        period=inh(M7), location=TU),
    fig("chiếm 27%", "27", 27, "percent", "%", subject="thị trường EU trong doanh thu xuất khẩu",
        period=inh(M7), location=TU),
    fig("có 5 dây chuyền", "5", 5, "count", "dây chuyền", subject="dây chuyền tự động", location=TU),
    fig("suất 1.800 sản phẩm", "1.800", 1800, "measure", "sản phẩm/ca",
        subject="công suất dây chuyền", location=TU),
    fig("dụng 620 công nhân", "620", 620, "count", "công nhân", subject="công nhân nhà máy sử dụng",
        location=TU),
    fig("từ 9 đến 12 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=12e6,
        subject="thu nhập bình quân công nhân", location=TU),
    fig("khoảng 48%", "48", 48, "percent", "%", approx="about",
        change=chg("increase", 10, "điểm phần trăm", "năm 2020"),
        subject="tỷ lệ nội địa hóa sản phẩm", location=TU),
    fig("từ 65 đến 90 USD", "65", 65, "money", "USD/máy", value_max=90,
        change=chg("decrease", 20, "%", "sản phẩm cùng loại nhập khẩu từ Hàn Quốc", approx="about"),
        subject="giá xuất xưởng máy ép chậm", location=TU),
    fig("riêng một phòng", "một", 1, "count", "phòng thí nghiệm",
        subject="phòng thí nghiệm công ty đầu tư", location=TU, optional=True),
    fig("doanh thu 38 triệu", "38", 38e6, "money", "USD", status="target",
        subject="doanh thu của công ty", period=YN, location=TU),
    fig("khoảng 150 lao động", "150", 150, "count", "lao động", approx="about", status="forecast",
        subject="lao động tuyển thêm cho dây chuyền thứ sáu", period=YN, location=TU),
    fig("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất đồ điện gia dụng"),
    fig("gần 410 triệu", "410", 410e6, "money", "USD", approx="nearly", percent=1.9,
        subject="kim ngạch xuất khẩu nhóm hàng đồ điện gia dụng", period=M7b),
]

NOTES = [
    "Party newspaper (Báo Bình Dương): section menu, 'Thứ Hai, 12/08/2024, 07:35', tag '(BDO) -', sapo, quote, byline PHƯƠNG THẢO.",
    "Distractors: 07:35, 'made in', 'Khu công nghiệp Nam Tân Uyên', 'dây chuyền thứ sáu' (ordinal), 'năm 2020' / 'năm 2023' baselines.",
    "The company passage in TP Tân Uyên: location Tân Uyên; the last paragraph (Sở Công Thương, province) is Bình Dương.",
    "'Trong đó, thị trường Nhật Bản chiếm 41%, EU chiếm 27%' are percent figures of their own (shares with no amount; Nhật Bản, EU are markets).",
    "'khoảng 48%, cao hơn 10 điểm phần trăm so với năm 2020' → change 10 in 'điểm phần trăm' on the level 48%.",
    "'từ 65 đến 90 USD, thấp hơn khoảng 20% so với ...' → range with a decrease change, approx about inside the change.",
    "'Năm nay' = 2024 (published). 'đặt mục tiêu' → target; 'dự kiến tuyển thêm' → forecast.",
    "Optional: 'đầu tư riêng một phòng thí nghiệm' inside a quote ('một' reads as the article 'a' as much as a count).",
]

if __name__ == "__main__":
    write("p1489-5", TEXT, NOTES, FIGS, published="2024-08-12", location="Bình Dương")
