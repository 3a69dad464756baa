"""p1479-5: provincial newspaper (Báo Hải Dương, tag (BHD)): a thermometer maker in huyện Bình Giang."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO HẢI DƯƠNG ĐIỆN TỬ
Kinh tế | Doanh nghiệp - Doanh nhân

Doanh nghiệp Bình Giang đưa nhiệt kế điện tử ra thế giới

18/07/2024 07:30

Từ một xưởng lắp ráp nhỏ, Công ty TNHH Thiết bị y tế Việt Khang ở cụm công nghiệp Kẻ Sặt (huyện Bình Giang) nay đã xuất khẩu nhiệt kế điện tử, máy đo huyết áp sang 7 quốc gia.

(BHD) - Thành lập năm 2017, hiện công ty có hai nhà xưởng với tổng diện tích khoảng 4.500 m2, 3 dây chuyền tự động, công suất 1,2 triệu sản phẩm/năm. Năm 2023, doanh thu của công ty đạt 168 tỷ đồng, tăng 21% so với năm 2022; nộp ngân sách hơn 9 tỷ đồng. 6 tháng đầu năm nay, công ty tiêu thụ khoảng 540.000 sản phẩm, trong đó xuất khẩu chiếm 45%.

Giá bán lẻ nhiệt kế điện tử VK-IR05 của công ty từ 85.000 đến 150.000 đồng/chiếc, thấp hơn khoảng 25% so với hàng nhập khẩu cùng loại. Công ty giải quyết việc làm cho 126 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng.

Ông Nguyễn Văn Khải, Giám đốc công ty cho biết: "Năm nay, chúng tôi phấn đấu doanh thu đạt 200 tỷ đồng và dự kiến tuyển thêm khoảng ba chục lao động khi đưa dây chuyền thứ tư vào vận hành".

Toàn tỉnh Hải Dương hiện có 11 doanh nghiệp sản xuất trang thiết bị y tế, tập trung tại TP Hải Dương và huyện Cẩm Giàng.

THÀNH CHUNG

Tin liên quan:
- Hải Dương nâng chất lượng sản phẩm OCOP 4 sao
- Cụm công nghiệp Kẻ Sặt mở rộng giai đoạn 2
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H6 = per("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
NN = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("sang 7 quốc gia", "7", 7, "count", "quốc gia",
        subject="quốc gia công ty xuất khẩu nhiệt kế điện tử, máy đo huyết áp"),
    fig("có hai nhà xưởng", "hai", 2, "count", "nhà xưởng", subject="nhà xưởng của công ty"),
    fig("khoảng 4.500 m2", "4.500", 4500, "measure", "m2", approx="about", subject="tổng diện tích nhà xưởng"),
    fig("3 dây chuyền", "3", 3, "count", "dây chuyền", subject="dây chuyền tự động"),
    fig("1,2 triệu sản phẩm/năm", "1,2", 1.2e6, "measure", "sản phẩm/năm", subject="công suất"),
    fig("đạt 168 tỷ", "168", 168e9, "money", "đồng", change=chg("increase", 21, "%", "năm 2022"),
        subject="doanh thu của công ty", period=Y23),
    fig("hơn 9 tỷ", "9", 9e9, "money", "đồng", approx="over", subject="nộp ngân sách của công ty", period=Y23),
    fig("khoảng 540.000 sản phẩm", "540.000", 540000, "count", "sản phẩm", approx="about",
        subject="sản phẩm công ty tiêu thụ", period=H6),
    fig("chiếm 45%", "45", 45, "percent", "%", subject="tỷ trọng xuất khẩu trong sản phẩm tiêu thụ", period=H6),
    fig("từ 85.000 đến 150.000", "85.000", 85000, "money", "đồng/chiếc", value_max=150000,
        change=chg("decrease", 25, "%", "hàng nhập khẩu cùng loại", approx="about"),
        subject="giá bán lẻ nhiệt kế điện tử VK-IR05 của công ty"),
    fig("cho 126 lao động", "126", 126, "count", "lao động", subject="lao động công ty giải quyết việc làm"),
    fig("8,2 triệu đồng/người/tháng", "8,2", 8.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("đạt 200 tỷ", "200", 200e9, "money", "đồng", status="target", subject="doanh thu", period=NN),
    fig("khoảng ba chục lao động", "ba chục", 30, "count", "lao động", approx="about", status="forecast",
        subject="lao động công ty tuyển thêm", period=NN),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất trang thiết bị y tế",
        location="Hải Dương"),
]

NOTES = [
    "Provincial newspaper (Báo Hải Dương): sapo, tag '(BHD) -', dateline '18/07/2024 07:30', byline, related links.",
    "Distractors: founding year 'năm 2017', 'VK-IR05' (a model), 'dây chuyền thứ tư' (ordinal), link titles with 'OCOP 4 sao' and 'giai đoạn 2'",
    "(page furniture, not the article's claims), time 07:30.",
    "Company figures (cụm công nghiệp Kẻ Sặt, huyện Bình Giang) are located in Bình Giang; the province count is Hải Dương.",
    "'hai nhà xưởng' and 'ba chục lao động' are number words (2, 30). 'Năm nay' and '6 tháng đầu năm nay' take the year of published (2024).",
    "'trong đó xuất khẩu chiếm 45%' is a percent figure of its own. 'thấp hơn khoảng 25% so với hàng nhập khẩu cùng loại' is the price range's change.",
    "The quote 'phấn đấu doanh thu đạt 200 tỷ đồng' is target; 'dự kiến tuyển thêm khoảng ba chục lao động' is forecast (its own cue).",
]

if __name__ == "__main__":
    write("p1479-5", TEXT, NOTES, FIGS, published="2024-07-18", location="Bình Giang")
