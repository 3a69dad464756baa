"""p1272-1: province portal (Cổng TTĐT tỉnh An Giang): 7-month biochar output from rice residues."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế

An Giang: 7 tháng đầu năm sản xuất hơn 38.000 tấn than sinh học từ phụ phẩm lúa

Cập nhật: 14/08/2024 09:35 | Lượt xem: 1.862

Theo Sở Nông nghiệp và Phát triển nông thôn, 7 tháng đầu năm 2024, toàn tỉnh thu hoạch 412.600 ha lúa; lượng trấu phát sinh ước khoảng 1,02 triệu tấn và rơm rạ khoảng 2,9 triệu tấn. Tỷ lệ trấu được thu gom để làm chất đốt, ép củi trấu và sản xuất than sinh học đạt 86%, tăng 4 điểm phần trăm so với cùng kỳ.

Toàn tỉnh hiện có 27 cơ sở sản xuất than trấu và than sinh học, tổng công suất khoảng 95.000 tấn/năm. Trong 7 tháng, các cơ sở sản xuất được hơn 38.000 tấn than sinh học, tăng 21,5% so với cùng kỳ năm 2023, bằng 58,4% kế hoạch năm, đưa An Giang đứng thứ hai vùng Đồng bằng sông Cửu Long. Riêng huyện Thoại Sơn có 9 cơ sở với sản lượng 14.200 tấn, chiếm 37,4% sản lượng toàn tỉnh.

Giá than trấu tại cơ sở dao động từ 4.200 đến 4.800 đồng/kg, cao hơn khoảng 500 đồng/kg so với đầu năm; giá trấu nguyên liệu khoảng 1.100 đồng/kg. Nhiều hộ dân ở các xã Vĩnh Chánh, Vĩnh Trạch (huyện Thoại Sơn) có thêm thu nhập 3-4 triệu đồng/tháng nhờ bán rơm, trấu.

Thực hiện Kế hoạch số 215/KH-UBND, năm 2024 tỉnh phấn đấu sản xuất 65.000 tấn than sinh học; đến năm 2025, tỷ lệ phụ phẩm lúa được tận dụng đạt trên 90%.

Tin liên quan:
- An Giang sơ kết 6 tháng thực hiện Đề án phát triển lúa chất lượng cao
- Hội thảo ứng dụng lò than sinh học KT-350 tại huyện Tri Tôn
"""

H7 = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
P7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
T7 = per("Trong 7 tháng", "2024-01-01", "2024-07-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 38.000 tấn than sinh học từ", "38.000", 38000, "measure", "tấn", approx="over",
        subject="sản xuất than sinh học từ phụ phẩm lúa", period=H7),
    fig("thu hoạch 412.600 ha", "412.600", 412600, "measure", "ha", subject="diện tích lúa thu hoạch", period=P7),
    fig("ước khoảng 1,02 triệu", "1,02", 1.02e6, "measure", "tấn", approx="about", status="estimate",
        subject="lượng trấu phát sinh", period=P7),
    fig("rơm rạ khoảng 2,9 triệu", "2,9", 2.9e6, "measure", "tấn", approx="about", status="estimate",
        subject="rơm rạ phát sinh", period=P7),
    fig("đạt 86%", "86", 86, "percent", "%",
        change=chg("increase", 4, "điểm phần trăm", "cùng kỳ"),
        subject="tỷ lệ trấu được thu gom để làm chất đốt, ép củi trấu và sản xuất than sinh học", period=inh(P7)),
    fig("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở sản xuất than trấu và than sinh học"),
    fig("khoảng 95.000 tấn/năm", "95.000", 95000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các cơ sở sản xuất than trấu và than sinh học"),
    fig("được hơn 38.000 tấn", "38.000", 38000, "measure", "tấn", approx="over",
        change=chg("increase", 21.5, "%", "cùng kỳ năm 2023"), percent=58.4,
        subject="than sinh học các cơ sở sản xuất được", period=T7),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng",
        subject="sản xuất than sinh học trong vùng Đồng bằng sông Cửu Long", period=T7),
    fig("có 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở sản xuất than trấu và than sinh học",
        location="Thoại Sơn"),
    fig("sản lượng 14.200 tấn", "14.200", 14200, "measure", "tấn", percent=37.4,
        subject="sản lượng than sinh học", period=inh(T7), location="Thoại Sơn"),
    fig("từ 4.200 đến 4.800", "4.200", 4200, "money", "đồng/kg", value_max=4800,
        change=chg("increase", 500, "đồng/kg", "đầu năm", approx="about"), subject="giá than trấu tại cơ sở"),
    fig("khoảng 1.100 đồng/kg", "1.100", 1100, "money", "đồng/kg", approx="about",
        subject="giá trấu nguyên liệu"),
    fig("nhập 3-4 triệu", "3", 3e6, "money", "đồng/tháng", value_max=4e6,
        subject="thu nhập thêm của hộ dân nhờ bán rơm, trấu", location="Thoại Sơn"),
    fig("sản xuất 65.000 tấn", "65.000", 65000, "measure", "tấn", status="target",
        subject="sản xuất than sinh học", period=Y24),
    fig("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
        subject="tỷ lệ phụ phẩm lúa được tận dụng", period=TO25),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh An Giang): breadcrumb, headline figure, 'Cập nhật: 14/08/2024 09:35 | Lượt xem: 1.862', related links.",
    "Headline '7 tháng đầu năm' takes the year of published (no earlier date): 2024-01..07.",
    "'ước khoảng 1,02 triệu tấn và rơm rạ khoảng 2,9 triệu tấn': the second clause continues the 'ước' clause → estimate too.",
    "'đạt 86%, tăng 4 điểm phần trăm so với cùng kỳ': the 86% share is the claim, the change in points is its attribute.",
    "'bằng 58,4% kế hoạch năm' → percent attribute; 'đứng thứ hai vùng Đồng bằng sông Cửu Long' → rank 2 of An Giang.",
    "'Riêng huyện Thoại Sơn có 9 cơ sở' → no total ('riêng' is not a part-of cue); location Thoại Sơn; 'chiếm 37,4%' → percent.",
    "Standing prices and the 27 facilities ('hiện') have no period. 'xã Vĩnh Chánh, Vĩnh Trạch (huyện Thoại Sơn)' → Thoại Sơn.",
    "Distractors: 'Lượt xem: 1.862', '09:35', 'Kế hoạch số 215/KH-UBND', '6 tháng' in a link title, 'KT-350'.",
]

if __name__ == "__main__":
    write("p1272-1", TEXT, NOTES, FIGS, published="2024-08-14", location="An Giang")
