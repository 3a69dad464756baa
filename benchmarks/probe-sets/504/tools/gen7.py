"""p504-7: Sở Xây dựng Đồng Nai department site, no dateline - building permits 2023 (one cell per line table)."""
from lib import F, P, I, CH, emit

TEXT = """SỞ XÂY DỰNG TỈNH ĐỒNG NAI
Thông tin chuyên ngành › Quản lý hoạt động xây dựng

Tình hình cấp giấy phép xây dựng năm 2023

Năm 2023, các cơ quan có thẩm quyền trên địa bàn tỉnh đã cấp 14.236 giấy phép xây dựng, giảm 9,4% so với năm 2022; trong đó Sở Xây dựng cấp 87 giấy phép, UBND cấp huyện cấp 14.149 giấy phép. Giấy phép cấp cho nhà ở riêng lẻ chiếm khoảng 96%.

Số giấy phép xây dựng do UBND cấp huyện cấp tại một số địa phương:

Đơn vị tính: giấy phép

Địa phương
Năm 2022
Năm 2023
Năm 2023 so với năm 2022 (%)
TP. Biên Hòa
4.812
4.305
89,5
TP. Long Khánh
1.126
1.098
97,5
Huyện Trảng Bom
2.047
1.861
90,9
Huyện Nhơn Trạch
1.530
1.624
106,1

Tổng diện tích sàn xây dựng được cấp phép năm 2023 đạt 3,42 triệu m2, trong đó nhà ở khoảng 2,87 triệu m2. Giá trị xây dựng của các công trình được cấp phép ước tính đạt 21.540 tỷ đồng. Cũng trong năm 2023, lực lượng thanh tra xây dựng đã kiểm tra 1.250 công trình, phát hiện và xử lý 96 trường hợp xây dựng không phép, sai phép.

Năm 2024, Sở Xây dựng đặt mục tiêu rút ngắn thời gian cấp giấy phép xây dựng còn tối đa 15 ngày đối với công trình và tối đa 7 ngày đối với nhà ở riêng lẻ.

Sở Xây dựng tỉnh Đồng Nai - Số 4 đường Nguyễn Tri Phương, phường Thanh Bình, TP. Biên Hòa
Điện thoại: 0251.3822.539 - Lượt truy cập: 2.084.315
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ22 = "giấy phép xây dựng do UBND cấp huyện cấp năm 2022"
SUBJ23 = "giấy phép xây dựng do UBND cấp huyện cấp năm 2023"
SUBJR = "giấy phép xây dựng năm 2023 so với năm 2022"


def row(place, a, b, r, ctx):
    return [
        F(f"{ctx}\n{a}\n", a, float(a.replace(".", "")), "count", "giấy phép", SUBJ22, C22, location=place),
        F(f"{a}\n{b}\n", b, float(b.replace(".", "")), "count", "giấy phép", SUBJ23, C23, location=place),
        F(f"{b}\n{r}\n", r, float(r.replace(",", ".")), "percent", "%", SUBJR, location=place),
    ]


FIGS = [
    F("cấp 14.236 giấy phép", "14.236", 14236, "count", "giấy phép", "giấy phép xây dựng đã cấp", Y23,
      change=CH("decrease", 9.4, baseline="năm 2022")),
    F("cấp 87 giấy phép", "87", 87, "count", "giấy phép", "giấy phép xây dựng do Sở Xây dựng cấp", Y23, total=14236),
    F("cấp 14.149 giấy phép", "14.149", 14149, "count", "giấy phép", "giấy phép xây dựng do UBND cấp huyện cấp", Y23,
      total=14236),
    F("khoảng 96%", "96", 96, "percent", "%", "tỷ lệ giấy phép cấp cho nhà ở riêng lẻ", I(Y23), approx="about"),
    *row("Biên Hòa", "4.812", "4.305", "89,5", "TP. Biên Hòa"),
    *row("Long Khánh", "1.126", "1.098", "97,5", "TP. Long Khánh"),
    *row("Trảng Bom", "2.047", "1.861", "90,9", "Huyện Trảng Bom"),
    *row("Nhơn Trạch", "1.530", "1.624", "106,1", "Huyện Nhơn Trạch"),
    F("đạt 3,42 triệu m2", "3,42", 3.42e6, "measure", "m2", "tổng diện tích sàn xây dựng được cấp phép",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 2,87 triệu m2", "2,87", 2.87e6, "measure", "m2", "diện tích sàn nhà ở được cấp phép",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", total=3.42e6),
    F("đạt 21.540 tỷ đồng", "21.540", 21540e9, "money", "đồng", "giá trị xây dựng của các công trình được cấp phép",
      I(Y23), status="estimate"),
    F("kiểm tra 1.250 công trình", "1.250", 1250, "count", "công trình", "công trình được thanh tra xây dựng kiểm tra",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("xử lý 96 trường hợp", "96", 96, "count", "trường hợp", "trường hợp xây dựng không phép, sai phép",
      P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tối đa 15 ngày", "15", 15, "measure", "ngày", "thời gian cấp giấy phép xây dựng đối với công trình", Y24,
      approx="at_most", status="target"),
    F("tối đa 7 ngày", "7", 7, "measure", "ngày", "thời gian cấp giấy phép xây dựng đối với nhà ở riêng lẻ", Y24,
      approx="at_most", status="target"),
]

COMMENTS = [
    "Sở Xây dựng Đồng Nai department page (invented), no dateline (published null); 'Lượt truy cập: 2.084.315', the phone",
    "number and 'Số 4 đường Nguyễn Tri Phương' are page furniture / address.",
    "One-cell-per-line table with 'Đơn vị tính: giấy phép': every numeric cell is a figure; district/city row labels go to location;",
    "the 'Năm 2022'/'Năm 2023' column headers give the periods (scored, as in shared h23); the index column",
    "'Năm 2023 so với năm 2022 (%)' gives percent figures (unit from the header), with no period of their own.",
    "87 + 14.149 = 14.236 after 'trong đó'. 'ước tính đạt' makes 21.540 tỷ an estimate. Permit times are measure/ngày, targets, at_most.",
]

if __name__ == "__main__":
    emit("p504-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
