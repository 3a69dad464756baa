"""p1295-4: ministry site (Bộ NN&PTNT): breadcrumb, 'dd/mm/yyyy | hh:mm | unit' line, related links, address footer."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật

5 tháng, xuất khẩu vú sữa sang Hoa Kỳ tăng 18%
20/06/2024 | 14:10 | Cục Bảo vệ thực vật

Theo Cục Bảo vệ thực vật, 5 tháng đầu năm 2024 cả nước xuất khẩu 1.326 tấn vú sữa tươi sang Hoa Kỳ, tăng 18% so với cùng kỳ năm 2023; kim ngạch đạt khoảng 4,2 triệu USD. Giá xuất khẩu bình quân khoảng 3,2 USD/kg. Trái vú sữa Việt Nam chính thức được phép vào thị trường này từ tháng 7/2015.

Hiện cả nước có 4 cơ sở chiếu xạ và 11 cơ sở đóng gói đủ điều kiện xuất khẩu vú sữa sang Hoa Kỳ, cùng 68 mã số vùng trồng với tổng diện tích khoảng 1.540 ha tại 7 tỉnh, thành phố. Trong đó, Tiền Giang dẫn đầu với 31 mã, tiếp đến là Vĩnh Long 12 mã, Cần Thơ 9 mã và Bến Tre 6 mã.

Vú sữa Lò Rèn xuất khẩu loại 1 được thu mua tại vườn 35.000-38.000 đồng/kg, cao gấp khoảng 1,5 lần giá bán nội địa.

Năm 2023, phía Hoa Kỳ phát hiện 3 lô hàng vú sữa vi phạm về dư lượng thuốc bảo vệ thực vật, giảm 2 lô so với năm 2022. Dự kiến cả năm 2024, sản lượng vú sữa xuất khẩu sang Hoa Kỳ đạt 3.000-3.200 tấn. Cục phấn đấu 100% mã số vùng trồng đã cấp được giám sát định kỳ, kiên quyết thu hồi mã vi phạm theo Thông tư số 06/2021/TT-BNNPTNT.

Tin cùng chuyên mục:
- Hội nghị tổng kết 10 năm xuất khẩu trái cây sang Hoa Kỳ
- Công bố danh sách mã số vùng trồng đợt 2 năm 2024

BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
Giấy phép số 48/GP-TTĐT
"""

H5 = per("5 tháng", "2024-01-01", "2024-05-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
F24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
LIST = "mã số vùng trồng xuất khẩu vú sữa sang Hoa Kỳ"

FIGS = [
    fig("tăng 18%\n", "18", 18, "percent", "%", subject="xuất khẩu vú sữa sang Hoa Kỳ", period=H5),
    fig("xuất khẩu 1.326 tấn", "1.326", 1326, "measure", "tấn",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"), subject="vú sữa tươi xuất khẩu sang Hoa Kỳ", period=M5),
    fig("khoảng 4,2 triệu USD", "4,2", 4.2e6, "money", "USD", approx="about", subject="kim ngạch xuất khẩu vú sữa sang Hoa Kỳ",
        period=M5),
    fig("khoảng 3,2 USD/kg", "3,2", 3.2, "money", "USD/kg", approx="about", subject="giá xuất khẩu bình quân",
        period=inh(M5)),
    fig("có 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở chiếu xạ đủ điều kiện xuất khẩu vú sữa sang Hoa Kỳ"),
    fig("và 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở đóng gói đủ điều kiện xuất khẩu vú sữa sang Hoa Kỳ"),
    fig("cùng 68 mã", "68", 68, "count", "mã số vùng trồng", subject=LIST),
    fig("khoảng 1.540 ha", "1.540", 1540, "measure", "ha", approx="about", subject="tổng diện tích mã số vùng trồng"),
    fig("tại 7 tỉnh", "7", 7, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có mã số vùng trồng"),
    fig("với 31 mã", "31", 31, "count", "mã", total=68, subject=LIST, location="Tiền Giang"),
    fig("Vĩnh Long 12 mã", "12", 12, "count", "mã", total=68, subject=LIST, location="Vĩnh Long"),
    fig("Cần Thơ 9 mã", "9", 9, "count", "mã", total=68, subject=LIST, location="Cần Thơ"),
    fig("Bến Tre 6 mã", "6", 6, "count", "mã", total=68, subject=LIST, location="Bến Tre"),
    fig("vườn 35.000-38.000", "35.000", 35000, "money", "đồng/kg", value_max=38000,
        change=chg("increase", 1.5, "lần", "giá bán nội địa", approx="about"),
        subject="giá thu mua tại vườn vú sữa Lò Rèn xuất khẩu loại 1"),
    fig("phát hiện 3 lô", "3", 3, "count", "lô hàng", change=chg("decrease", 2, "lô", "năm 2022"),
        subject="lô hàng vú sữa vi phạm về dư lượng thuốc bảo vệ thực vật", period=Y23),
    fig("đạt 3.000-3.200", "3.000", 3000, "measure", "tấn", value_max=3200, status="forecast",
        subject="sản lượng vú sữa xuất khẩu sang Hoa Kỳ", period=F24),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="mã số vùng trồng đã cấp được giám sát định kỳ"),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '20/06/2024 | 14:10 | Cục Bảo vệ thực vật' under the headline, related links, footer.",
    "Distractors: time 14:10, 'tháng 7/2015' (a date), '06/2021/TT-BNNPTNT', '10 năm' and 'đợt 2 năm 2024' in link titles,",
    "'Số 2 Ngọc Hà', 'Giấy phép số 48/GP-TTĐT'.",
    "Headline 'tăng 18%' is a growth rate as the claim: percent figure, no change; '5 tháng' takes 2024 from published.",
    "National figures → Việt Nam. The list 'Tiền Giang dẫn đầu với 31 mã, tiếp đến là Vĩnh Long 12 mã ...' gives each item its",
    "province as location; after 'Trong đó' the whole counting the same thing (mã) is 68, not '7 tỉnh, thành phố' that stands last.",
    "'cao gấp khoảng 1,5 lần giá bán nội địa' after a price → change increase 1.5 lần, approx about.",
    "'Dự kiến cả năm 2024 ... 3.000-3.200 tấn' → forecast. 'Cục phấn đấu 100% ...' → target percent, no period.",
    "'Giá xuất khẩu bình quân khoảng 3,2 USD/kg' inherits the 5-month period of the previous sentence.",
]

if __name__ == "__main__":
    write("p1295-4", TEXT, NOTES, FIGS, published="2024-06-20", location="Việt Nam")
