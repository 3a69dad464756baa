"""p1364-1: province portal (Cổng TTĐT tỉnh Bắc Giang): 27 more trees recognised as Cây Di sản Việt Nam."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Bắc Giang có thêm 27 cây được công nhận Cây Di sản Việt Nam

Cập nhật: 14/11/2024 09:35 | Lượt xem: 1.863

Ngày 13/11, tại huyện Yên Thế, Hội Bảo vệ Thiên nhiên và Môi trường Việt Nam phối hợp với UBND tỉnh tổ chức lễ trao bằng công nhận Cây Di sản Việt Nam cho 27 cây cổ thụ của 5 huyện trong tỉnh, gồm 19 cây đơn lẻ và 8 cây thuộc 2 quần thể cây.

Các cây được công nhận có tuổi từ 150 đến 420 năm, chủ yếu là lim, đa, muỗm và thị. Cây lim lớn nhất tại đình Thượng Lát (bên Quốc lộ 17), xã Tân Sỏi, huyện Yên Thế cao khoảng 32 m, chu vi thân 4,2 m, tán rộng gần 700 m2.

Tính đến hết tháng 10/2024, toàn tỉnh có 312 cây được công nhận Cây Di sản Việt Nam, trong đó nhiều nhất là huyện Yên Thế (64 cây), huyện Lục Nam (41 cây) và huyện Lạng Giang (37 cây). Riêng Yên Thế chiếm 20,5% tổng số cây di sản của tỉnh. Với số cây di sản này, Bắc Giang đứng thứ 6 cả nước.

Năm nay, tỉnh bố trí 1,35 tỷ đồng cho công tác chăm sóc, bảo vệ cây di sản, tăng 12,5% so với năm 2023; chủ sở hữu được hỗ trợ 4 triệu đồng/cây/năm để làm rào chắn, biển thông tin và xử lý mối mọt.

Theo kết quả rà soát của Sở Tài nguyên và Môi trường, trên địa bàn tỉnh còn khoảng 1.450 cây cổ thụ trên 100 năm tuổi chưa được lập hồ sơ. Giai đoạn 2025-2030, tỉnh phấn đấu đề nghị công nhận thêm ít nhất 150 cây, nâng tổng số cây di sản lên trên 460 cây.

Ông Nguyễn Đức Hạnh, Phó Giám đốc Sở cho biết, từ đầu năm đến nay có 3 cây cổ thụ bị gãy đổ do bão số 3, trong đó có một cây di sản tại xã Đồng Kỳ.

Tin liên quan:
- Yên Thế: Bảo tồn quần thể lim cổ đình Thượng Lát
- Lục Nam tổ chức Ngày hội văn hóa các dân tộc năm 2024
"""

D13 = per("Ngày 13/11", "2024-11-13", "2024-11-13")
ASOF = per("Tính đến hết tháng 10/2024", None, "2024-10-31")
Y24 = per("Năm nay", "2024-01-01", "2024-12-31")
G = per("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-14")
CDS = "cây được công nhận Cây Di sản Việt Nam"

