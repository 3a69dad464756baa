"""p1500-4: provincial newspaper (Báo Bắc Giang, tag '(BGĐT) -'): a rubber doormat exporter in Việt Yên; province totals."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Thứ Sáu, 19/07/2024 07:15

Doanh nghiệp thảm cao su tăng tốc xuất khẩu

(BGĐT) - 6 tháng đầu năm 2024, Công ty TNHH Thảm Hoàng Phúc tại Khu công nghiệp Quang Châu (thị xã Việt Yên) xuất khẩu hơn 1,2 triệu sản phẩm thảm chùi chân và thảm lót sàn, doanh thu đạt 185 tỷ đồng, tăng 23% so với cùng kỳ.

Ông Ngô Đức Thắng, Giám đốc công ty cho biết, hiện công ty có 4 dây chuyền lưu hóa với công suất khoảng 12.000 tấm/ngày, sử dụng 420 lao động, trong đó gần 70% là người địa phương. Thu nhập bình quân của người lao động đạt 8,5 triệu đồng/người/tháng, cao hơn 7% so với năm 2023.

Khoảng 30% nguyên liệu của công ty là cao su tái chế từ lốp xe cũ, giúp giảm giá thành 10-12% so với dùng cao su nguyên sinh. Sản phẩm được xuất sang 14 quốc gia, trong đó thị trường Hoa Kỳ chiếm khoảng 55% doanh thu.

Để đón đơn hàng cuối năm, công ty đang xây dựng nhà xưởng mới rộng 3,2 ha với tổng vốn 15 triệu USD, dự kiến đi vào hoạt động trong quý IV, nâng công suất lên gấp đôi. Mục tiêu đến năm 2026, doanh thu của công ty đạt 500 tỷ đồng.

Theo Sở Công Thương, toàn tỉnh hiện có 9 doanh nghiệp sản xuất thảm các loại; 6 tháng qua, kim ngạch xuất khẩu thảm của tỉnh đạt 31,4 triệu USD, trong đó Công ty Hoàng Phúc đứng thứ 2 về kim ngạch.

HOÀI THU

Tin cùng chuyên mục:
- Bắc Giang: Thu hút vốn FDI 6 tháng đầu năm đạt kết quả tích cực
- Khánh thành nhà máy may tại Cụm công nghiệp Đồng Đình
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("6 tháng qua", "2024-01-01", "2024-06-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")
VY = "Việt Yên"

FIGS = [
    fig("hơn 1,2 triệu", "1,2", 1.2e6, "count", "sản phẩm", approx="over",
        subject="sản phẩm thảm chùi chân và thảm lót sàn Công ty TNHH Thảm Hoàng Phúc xuất khẩu", period=H1,
        location=VY),
    fig("đạt 185 tỷ", "185", 185e9, "money", "đồng", change=chg("increase", 23, "%", "cùng kỳ"),
        subject="doanh thu của Công ty TNHH Thảm Hoàng Phúc", period=H1, location=VY),
    fig("có 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền lưu hóa", location=VY),
    fig("khoảng 12.000 tấm/ngày", "12.000", 12000, "measure", "tấm/ngày", approx="about",
        subject="công suất dây chuyền lưu hóa", location=VY),
    fig("sử dụng 420 lao động", "420", 420, "count", "lao động", subject="lao động công ty sử dụng", location=VY),
    fig("gần 70%", "70", 70, "percent", "%", approx="nearly", subject="lao động là người địa phương",
        location=VY),
    fig("đạt 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", change=chg("increase", 7, "%", "năm 2023"),
        subject="thu nhập bình quân của người lao động", location=VY),
    fig("Khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="nguyên liệu của công ty là cao su tái chế", location=VY),
    fig("giảm giá thành 10-12%", "10", 10, "percent", "%", value_max=12, subject="giá thành giảm so với dùng cao su nguyên sinh",
        location=VY),
    fig("sang 14 quốc gia", "14", 14, "count", "quốc gia", subject="quốc gia nhập khẩu sản phẩm", location=VY),
    fig("khoảng 55%", "55", 55, "percent", "%", approx="about", subject="thị trường Hoa Kỳ trong doanh thu",
        location=VY),
    fig("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", subject="diện tích nhà xưởng mới", location=VY),
    fig("vốn 15 triệu", "15", 15e6, "money", "USD", subject="tổng vốn xây dựng nhà xưởng mới", location=VY),
    fig("lên gấp đôi", "đôi", 2, "multiple", "lần", status="forecast", subject="công suất", period=Q4,
        location=VY),
    fig("đạt 500 tỷ", "500", 500e9, "money", "đồng", status="target", subject="doanh thu của công ty",
        period=T26, location=VY),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất thảm các loại"),
    fig("đạt 31,4 triệu", "31,4", 31.4e6, "money", "USD", subject="kim ngạch xuất khẩu thảm của tỉnh",
        period=H1b),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="kim ngạch xuất khẩu thảm của Công ty Hoàng Phúc",
        period=H1b),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): 'Thứ Sáu, 19/07/2024 07:15', tag '(BGĐT) -', byline, 'Tin cùng chuyên mục'.",
    "Distractors: 07:15, 'Khu công nghiệp Quang Châu', '6 tháng đầu năm' in a link title, 'Cụm công nghiệp Đồng Đình'.",
    "Company passage: location Việt Yên (thị xã). Province passage: Bắc Giang; the company's rank among the province's",
    "exporters stays with the province (the sentence is the province's; borderline).",
    "'trong đó gần 70% là người địa phương', 'trong đó thị trường Hoa Kỳ chiếm khoảng 55%' are percent figures of their own.",
    "'giảm giá thành 10-12%' is a rate as the claim (percent range, no change). 'cao hơn 7% so với năm 2023' → change of 8,5 triệu.",
    "'dự kiến ... trong quý IV, nâng công suất lên gấp đôi' → multiple 2 ('đôi'), forecast, period quý IV 2024.",
]

if __name__ == "__main__":
    write("p1500-4", TEXT, NOTES, FIGS, published="2024-07-19", location="Bắc Giang")
