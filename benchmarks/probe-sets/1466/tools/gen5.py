"""p1466-5: Party/provincial newspaper (Báo Bắc Giang, tag BGĐT): a toothbrush factory in thị xã Việt Yên, first half of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế > Công nghiệp

Nhà máy bàn chải đánh răng tăng tốc đơn hàng xuất khẩu

Thứ Hai, 08/07/2024 10:12

(BGĐT) - 6 tháng đầu năm 2024, Công ty TNHH Bàn chải Hòa Phong Việt Nam tại KCN Vân Trung (thị xã Việt Yên) sản xuất khoảng 215 triệu chiếc bàn chải đánh răng, tăng 18% so với cùng kỳ, bằng 52% kế hoạch năm.

Nhà máy có 14 dây chuyền ép nhựa, cắm lông tự động, công suất thiết kế 450 triệu chiếc/năm. Khoảng 95% sản phẩm được xuất khẩu sang Nhật Bản, Hàn Quốc, Hoa Kỳ và EU. Kim ngạch xuất khẩu 6 tháng đạt 27,4 triệu USD, tăng 15,6%.

Công ty hiện sử dụng 2.340 lao động, trong đó lao động nữ chiếm gần 78%; thu nhập bình quân hơn 9,5 triệu đồng/người/tháng, cao hơn khoảng 8% so với năm 2023.

Ông Trương Minh Đức, Phó Tổng Giám đốc công ty cho biết: “Trong quý IV, công ty dự kiến lắp thêm 4 dây chuyền, tuyển thêm 300-350 lao động, nâng tổng công suất lên 600 triệu chiếc/năm”.

Theo Sở Công Thương, toàn tỉnh hiện có 3 doanh nghiệp sản xuất bàn chải và kem đánh răng; giá trị sản xuất 6 tháng ước đạt 1.150 tỷ đồng, chiếm 1,2% giá trị sản xuất công nghiệp toàn tỉnh. Về sản lượng bàn chải đánh răng, Bắc Giang đứng thứ 3 cả nước, sau Bình Dương và Đồng Nai.

Hương Giang

Tin khác:
- Khởi công dự án Nhà máy điện tử số 2 tại KCN Quang Châu
- Bắc Giang tháo gỡ khó khăn cho doanh nghiệp FDI
"""

H6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
h6 = per("6 tháng", "2024-01-01", "2024-06-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
VY = "Việt Yên"

FIGS = [
    fig("khoảng 215 triệu", "215", 215e6, "count", "chiếc", approx="about", percent=52,
        change=chg("increase", 18, "%", "cùng kỳ"),
        subject="bàn chải đánh răng Công ty TNHH Bàn chải Hòa Phong Việt Nam sản xuất", period=H6, location=VY),
    fig("có 14 dây chuyền", "14", 14, "count", "dây chuyền", subject="dây chuyền ép nhựa, cắm lông tự động của nhà máy",
        location=VY),
    fig("450 triệu", "450", 450e6, "measure", "chiếc/năm", subject="công suất thiết kế nhà máy", location=VY),
    fig("Khoảng 95%", "95", 95, "percent", "%", approx="about", subject="sản phẩm được xuất khẩu", location=VY),
    fig("đạt 27,4 triệu", "27,4", 27.4e6, "money", "USD", change=chg("increase", 15.6),
        subject="kim ngạch xuất khẩu", period=h6, location=VY),
    fig("dụng 2.340 lao động", "2.340", 2340, "count", "lao động", subject="lao động công ty sử dụng", location=VY),
    fig("gần 78%", "78", 78, "percent", "%", approx="nearly", subject="lao động nữ", location=VY),
    fig("hơn 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", approx="over",
        change=chg("increase", 8, "%", "năm 2023", approx="about"), subject="thu nhập bình quân", location=VY),
    fig("thêm 4 dây chuyền", "4", 4, "count", "dây chuyền", status="forecast",
        subject="dây chuyền công ty lắp thêm", period=Q4, location=VY),
    fig("300-350", "300", 300, "count", "lao động", value_max=350, status="forecast",
        subject="lao động tuyển thêm", period=Q4, location=VY),
    fig("lên 600 triệu", "600", 600e6, "measure", "chiếc/năm", status="forecast",
        subject="tổng công suất", period=Q4, location=VY),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bàn chải và kem đánh răng"),
    fig("ước đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", status="estimate", percent=1.2,
        subject="giá trị sản xuất của các doanh nghiệp sản xuất bàn chải và kem đánh răng", period=h6),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="sản lượng bàn chải đánh răng"),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): menu, 'Thứ Hai, 08/07/2024 10:12', tag '(BGĐT) -' opening the sapo, byline, 'Tin khác'.",
    "Distractors: '(BGĐT)', '10:12', 'Nhà máy điện tử số 2', KCN names.",
    "The company passage is placed in thị xã Việt Yên (KCN Vân Trung): location Việt Yên for its figures; the province's figures (last paragraph) -> Bắc Giang.",
    "Toothbrushes are counted (count, chiếc); capacities keep their time denominator (chiếc/năm). 'bằng 52% kế hoạch năm' -> percent attribute.",
    "'Khoảng 95%' and 'trong đó lao động nữ chiếm gần 78%' are percent figures of their own. 'cao hơn khoảng 8% so với năm 2023' -> change.",
    "The three plans in the quote follow 'dự kiến' (forecast) and 'Trong quý IV' (2024). 'đứng thứ 3 cả nước' is a rank of the province (Bắc Giang).",
    "Year-less '6 tháng' takes 2024 from the sapo. Standing facts (lines, capacity, workforce 'hiện') carry no period.",
]

if __name__ == "__main__":
    write("p1466-5", TEXT, NOTES, FIGS, published="2024-07-08", location="Bắc Giang")