FIGS = [
    fig("có thêm 27 cây", "27", 27, "count", "cây", subject=CDS),
    fig("cho 27 cây cổ thụ", "27", 27, "count", "cây", subject="cây cổ thụ được trao bằng công nhận Cây Di sản Việt Nam",
        period=D13),
    fig("gồm 19 cây", "19", 19, "count", "cây", total=27, subject="cây đơn lẻ", period=D13),
    fig("của 5 huyện", "5", 5, "count", "huyện", subject="huyện có cây được công nhận", period=D13),
    fig("và 8 cây", "8", 8, "count", "cây", total=27, subject="cây thuộc quần thể cây", period=D13),
    fig("thuộc 2 quần thể", "2", 2, "count", "quần thể", subject="quần thể cây được công nhận", period=D13),
    fig("từ 150 đến 420 năm", "150", 150, "measure", "năm", value_max=420, subject="tuổi của các cây được công nhận"),
    fig("khoảng 32 m", "32", 32, "measure", "m", approx="about", subject="chiều cao cây lim lớn nhất", location="Yên Thế"),
    fig("thân 4,2 m", "4,2", 4.2, "measure", "m", subject="chu vi thân cây lim lớn nhất", location="Yên Thế"),
    fig("gần 700 m2", "700", 700, "measure", "m2", approx="nearly", subject="tán cây lim lớn nhất", location="Yên Thế"),
    fig("có 312 cây", "312", 312, "count", "cây", subject=CDS, period=ASOF),
    fig("Yên Thế (64 cây)", "64", 64, "count", "cây", total=312, subject=CDS, period=ASOF, location="Yên Thế"),
    fig("Lục Nam (41 cây)", "41", 41, "count", "cây", total=312, subject=CDS, period=ASOF, location="Lục Nam"),
    fig("Lạng Giang (37 cây)", "37", 37, "count", "cây", total=312, subject=CDS, period=ASOF, location="Lạng Giang"),
    fig("chiếm 20,5%", "20,5", 20.5, "percent", "%", subject="tỷ trọng trong tổng số cây di sản của tỉnh",
        period=inh(ASOF), location="Yên Thế"),
    fig("đứng thứ 6", "6", 6, "rank", "hạng", subject="số cây di sản", period=inh(ASOF)),
    fig("bố trí 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", change=chg("increase", 12.5, "%", "năm 2023"),
        subject="kinh phí chăm sóc, bảo vệ cây di sản", period=Y24),
    fig("hỗ trợ 4 triệu", "4", 4e6, "money", "đồng/cây/năm", subject="hỗ trợ chủ sở hữu cây di sản", period=Y24),
    fig("khoảng 1.450 cây", "1.450", 1450, "count", "cây", approx="about",
        subject="cây cổ thụ chưa được lập hồ sơ"),
    fig("trên 100 năm tuổi", "100", 100, "measure", "năm", approx="over", optional=True),
    fig("ít nhất 150 cây", "150", 150, "count", "cây", approx="at_least", status="target",
        subject="cây đề nghị công nhận thêm", period=G),
    fig("trên 460 cây", "460", 460, "count", "cây", approx="over", status="target",
        subject="tổng số cây di sản", period=G),
    fig("có 3 cây cổ thụ", "3", 3, "count", "cây", subject="cây cổ thụ bị gãy đổ do bão", period=YTD),
    fig("có một cây di sản", "một", 1, "count", "cây", total=3, subject="cây di sản bị gãy đổ", period=YTD),
]

NOTES = [
    "Province portal (Bắc Giang): breadcrumb, 'Cập nhật: 14/11/2024 09:35 | Lượt xem: 1.863' (published), related links.",
    "Distractors: 'Lượt xem: 1.863', 'Quốc lộ 17', 'Ngày 13/11' (period of the ceremony figures), 'bão số 3', 'năm 2024' in a link.",
    "The ceremony took place in Yên Thế, but the 27 trees are of 5 districts: location Bắc Giang. 'gồm 19 ... và 8 cây' are parts of the 27 (total 27). The three districts after 'trong đó' are parts of 312 (total 312, location each).",
    "'Riêng Yên Thế chiếm 20,5%' stands alone (no amount): a percent figure, location Yên Thế, period inherited.",
    "Tree ages, heights, girths, crown areas are measures ('năm', 'm', 'm2'); 'trên 100 năm tuổi' is a class threshold: optional.",
    "'Năm nay' = 2024 (published). 'Giai đoạn 2025-2030 ... phấn đấu' → target for both clauses. 'từ đầu năm đến nay' ends at the dateline.",
    "The largest-tree figures are placed in Yên Thế (đình Thượng Lát); the rank 'đứng thứ 6 cả nước' is the province's (location Bắc Giang).",
]

if __name__ == "__main__":
    write("p1364-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Bắc Giang")
