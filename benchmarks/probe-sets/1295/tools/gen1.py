"""p1295-1: province portal (Tiền Giang): breadcrumb, headline figure, 'Cập nhật | Lượt xem', related links, footer."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TIỀN GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Vú sữa Lò Rèn Vĩnh Kim: 9 tháng xuất khẩu hơn 2.100 tấn

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có khoảng 2.450 ha vú sữa, trong đó vú sữa Lò Rèn Vĩnh Kim chiếm gần 1.900 ha, tập trung tại các huyện Châu Thành, Cai Lậy và Tân Phước. 9 tháng đầu năm 2024, sản lượng vú sữa thu hoạch ước đạt 41.300 tấn, tăng 6,2% so với cùng kỳ, bằng 78,5% kế hoạch năm. Trong đó, sản lượng xuất khẩu hơn 2.100 tấn, chủ yếu sang thị trường Hoa Kỳ, Canada và Hà Lan. Riêng quý III, vú sữa xuất khẩu đạt 860 tấn.

Huyện Châu Thành là vùng trồng lớn nhất với 1.620 ha, năng suất bình quân 22-25 tấn/ha. Giá vú sữa loại 1 tại các vườn trong huyện dao động từ 28.000 đến 32.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với cùng kỳ năm 2023. Toàn huyện có 27 mã số vùng trồng phục vụ xuất khẩu với tổng diện tích 512 ha, gồm 19 mã đi Hoa Kỳ và 8 mã đi các nước châu Âu.

Ông Nguyễn Văn Tám, Giám đốc Hợp tác xã Vú sữa Kim Sơn, cho biết hợp tác xã có 86 thành viên, canh tác 64 ha; mỗi năm cung ứng cho doanh nghiệp khoảng 700 tấn trái đạt chuẩn xuất khẩu.

Năm 2024, tỉnh phấn đấu sản lượng vú sữa đạt 52.600 tấn, kim ngạch xuất khẩu trái vú sữa khoảng 9 triệu USD. Mục tiêu đến năm 2030, diện tích vú sữa đạt chứng nhận VietGAP, GlobalGAP chiếm ít nhất 40% tổng diện tích.

Tin liên quan:
- Châu Thành tổ chức Lễ hội trái cây Vĩnh Kim lần thứ 3
- Hướng dẫn số 05/HD-SNN về kỹ thuật bao trái vú sữa
- Giá sầu riêng quý III giảm mạnh

CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TIỀN GIANG
Địa chỉ: Số 23 Lê Lợi, Phường 1, TP Mỹ Tho | Điện thoại: 0273.3872.105
"""

H9 = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
CT = "Châu Thành"

FIGS = [
    fig("9 tháng xuất khẩu hơn 2.100 tấn", "2.100", 2100, "measure", "tấn", approx="over",
        subject="xuất khẩu vú sữa Lò Rèn Vĩnh Kim", period=H9),
    fig("khoảng 2.450 ha", "2.450", 2450, "measure", "ha", approx="about", subject="diện tích vú sữa toàn tỉnh"),
    fig("chiếm gần 1.900 ha", "1.900", 1900, "measure", "ha", approx="nearly", total=2450,
        subject="diện tích vú sữa Lò Rèn Vĩnh Kim"),
    fig("ước đạt 41.300 tấn", "41.300", 41300, "measure", "tấn", status="estimate",
        change=chg("increase", 6.2, "%", "cùng kỳ"), percent=78.5,
        subject="sản lượng vú sữa thu hoạch", period=M9),
    fig("sản lượng xuất khẩu hơn 2.100 tấn", "2.100", 2100, "measure", "tấn", approx="over", total=41300,
        status="estimate", subject="sản lượng vú sữa xuất khẩu", period=inh(M9)),
    fig("đạt 860 tấn", "860", 860, "measure", "tấn", subject="vú sữa xuất khẩu", period=Q3),
    fig("với 1.620 ha", "1.620", 1620, "measure", "ha", subject="diện tích vú sữa huyện Châu Thành", location=CT),
    fig("22-25 tấn/ha", "22", 22, "measure", "tấn/ha", value_max=25, subject="năng suất bình quân", location=CT),
    fig("từ 28.000 đến 32.000", "28.000", 28000, "money", "đồng/kg", value_max=32000,
        change=chg("increase", 5000, "đồng/kg", "cùng kỳ năm 2023", approx="about"),
        subject="giá vú sữa loại 1 tại các vườn trong huyện", location=CT),
    fig("có 27 mã số", "27", 27, "count", "mã số vùng trồng", subject="mã số vùng trồng phục vụ xuất khẩu",
        location=CT),
    fig("diện tích 512 ha", "512", 512, "measure", "ha", subject="tổng diện tích mã số vùng trồng phục vụ xuất khẩu",
        location=CT),
    fig("gồm 19 mã", "19", 19, "count", "mã", total=27, subject="mã số vùng trồng đi Hoa Kỳ", location=CT),
    fig("và 8 mã", "8", 8, "count", "mã", total=27, subject="mã số vùng trồng đi các nước châu Âu", location=CT),
    fig("có 86 thành viên", "86", 86, "count", "thành viên", subject="thành viên Hợp tác xã Vú sữa Kim Sơn"),
    fig("canh tác 64 ha", "64", 64, "measure", "ha", subject="diện tích hợp tác xã canh tác"),
    fig("khoảng 700 tấn", "700", 700, "measure", "tấn/năm", approx="about",
        subject="trái đạt chuẩn xuất khẩu hợp tác xã cung ứng cho doanh nghiệp mỗi năm"),
    fig("đạt 52.600 tấn", "52.600", 52600, "measure", "tấn", status="target", subject="sản lượng vú sữa",
        period=Y24),
    fig("khoảng 9 triệu USD", "9", 9e6, "money", "USD", approx="about", status="target",
        subject="kim ngạch xuất khẩu trái vú sữa", period=Y24),
    fig("ít nhất 40%", "40", 40, "percent", "%", approx="at_least", status="target",
        subject="diện tích vú sữa đạt chứng nhận VietGAP, GlobalGAP trong tổng diện tích", period=T30),
]

NOTES = [
    "Province portal (Tiền Giang): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386', related links, footer.",
    "Distractors: 'Lượt xem: 1.386', time 08:45, 'Nguyễn Văn Tám' (a name), 'lần thứ 3', '05/HD-SNN', 'quý III' in a link title,",
    "'Số 23', 'Phường 1', phone 0273.3872.105, baseline 'năm 2023'.",
    "Headline '9 tháng' takes the year of published (nothing earlier in the text); no cue there, so actual.",
    "'Trong đó, sản lượng xuất khẩu hơn 2.100 tấn' follows the estimate 41.300 tấn after a sentence break: total 41300, status estimate.",
    "'Riêng quý III ... 860 tấn': 'riêng' is no part-of-whole cue in the spec, so no total; quý III takes 2024 from the earlier period.",
    "'gồm 19 mã ... và 8 mã' follow '27 mã số vùng trồng ... 512 ha': the whole counting the same thing is 27, not 512.",
    "The Châu Thành paragraph (area, yield, price 'trong huyện', codes) is located in Châu Thành; the HTX Kim Sơn passage names no",
    "district, so it keeps Tiền Giang. 'mỗi năm ... khoảng 700 tấn' is a yearly rate (tấn/năm).",
    "'phấn đấu' governs both clauses of its sentence (target); 'Mục tiêu đến năm 2030 ... ít nhất 40%' → target, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1295-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Tiền Giang")
