"""p1559-1: province portal (Hà Nam): bông, băng, gạc y tế 9 months 2024; a gauze maker in thị xã Duy Tiên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM
Trang chủ > Tin tức - Sự kiện > Kinh tế

Giá trị sản xuất bông, băng, gạc y tế 9 tháng tăng hơn 12%

Cập nhật: 09/10/2024 15:10 | Lượt xem: 3.052

Theo Sở Công Thương, 9 tháng năm 2024, giá trị sản xuất nhóm sản phẩm bông, băng, gạc y tế trên địa bàn tỉnh ước đạt 1.264 tỷ đồng, tăng 12,3% so với cùng kỳ, bằng 77,5% kế hoạch năm. Về sản lượng, gạc y tế ước đạt 41,8 triệu mét; bông y tế khoảng 1.920 tấn; băng cuộn 18,5 triệu cuộn.

Toàn tỉnh hiện có 9 doanh nghiệp sản xuất bông, băng, gạc y tế, gồm 6 doanh nghiệp tại thị xã Duy Tiên và 3 doanh nghiệp tại huyện Kim Bảng, sử dụng hơn 3.400 lao động. Kim ngạch xuất khẩu 9 tháng đạt 11,2 triệu USD, chủ yếu sang Nhật Bản và Hàn Quốc.

Tại Khu công nghiệp Đồng Văn II, thị xã Duy Tiên, Công ty cổ phần Vật tư y tế Hà Phong là đơn vị lớn nhất với 24,6 triệu mét gạc, chiếm 58,9% sản lượng gạc toàn tỉnh. Mỗi ngày, nhà máy xuất xưởng khoảng 90.000 gói gạc tiệt trùng, giá bán buôn từ 4.500 đến 6.000 đồng/gói. Công ty đang đầu tư thêm một lò tiệt trùng bằng khí EO với tổng vốn gần 38 tỷ đồng.

Năm 2024, ngành phấn đấu đạt giá trị sản xuất khoảng 1.630 tỷ đồng, kim ngạch xuất khẩu ít nhất 15 triệu USD. Sở Công Thương đề nghị các doanh nghiệp tuân thủ Nghị định số 98/2021/NĐ-CP về quản lý trang thiết bị y tế.

Tin liên quan:
- Hà Nam: Công bố Quy hoạch tỉnh thời kỳ 2021-2030
- Lịch tiếp công dân của Chủ tịch UBND tỉnh tháng 10/2024
"""

NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NINE_SHORT = per("9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
DT = "Duy Tiên"

FIGS = [
    fig("9 tháng tăng hơn 12%", "12", 12, "percent", "%", approx="over",
        subject="giá trị sản xuất bông, băng, gạc y tế", period=NINE_SHORT),
    fig("ước đạt 1.264 tỷ", "1.264", 1264e9, "money", "đồng", status="estimate", percent=77.5,
        change=chg("increase", 12.3, "%", "cùng kỳ"),
        subject="giá trị sản xuất nhóm sản phẩm bông, băng, gạc y tế", period=NINE),
    fig("ước đạt 41,8 triệu", "41,8", 41.8e6, "measure", "mét", status="estimate",
        subject="sản lượng gạc y tế", period=inh(NINE)),
    fig("khoảng 1.920 tấn", "1.920", 1920, "measure", "tấn", approx="about", status="estimate",
        subject="sản lượng bông y tế", period=inh(NINE)),
    fig("băng cuộn 18,5 triệu", "18,5", 18.5e6, "count", "cuộn", status="estimate",
        subject="sản lượng băng cuộn", period=inh(NINE)),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bông, băng, gạc y tế"),
    fig("gồm 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp sản xuất bông, băng, gạc y tế", location=DT),
    fig("3 doanh nghiệp tại", "3", 3, "count", "doanh nghiệp", total=9,
        subject="doanh nghiệp sản xuất bông, băng, gạc y tế", location="Kim Bảng"),
    fig("hơn 3.400 lao động", "3.400", 3400, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất bông, băng, gạc y tế sử dụng"),
    fig("đạt 11,2 triệu", "11,2", 11.2e6, "money", "USD",
        subject="kim ngạch xuất khẩu", period=NINE_SHORT),
    fig("với 24,6 triệu", "24,6", 24.6e6, "measure", "mét", percent=58.9,
        subject="sản lượng gạc của Công ty cổ phần Vật tư y tế Hà Phong", period=inh(NINE), location=DT),
    fig("khoảng 90.000 gói", "90.000", 90000, "measure", "gói/ngày", approx="about",
        subject="gói gạc tiệt trùng nhà máy xuất xưởng mỗi ngày", location=DT),
    fig("từ 4.500 đến 6.000", "4.500", 4500, "money", "đồng/gói", value_max=6000,
        subject="giá bán buôn gạc tiệt trùng", location=DT),
    fig("thêm một lò", "một", 1, "count", "lò tiệt trùng",
        subject="lò tiệt trùng bằng khí EO công ty đầu tư thêm", location=DT),
    fig("gần 38 tỷ", "38", 38e9, "money", "đồng", approx="nearly",
        subject="tổng vốn đầu tư lò tiệt trùng", location=DT),
    fig("khoảng 1.630 tỷ", "1.630", 1630e9, "money", "đồng", approx="about", status="target",
        subject="giá trị sản xuất", period=Y24),
    fig("ít nhất 15 triệu", "15", 15e6, "money", "USD", approx="at_least", status="target",
        subject="kim ngạch xuất khẩu", period=Y24),
]

NOTES = [
    "Province portal (Hà Nam): value of output of bông, băng, gạc y tế 9 months 2024; 'Cập nhật: 09/10/2024 15:10 | Lượt xem: 3.052'.",
    "Distractors: 15:10, Lượt xem 3.052, 'Đồng Văn II', Nghị định số 98/2021/NĐ-CP, 'khí EO', 'thời kỳ 2021-2030' and 'tháng 10/2024' in links.",
    "Headline '9 tháng tăng hơn 12%' is a growth rate as the claim (percent, over), year from the dateline; no 'ước' there, so actual.",
    "'Về sản lượng, gạc ... ước đạt ...; bông ... khoảng ...; băng cuộn ...': ';' continues the 'ước đạt' clause, all estimate;",
    "these are not parts of the money total (different things), so no total; period inherited from the previous sentence.",
    "'9 doanh nghiệp, gồm 6 ... tại thị xã Duy Tiên và 3 ... tại huyện Kim Bảng': parts take total 9 and their district as location.",
    "'hơn 3.400 lao động' belongs to the 9 enterprises: location Hà Nam, not the last-named district.",
    "The Hà Phong passage (thị xã Duy Tiên): location Duy Tiên; 24,6 triệu mét is the 9-month output (58,9% of 41,8), period inherited.",
    "'Mỗi ngày ... khoảng 90.000 gói' is a rate: measure, gói/ngày. 'Năm 2024, ngành phấn đấu' governs both clauses: target.",
]

if __name__ == "__main__":
    write("p1559-1", TEXT, NOTES, FIGS, published="2024-10-09", location="Hà Nam")
