"""p1505-5: provincial Party newspaper (Báo Bắc Giang, tag (BGĐT)): a stainless-tank cooperative in Hiệp Hòa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Hiệp Hòa: Hợp tác xã làm bồn inox, thu nhập ổn định

Thứ Hai, 14/08/2023 | 10:12

(BGĐT) - Từ một xưởng gò hàn nhỏ ven Quốc lộ 37, Hợp tác xã Cơ khí Inox Tiến Thành ở xã Đức Thắng (Hiệp Hòa) nay mỗi tháng xuất xưởng khoảng 1.500 bồn nước inox, tạo việc làm cho gần ba chục lao động địa phương.

Thành lập năm 2016 với 7 thành viên, đến nay HTX có 12 thành viên và 28 lao động thường xuyên, thu nhập từ 8 đến 12 triệu đồng/người/tháng. HTX đã đầu tư 2 máy cuốn và 3 máy hàn lăn tự động, tổng giá trị gần 1,8 tỷ đồng.

Năm 2022, HTX tiêu thụ hơn 16.000 bồn các loại, doanh thu đạt 41 tỷ đồng, lợi nhuận 2,3 tỷ đồng. 7 tháng đầu năm 2023, doanh thu đạt 27,5 tỷ đồng, tăng 9% so với cùng kỳ.

Giám đốc HTX Nguyễn Văn Thành cho biết: “Bồn của HTX làm bằng inox 304, thành dày 0,5-0,6 mm, giá bán thấp hơn hàng cùng loại của các hãng lớn khoảng 10-15% nên được người dân ưa chuộng. Năm nay, HTX dự kiến mở thêm hai đại lý ở các tỉnh lân cận”.

Theo UBND huyện Hiệp Hòa, toàn huyện hiện có 23 cơ sở gò hàn, sản xuất bồn inox, bồn nhựa, mỗi năm cung ứng ra thị trường trên 90.000 sản phẩm. Huyện phấn đấu đến năm 2025 có ít nhất 3 sản phẩm bồn nước đạt chuẩn OCOP 3 sao.

Ngọc Hà

Chia sẻ: Facebook | Zalo
Tin cùng chuyên mục:
- Lạng Giang: Nông dân thu lãi cao từ vụ vải sớm
- Tân Yên: Khánh thành cầu dân sinh thôn Đồng Cửa
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
M7 = per("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
NN = per("Năm nay", "2023-01-01", "2023-12-31")
Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
HTX = "HTX Cơ khí Inox Tiến Thành"

FIGS = [
    fig("khoảng 1.500 bồn", "1.500", 1500, "measure", "bồn/tháng", approx="about",
        subject=f"bồn nước inox {HTX} xuất xưởng mỗi tháng"),
    fig("gần ba chục lao động", "ba chục", 30, "count", "lao động", approx="nearly",
        subject="lao động địa phương có việc làm"),
    fig("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên HTX khi thành lập", period=Y16),
    fig("có 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên HTX"),
    fig("và 28 lao động", "28", 28, "count", "lao động", subject="lao động thường xuyên của HTX"),
    fig("từ 8 đến 12 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=12e6,
        subject="thu nhập lao động HTX"),
    fig("tư 2 máy cuốn", "2", 2, "count", "máy cuốn", subject="máy cuốn HTX đầu tư"),
    fig("và 3 máy hàn", "3", 3, "count", "máy hàn lăn tự động", subject="máy hàn lăn tự động HTX đầu tư"),
    fig("gần 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="nearly", subject="tổng giá trị máy móc HTX đầu tư"),
    fig("hơn 16.000 bồn", "16.000", 16000, "count", "bồn", approx="over", subject="bồn các loại HTX tiêu thụ",
        period=Y22),
    fig("đạt 41 tỷ", "41", 41e9, "money", "đồng", subject="doanh thu HTX", period=Y22),
    fig("nhuận 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", subject="lợi nhuận HTX", period=Y22),
    fig("đạt 27,5 tỷ", "27,5", 27.5e9, "money", "đồng", change=chg("increase", 9, "%", "cùng kỳ"),
        subject="doanh thu HTX", period=M7),
    fig("dày 0,5-0,6 mm", "0,5", 0.5, "measure", "mm", value_max=0.6, subject="độ dày thành bồn"),
    fig("khoảng 10-15%", "10", 10, "percent", "%", value_max=15, approx="about",
        subject="giá bán bồn của HTX thấp hơn hàng cùng loại của các hãng lớn"),
    fig("thêm hai đại lý", "hai", 2, "count", "đại lý", status="forecast",
        subject="đại lý HTX mở thêm ở các tỉnh lân cận", period=NN),
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở gò hàn, sản xuất bồn inox, bồn nhựa toàn huyện"),
    fig("trên 90.000 sản phẩm", "90.000", 90000, "measure", "sản phẩm/năm", approx="over",
        subject="sản phẩm các cơ sở cung ứng ra thị trường mỗi năm"),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm bồn nước đạt chuẩn OCOP", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): headline, 'Thứ Hai, 14/08/2023 | 10:12', tag '(BGĐT) -', byline, share row, related links.",
    "Distractors: 'Quốc lộ 37', 'inox 304', 'OCOP 3 sao', '10:12', founding year 'năm 2016' (locates the 7 founding members).",
    "Everything is in huyện Hiệp Hòa (HTX in xã Đức Thắng): location Hiệp Hòa.",
    "'mỗi tháng ... khoảng 1.500 bồn' and 'mỗi năm ... trên 90.000 sản phẩm' are rates: measure, 'bồn/tháng', 'sản phẩm/năm'.",
    "'gần ba chục lao động' = nearly 30 (number word 'ba chục').",
    "'giá bán thấp hơn hàng cùng loại ... khoảng 10-15%' has no base amount: a percent figure of its own, range, about.",
    "'Năm nay' takes the year of published (2023); 'dự kiến' → forecast. 'đến năm 2025 ... ít nhất 3 sản phẩm' → target.",
    "'đến nay HTX có 12 thành viên' has no dated period: none given.",
]

if __name__ == "__main__":
    write("p1505-5", TEXT, NOTES, FIGS, published="2023-08-14", location="Hiệp Hòa")
