"""p1268-1: province portal (Vĩnh Long): red worm farming households, area, output, prices; a cooperative in Long Hồ."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử tỉnh Vĩnh Long
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Vĩnh Long: Hơn 1.300 hộ nuôi trùn quế, xử lý trên 90.000 tấn phân bò mỗi năm

Cập nhật: 16/09/2024 08:35 | Lượt xem: 3.162

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến cuối tháng 8/2024, toàn tỉnh có 1.326 hộ nuôi trùn quế với tổng diện tích chuồng, luống nuôi khoảng 52,6 ha, tăng 18% so với cùng kỳ năm 2023. Trong đó, huyện Long Hồ có 412 hộ, huyện Mang Thít 305 hộ, huyện Vũng Liêm 268 hộ.

Mỗi năm, các hộ nuôi sử dụng trên 90 nghìn tấn phân bò, phân heo làm thức ăn cho trùn, góp phần giảm ô nhiễm môi trường chăn nuôi. 8 tháng đầu năm, sản lượng trùn sinh khối ước đạt 2.450 tấn và phân trùn thành phẩm ước đạt 18,7 nghìn tấn, bằng 71,9% kế hoạch năm.

Giá trùn sinh khối hiện dao động từ 35.000 đến 40.000 đồng/kg, phân trùn quế thành phẩm từ 3.500 đến 4.500 đồng/kg. Với quy mô 100 m2 luống, mỗi hộ thu lãi khoảng 5-6 triệu đồng/tháng.

Tại xã Thanh Đức, huyện Long Hồ, Hợp tác xã Trùn quế Thanh Đức có 27 thành viên, bao tiêu sản phẩm cho hơn 120 hộ. Năm 2023, hợp tác xã tiêu thụ 1.150 tấn phân trùn, doanh thu đạt 4,6 tỷ đồng, lợi nhuận 820 triệu đồng.

Mục tiêu đến năm 2025, toàn tỉnh phát triển 1.500 hộ nuôi trùn quế, xây dựng ít nhất 3 sản phẩm phân trùn đạt chứng nhận OCOP 3 sao trở lên.

Tin liên quan:
- Vĩnh Long tổng kết 5 năm thực hiện Chương trình OCOP
- Tập huấn kỹ thuật chăn nuôi an toàn sinh học năm 2024
"""

ASOF = per("tính đến cuối tháng 8/2024", None, "2024-08-31")
EIGHT = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LH = "Long Hồ"

FIGS = [
    fig("Hơn 1.300 hộ", "1.300", 1300, "count", "hộ", approx="over", subject="hộ nuôi trùn quế"),
    fig("trên 90.000 tấn", "90.000", 90000, "measure", "tấn/năm", approx="over",
        subject="phân bò xử lý mỗi năm"),
    fig("có 1.326 hộ", "1.326", 1326, "count", "hộ", subject="hộ nuôi trùn quế", period=ASOF),
    fig("khoảng 52,6 ha", "52,6", 52.6, "measure", "ha", approx="about",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"),
        subject="tổng diện tích chuồng, luống nuôi trùn quế", period=ASOF),
    fig("có 412 hộ", "412", 412, "count", "hộ", total=1326, subject="hộ nuôi trùn quế",
        period=inh(ASOF), location="Long Hồ"),
    fig("Mang Thít 305 hộ", "305", 305, "count", "hộ", total=1326, subject="hộ nuôi trùn quế",
        period=inh(ASOF), location="Mang Thít"),
    fig("Vũng Liêm 268 hộ", "268", 268, "count", "hộ", total=1326, subject="hộ nuôi trùn quế",
        period=inh(ASOF), location="Vũng Liêm"),
    fig("trên 90 nghìn tấn", "90", 90000, "measure", "tấn/năm", approx="over",
        subject="phân bò, phân heo các hộ nuôi sử dụng làm thức ăn cho trùn"),
    fig("ước đạt 2.450 tấn", "2.450", 2450, "measure", "tấn", status="estimate",
        subject="sản lượng trùn sinh khối", period=EIGHT),
    fig("ước đạt 18,7 nghìn tấn", "18,7", 18700, "measure", "tấn", status="estimate", percent=71.9,
        subject="sản lượng phân trùn thành phẩm", period=EIGHT),
    fig("từ 35.000 đến 40.000", "35.000", 35000, "money", "đồng/kg", value_max=40000,
        subject="giá trùn sinh khối"),
    fig("từ 3.500 đến 4.500", "3.500", 3500, "money", "đồng/kg", value_max=4500,
        subject="giá phân trùn quế thành phẩm"),
    fig("quy mô 100 m2", "100", 100, "measure", "m2", subject="quy mô luống nuôi", optional=True),
    fig("khoảng 5-6 triệu", "5", 5e6, "money", "đồng/tháng", value_max=6e6, approx="about",
        subject="lãi mỗi hộ thu"),
    fig("có 27 thành viên", "27", 27, "count", "thành viên",
        subject="thành viên Hợp tác xã Trùn quế Thanh Đức", location=LH),
    fig("hơn 120 hộ", "120", 120, "count", "hộ", approx="over",
        subject="hộ được hợp tác xã bao tiêu sản phẩm", location=LH),
    fig("tiêu thụ 1.150 tấn", "1.150", 1150, "measure", "tấn",
        subject="phân trùn hợp tác xã tiêu thụ", period=Y23, location=LH),
    fig("đạt 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", subject="doanh thu hợp tác xã", period=Y23, location=LH),
    fig("nhuận 820 triệu", "820", 820e6, "money", "đồng", subject="lợi nhuận hợp tác xã", period=Y23,
        location=LH),
    fig("phát triển 1.500 hộ", "1.500", 1500, "count", "hộ", status="target",
        subject="hộ nuôi trùn quế", period=T25),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm phân trùn đạt chứng nhận OCOP 3 sao trở lên", period=T25),
]

NOTES = [
    "Province portal (Vĩnh Long): breadcrumb, headline figures, 'Cập nhật: 16/09/2024 08:35 | Lượt xem: 3.162', related links.",
    "Distractors: 08:35, 'Lượt xem: 3.162', 'OCOP 3 sao', 'tổng kết 5 năm' and 'năm 2024' in link titles.",
    "'tính đến cuối tháng 8/2024' is an as-of date (end 2024-08-31); the 'Trong đó' parts take total 1.326 and inherit it.",
    "Districts in the 'Trong đó' list are locations, not subjects. 'Mỗi năm ... 90 nghìn tấn' and the headline 'mỗi năm' are rates (tấn/năm).",
    "'bằng 71,9% kế hoạch năm' is the percent of the nearer figure (18,7 nghìn tấn). '8 tháng đầu năm' takes 2024 from the as-of date.",
    "'Với quy mô 100 m2 luống' is a reference scale for the profit claim, not a fact: optional.",
    "The cooperative passage (xã Thanh Đức, huyện Long Hồ) is located in Long Hồ.",
]

if __name__ == "__main__":
    write("p1268-1", TEXT, NOTES, FIGS, published="2024-09-16", location="Vĩnh Long")
