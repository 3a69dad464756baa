"""p1447-5: provincial Party newspaper (Báo Quảng Nam, tag (QNO)): a mask maker in thị xã Điện Bàn after the boom, 2022."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế | Thứ Tư, 14/09/2022 | 07:15

Doanh nghiệp khẩu trang xoay xở sau "cơn sốt"

Sau hai năm tăng trưởng nóng, thị trường khẩu trang đã hạ nhiệt. Nhiều doanh nghiệp ở Điện Bàn chủ động chuyển hướng sang khẩu trang y tế đạt chuẩn xuất khẩu.

(QNO) - Công ty CP Vật tư y tế Hòa An (KCN Điện Nam - Điện Ngọc, thị xã Điện Bàn) hiện vận hành 6 dây chuyền khẩu trang tự động, công suất 300.000 chiếc/ngày. 8 tháng đầu năm 2022, công ty sản xuất 41 triệu chiếc, chỉ bằng 55% cùng kỳ năm ngoái; doanh thu đạt 38 tỷ đồng, giảm 42%.

Ông Lê Văn Thịnh, Giám đốc công ty cho biết: "Giá khẩu trang y tế xuất xưởng hiện chỉ khoảng 280 đồng/chiếc, giảm hơn 60% so với đầu năm 2021. Khẩu trang xuất khẩu sang Úc, Canada chiếm 70-75% doanh thu nên công ty vẫn giữ được 210 lao động, trong đó 180 lao động nữ". Thu nhập bình quân của người lao động đạt 7 triệu đồng/người/tháng.

Năm 2022, công ty phấn đấu đạt doanh thu 60 tỷ đồng; dự kiến quý IV sẽ xuất khẩu khoảng 12 triệu chiếc.

Theo Sở Công Thương, toàn tỉnh Quảng Nam hiện có 11 doanh nghiệp sản xuất khẩu trang, giảm 7 doanh nghiệp so với năm 2021. Tổng sản lượng khẩu trang 8 tháng ước đạt 96 triệu chiếc, tương đương 61% cùng kỳ. Riêng thị xã Điện Bàn chiếm khoảng 58% sản lượng toàn tỉnh.

HOÀNG LIÊN

Từ khóa: khẩu trang, Điện Bàn, vật tư y tế

Báo Quảng Nam - Cơ quan của Đảng bộ tỉnh Quảng Nam
Địa chỉ: 07 Trần Hưng Đạo, TP Tam Kỳ. Điện thoại: 0235.3812.345
"""

M8 = per("8 tháng đầu năm 2022", "2022-01-01", "2022-08-31")
M8s = per("8 tháng", "2022-01-01", "2022-08-31")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Q4 = per("quý IV", "2022-10-01", "2022-12-31")
DB = "Điện Bàn"

FIGS = [
    fig("vận hành 6 dây chuyền", "6", 6, "count", "dây chuyền",
        subject="dây chuyền khẩu trang tự động công ty vận hành", location=DB),
    fig("công suất 300.000", "300.000", 300000, "measure", "chiếc/ngày",
        subject="công suất dây chuyền khẩu trang", location=DB),
    fig("sản xuất 41 triệu", "41", 41e6, "count", "chiếc", percent=55,
        subject="khẩu trang công ty sản xuất", period=M8, location=DB),
    fig("đạt 38 tỷ", "38", 38e9, "money", "đồng", change=chg("decrease", 42, "%"),
        subject="doanh thu của công ty", period=M8, location=DB),
    fig("khoảng 280 đồng", "280", 280, "money", "đồng/chiếc", approx="about",
        change=chg("decrease", 60, "%", "đầu năm 2021", approx="over"),
        subject="giá khẩu trang y tế xuất xưởng", location=DB),
    fig("chiếm 70-75%", "70", 70, "percent", "%", value_max=75,
        subject="tỷ trọng khẩu trang xuất khẩu trong doanh thu", location=DB),
    fig("giữ được 210 lao động", "210", 210, "count", "lao động", subject="lao động công ty giữ được", location=DB),
    fig("180 lao động nữ", "180", 180, "count", "lao động nữ", total=210, subject="lao động nữ", location=DB),
    fig("đạt 7 triệu", "7", 7e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của người lao động", location=DB),
    fig("doanh thu 60 tỷ", "60", 60e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=Y22, location=DB),
    fig("khoảng 12 triệu", "12", 12e6, "count", "chiếc", approx="about", status="forecast",
        subject="khẩu trang công ty xuất khẩu", period=Q4, location=DB),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        change=chg("decrease", 7, "doanh nghiệp", "năm 2021"),
        subject="doanh nghiệp sản xuất khẩu trang"),
    fig("ước đạt 96 triệu", "96", 96e6, "count", "chiếc", status="estimate", percent=61,
        subject="tổng sản lượng khẩu trang", period=M8s),
    fig("khoảng 58%", "58", 58, "percent", "%", approx="about",
        subject="tỷ trọng trong sản lượng khẩu trang toàn tỉnh", period=inh(M8s), location=DB),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): 'Thứ Tư, 14/09/2022 | 07:15', sapo, tag '(QNO) -', byline HOÀNG LIÊN, tags, footer.",
    "The company passage (KCN in thị xã Điện Bàn) and its director's quote: location Điện Bàn; the province paragraph: Quảng Nam, except Điện Bàn's share.",
    "'chỉ bằng 55% cùng kỳ năm ngoái' and 'tương đương 61% cùng kỳ' are percent attributes; 'doanh thu đạt 38 tỷ đồng, giảm 42%' after ';' keeps the sentence's period.",
    "'khoảng 280 đồng/chiếc, giảm hơn 60% so với đầu năm 2021' → change decrease 60, approx over; 'hiện' gives no period.",
    "'chiếm 70-75% doanh thu' has no amount for the exports: a percent figure with a range.",
    "'Năm 2022, công ty phấn đấu ... 60 tỷ đồng' → target; '; dự kiến quý IV ... khoảng 12 triệu chiếc' → forecast, period quý IV 2022.",
    "'giảm 7 doanh nghiệp so với năm 2021' → change of 11; year-less '8 tháng' takes 2022; 'Riêng thị xã Điện Bàn chiếm khoảng 58%' is a percent figure, period inherited.",
    "Distractors: 07:15, 'Sau hai năm' (a duration), 'KCN Điện Nam - Điện Ngọc', '07 Trần Hưng Đạo', phone, 'đầu năm 2021' as a baseline.",
]

if __name__ == "__main__":
    write("p1447-5", TEXT, NOTES, FIGS, published="2022-09-14", location="Quảng Nam")
